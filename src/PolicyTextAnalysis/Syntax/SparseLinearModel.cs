using System.Numerics;

namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A trained multiclass linear model over hashed features: for each known feature, the classes it has a weight for.
/// Scoring adds the weights of the features present; unknown features cost one probe of an open-addressing table.
/// Immutable and thread-safe; callers pass their own score buffer.
/// </summary>
internal sealed class SparseLinearModel
{
    private readonly ulong[] _keys;      // open-addressing table of feature hashes (0 = empty)
    private readonly int[] _slots;       // feature index for each table cell
    private readonly int[] _entryStart;  // per feature: first entry; length features + 1
    private readonly ushort[] _entryClass;
    private readonly float[] _entryWeight;

    /// <summary>Builds the model from features and their (class, weight) entries.</summary>
    public SparseLinearModel(int classCount, IReadOnlyList<(ulong Feature, (int Class, float Weight)[] Weights)> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        ClassCount = classCount;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count * 2));
        _keys = new ulong[capacity];
        _slots = new int[capacity];
        _entryStart = new int[features.Count + 1];
        int entries = features.Sum(f => f.Weights.Length);
        _entryClass = new ushort[entries];
        _entryWeight = new float[entries];
        int e = 0;
        for (int f = 0; f < features.Count; f++)
        {
            (ulong key, (int Class, float Weight)[] weights) = features[f];
            if (key == 0)
            {
                key = 1;
            }

            int cell = (int)(key & (ulong)(capacity - 1));
            while (_keys[cell] != 0)
            {
                cell = (cell + 1) & (capacity - 1);
            }

            _keys[cell] = key;
            _slots[cell] = f;
            _entryStart[f] = e;
            foreach ((int c, float w) in weights)
            {
                _entryClass[e] = (ushort)c;
                _entryWeight[e] = w;
                e++;
            }
        }

        _entryStart[features.Count] = e;
    }

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The number of features with weights.</summary>
    public int FeatureCount => _entryStart.Length - 1;

    /// <summary>The number of (feature, class) weights.</summary>
    public int WeightCount => _entryWeight.Length;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int mask = _keys.Length - 1;
        foreach (ulong raw in features)
        {
            ulong key = raw == 0 ? 1 : raw;
            int cell = (int)(key & (ulong)mask);
            while (true)
            {
                ulong k = _keys[cell];
                if (k == key)
                {
                    int f = _slots[cell];
                    for (int e = _entryStart[f]; e < _entryStart[f + 1]; e++)
                    {
                        scores[_entryClass[e]] += _entryWeight[e];
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                cell = (cell + 1) & mask;
            }
        }
    }

    /// <summary>Writes the model (features in table order with their entries).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        for (int cell = 0; cell < _keys.Length; cell++)
        {
            if (_keys[cell] == 0)
            {
                continue;
            }

            int f = _slots[cell];
            writer.Write(_keys[cell]);
            int count = _entryStart[f + 1] - _entryStart[f];
            writer.Write((ushort)count);
            for (int e = _entryStart[f]; e < _entryStart[f + 1]; e++)
            {
                writer.Write(_entryClass[e]);
                writer.Write((Half)_entryWeight[e]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; weights are stored as 16-bit floats.</summary>
    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    public static SparseLinearModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        if (classCount is <= 0 or > ushort.MaxValue || featureCount < 0 || featureCount > 50_000_000)
        {
            throw new InvalidDataException($"bad model header: {classCount} classes, {featureCount} features");
        }

        var features = new (ulong, (int, float)[])[featureCount];
        for (int f = 0; f < featureCount; f++)
        {
            ulong key = reader.ReadUInt64();
            int count = reader.ReadUInt16();
            var weights = new (int, float)[count];
            for (int e = 0; e < count; e++)
            {
                int c = reader.ReadUInt16();
                if (c >= classCount)
                {
                    throw new InvalidDataException($"class {c} out of range ({classCount} classes)");
                }

                weights[e] = (c, (float)reader.ReadHalf());
            }

            features[f] = (key, weights);
        }

        return new SparseLinearModel(classCount, features);
    }
}
