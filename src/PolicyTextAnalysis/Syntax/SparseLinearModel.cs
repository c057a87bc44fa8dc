using System.Numerics;

namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A trained multiclass linear model over hashed features: for each known feature, the classes it has a weight for.
/// Scoring adds the weights of the features present; unknown features cost one probe of an open-addressing table.
/// Immutable and thread-safe; callers pass their own score buffer.
/// </summary>
internal sealed class SparseLinearModel
{
    // One cache line answers "is this feature known, and where are its weights": key, first entry and count side by
    // side, and each entry's class and weight together. Scoring is bound by memory latency, not arithmetic.
    private readonly Cell[] _cells;      // open-addressing table of feature hashes (Key 0 = empty)
    private readonly Entry[] _entries;
    private readonly int _featureCount;

    /// <summary>Builds the model from features and their (class, weight) entries.</summary>
    public SparseLinearModel(int classCount, IReadOnlyList<(ulong Feature, (int Class, float Weight)[] Weights)> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        ClassCount = classCount;
        _featureCount = features.Count;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count * 2));
        _cells = new Cell[capacity];
        _entries = new Entry[features.Sum(f => f.Weights.Length)];
        int e = 0;
        foreach ((ulong feature, (int Class, float Weight)[] weights) in features)
        {
            ulong key = feature == 0 ? 1 : feature;
            int cell = (int)(key & (ulong)(capacity - 1));
            while (_cells[cell].Key != 0)
            {
                cell = (cell + 1) & (capacity - 1);
            }

            _cells[cell] = new Cell(key, e, weights.Length);
            foreach ((int c, float w) in weights)
            {
                _entries[e++] = new Entry(w, c);
            }
        }
    }

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The number of features with weights.</summary>
    public int FeatureCount => _featureCount;

    /// <summary>The number of (feature, class) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Cell[] cells = _cells;
        Entry[] entries = _entries;
        int mask = cells.Length - 1;
        foreach (ulong raw in features)
        {
            ulong key = raw == 0 ? 1 : raw;
            int cell = (int)(key & (ulong)mask);
            while (true)
            {
                ref readonly Cell c = ref cells[cell];
                if (c.Key == key)
                {
                    for (int e = c.Start, end = c.Start + c.Count; e < end; e++)
                    {
                        scores[entries[e].Class] += entries[e].Weight;
                    }

                    break;
                }

                if (c.Key == 0)
                {
                    break;
                }

                cell = (cell + 1) & mask;
            }
        }
    }

    /// <summary>Writes the model (features in table order with their entries; weights as 16-bit floats).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        foreach (Cell cell in _cells)
        {
            if (cell.Key == 0)
            {
                continue;
            }

            writer.Write(cell.Key);
            writer.Write((ushort)cell.Count);
            for (int e = cell.Start; e < cell.Start + cell.Count; e++)
            {
                writer.Write((ushort)_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
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

    private readonly record struct Cell(ulong Key, int Start, int Count);

    private readonly record struct Entry(float Weight, int Class);
}
