using System.Numerics;
using System.Runtime.InteropServices;
using PolicyTextAnalysis.Pipeline;

namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A trained multiclass linear model over hashed features: for each known feature, the classes it has a weight for.
/// Scoring adds the weights of the features present; unknown features cost one probe of an open-addressing table.
/// A feature with weights for many classes (the bias and tag features of the labelled parser's hundred-odd
/// transitions) is kept as a dense row and added with SIMD instead of one scattered add per class.
/// Immutable and thread-safe; callers pass their own score buffer.
/// </summary>
internal sealed partial class SparseLinearModel
{
    // One 8-byte cell answers "is this feature known, and where are its weights": 31 bits of the key that the slot does
    // not already give, and the first entry with the count (or the dense row) packed in one word; each entry holds its
    // class and weight together. The full keys are kept apart, read only when the model is written. With few classes scoring is bound by memory latency; with a
    // hundred (the labelled parser) by the adds, hence the dense rows, padded to whole SIMD vectors. A dense row pays
    // once an eighth of the classes have weights (EWT dev, labelled parser, 111 classes, processor time: all sparse
    // about 50k words/s; dense from 27, 13 or 8 weights 93-109k, 109-115k, 112-113k).
    private readonly Cell[] _cells;      // open-addressing table of feature hashes (Check 0 = empty)
    private readonly ulong[]? _keys;     // the full key of each occupied cell (for Write); null for a model read from a file
    private readonly ReadOnlyMemory<byte> _source; // the bytes a model was read from, which Write gives back
    private readonly Entry[] _entries;
    private readonly float[] _dense;     // dense rows of _stride weights (ClassCount, padded with zeros)
    private readonly int _stride;
    private readonly int _featureCount;
    private readonly int _weightCount;

    /// <summary>Builds the model from features and their (class, weight) entries.</summary>
    public SparseLinearModel(int classCount, IReadOnlyList<(ulong Feature, (int Class, float Weight)[] Weights)> features)
        : this(classCount, Sizes(classCount, features ?? throw new ArgumentNullException(nameof(features))))
    {
        int entry = 0, row = 0;
        var classes = new ushort[ClassCount];
        var weights = new float[ClassCount];
        foreach ((ulong key, (int Class, float Weight)[] run) in features)
        {
            if (run.Length > classes.Length)
            {
                classes = new ushort[run.Length];
                weights = new float[run.Length];
            }

            for (int w = 0; w < run.Length; w++)
            {
                classes[w] = checked((ushort)run[w].Class);
                weights[w] = run[w].Weight;
            }

            Insert(key, classes.AsSpan(0, run.Length), weights.AsSpan(0, run.Length), ref entry, ref row);
        }
    }

    // An empty table for the features, sparse weights and dense rows counted in sizes; Insert fills it. A model read from
    // a file keeps those bytes instead of every cell's full key: the keys are only ever written, and a process loading the
    // bundled model would map their pages for nothing.
    private SparseLinearModel(int classCount, (int Features, int Weights, int SparseWeights, int DenseRows) sizes, ReadOnlyMemory<byte>? source = null)
    {
        ClassCount = classCount;
        _featureCount = sizes.Features;
        _weightCount = sizes.Weights;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sizes.Features * 2));
        _cells = WrittenArray.Allocate<Cell>(capacity);
        _keys = source is null ? new ulong[capacity] : null;
        _source = source ?? ReadOnlyMemory<byte>.Empty;
        _stride = StrideOf(classCount);
        if (sizes.SparseWeights > Cell.MaxSparseStart || (long)sizes.DenseRows * _stride > int.MaxValue)
        {
            throw new InvalidDataException($"the model is too large ({sizes.SparseWeights} sparse weights, {sizes.DenseRows} dense rows)");
        }

        _entries = new Entry[sizes.SparseWeights];
        _dense = WrittenArray.Allocate<float>(sizes.DenseRows * _stride);
    }

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The number of features with weights.</summary>
    public int FeatureCount => _featureCount;

    /// <summary>The number of (feature, class) weights.</summary>
    public int WeightCount => _weightCount;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<float> sums = _stride <= 1024 ? stackalloc float[_stride] : new float[_stride];
        sums.Clear();
        Cell[] cells = _cells;
        Entry[] entries = _entries;
        int mask = cells.Length - 1;

        // The table is megabytes and each feature's cell a likely cache miss. Prefetching every home cell first lets the
        // misses overlap instead of queueing one after another behind the adds; likewise the weights of every hit.
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f] == 0 ? 1 : features[f];
            found[f] = (int)(key & (ulong)mask);
            CachePrefetch.Hint(ref cells[found[f]]);
        }

        int hits = 0;
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f] == 0 ? 1 : features[f];
            uint check = Cell.CheckOf(key);
            int cell = found[f];
            while (true)
            {
                ref readonly Cell c = ref cells[cell];
                if (c.Check == check)
                {
                    found[hits++] = cell;
                    if (c.Count < 0)
                    {
                        CachePrefetch.Hint(ref _dense[c.Start]);
                    }
                    else if (c.Count > 0)
                    {
                        CachePrefetch.Hint(ref entries[c.Start]);
                    }

                    break;
                }

                if (c.IsEmpty)
                {
                    break;
                }

                cell = (cell + 1) & mask;
            }
        }

        for (int h = 0; h < hits; h++)
        {
            ref readonly Cell c = ref cells[found[h]];
            if (c.Count < 0)
            {
                AddDense(c.Start, sums);
            }
            else
            {
                for (int e = c.Start, end = c.Start + c.Count; e < end; e++)
                {
                    sums[entries[e].Class] += entries[e].Weight;
                }
            }
        }

        sums[..ClassCount].CopyTo(scores);
    }

    // Counts features, weights, sparse weights and dense rows, so the table is allocated once at its size.
    private static (int Features, int Weights, int SparseWeights, int DenseRows) Sizes(
        int classCount, IReadOnlyList<(ulong Feature, (int Class, float Weight)[] Weights)> features)
    {
        int denseFrom = DenseFrom(classCount);
        int weights = 0, sparseWeights = 0, denseRows = 0;
        foreach ((ulong _, (int Class, float Weight)[] run) in features)
        {
            weights += run.Length;
            if (run.Length >= denseFrom)
            {
                denseRows++;
            }
            else
            {
                sparseWeights += run.Length;
            }
        }

        return (features.Count, weights, sparseWeights, denseRows);
    }

    // The fewest weights that make a feature's row dense: an eighth of the classes, at least 8, and never more than a
    // sparse cell can count.
    private static int DenseFrom(int classCount) => Math.Min(Math.Max(8, classCount / 8), Cell.MaxSparseCount + 1);

    private static int StrideOf(int classCount) =>
        (classCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    // Places a feature in the table: its weights as a dense row (duplicates of a class add up) or as a run of entries.
    private void Insert(ulong feature, ReadOnlySpan<ushort> classes, ReadOnlySpan<float> weights, ref int entry, ref int row)
    {
        ulong key = feature == 0 ? 1 : feature;
        int mask = _cells.Length - 1;
        int cell = (int)(key & (ulong)mask);
        while (!_cells[cell].IsEmpty)
        {
            cell = (cell + 1) & mask;
        }

        if (_keys is not null)
        {
            _keys[cell] = key;
        }

        if (classes.Length >= DenseFrom(ClassCount))
        {
            _cells[cell] = Cell.Dense(key, row);
            for (int w = 0; w < classes.Length; w++)
            {
                _dense[row + classes[w]] += weights[w];
            }

            row += _stride;
            return;
        }

        _cells[cell] = Cell.Sparse(key, entry, classes.Length);
        for (int w = 0; w < classes.Length; w++)
        {
            _entries[entry++] = new Entry(weights[w], classes[w]);
        }
    }

    // Adds the dense row at start to sums (both _stride long, a whole number of vectors).
    private void AddDense(int start, Span<float> sums)
    {
        ref float row = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref float sum = ref MemoryMarshal.GetReference(sums);
        for (int i = 0; i < _stride; i += Vector<float>.Count)
        {
            (Vector.LoadUnsafe(ref sum, (nuint)i) + Vector.LoadUnsafe(ref row, (nuint)(start + i))).StoreUnsafe(ref sum, (nuint)i);
        }
    }

    // Check: bits 32-62 of the key with bit 0 set (0 marks an empty cell); the slot index comes from the low bits, so
    // the two together tell features apart except with odds of about 2^-31 per probe of a feature the model lacks.
    // Packed: bit 31 set for a dense row (the rest: its offset in _dense); else the first entry (bits 0-23) and the
    // count (bits 24-30).
    private readonly record struct Cell(uint Check, uint Packed)
    {
        public const int MaxSparseCount = 127;

        public const int MaxSparseStart = (1 << 24) - 1;

        private const uint DenseFlag = 0x8000_0000;

        public bool IsEmpty => Check == 0;

        /// <summary>Entries of a sparse feature; -1 for a dense row.</summary>
        public int Count => (Packed & DenseFlag) != 0 ? -1 : (int)(Packed >> 24);

        /// <summary>The first entry, or the dense row's offset.</summary>
        public int Start => (Packed & DenseFlag) != 0 ? (int)(Packed & ~DenseFlag) : (int)(Packed & 0x00FF_FFFF);

        public static uint CheckOf(ulong key) => (uint)(key >> 32) | 1u;

        public static Cell Dense(ulong key, int offset) => new(CheckOf(key), DenseFlag | (uint)offset);

        public static Cell Sparse(ulong key, int start, int count) => new(CheckOf(key), (uint)start | ((uint)count << 24));
    }

    private readonly record struct Entry(float Weight, int Class);
}
