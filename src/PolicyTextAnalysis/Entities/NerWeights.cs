using PolicyTextAnalysis.Pipeline;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The sparse feature-weight table: an open-addressing hash table from 64-bit feature keys to a run of
/// (tag, weight) entries. A perceptron touches few tags per feature, so sparse runs are far smaller than
/// dense rows, and scoring a feature costs one probe plus its few entries.
/// </summary>
internal sealed class NerWeights
{
    // One 16-byte slot holds the key and its run, and one 8-byte entry holds a tag with its weight, so a lookup
    // touches one cache line for a miss and two for a hit (the table is a few MB, far beyond L1/L2).
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>Builds the table from features and their entry runs.</summary>
    /// <param name="features">Feature keys (non-zero, distinct).</param>
    /// <param name="runStarts">Start of each feature's run in <paramref name="tags"/>; one extra final element.</param>
    /// <param name="tags">Entry tags.</param>
    /// <param name="weights">Entry weights.</param>
    public NerWeights(ulong[] features, int[] runStarts, byte[] tags, float[] weights)
    {
        Features = features;
        RunStarts = runStarts;
        Tags = tags;
        Weights = weights;
        int capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _entries = new Entry[tags.Length];
        for (int e = 0; e < tags.Length; e++)
        {
            _entries[e] = new Entry(weights[e], tags[e]);
        }

        _mask = capacity - 1;
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f];
            if (key == 0)
            {
                throw new InvalidDataException("A feature key is zero.");
            }

            int slot = (int)(key >> 40) & _mask;
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new InvalidDataException("A feature key appears twice.");
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, runStarts[f], runStarts[f + 1] - runStarts[f]);
        }
    }

    /// <summary>Feature keys in storage order.</summary>
    public ulong[] Features { get; }

    /// <summary>Run boundaries (one per feature plus one).</summary>
    public int[] RunStarts { get; }

    /// <summary>Entry tags.</summary>
    public byte[] Tags { get; }

    /// <summary>Entry weights.</summary>
    public float[] Weights { get; }

    /// <summary>
    /// Adds the weights of the features of <paramref name="features"/> selected (<paramref name="select"/> true) or
    /// not selected (false) by the bit mask <paramref name="mask"/> (bit i for feature i; features past 63 count as
    /// not selected).
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, ulong mask, bool select, Span<float> scores)
    {
        Span<ulong> chosen = features.Length <= 256 ? stackalloc ulong[features.Length] : new ulong[features.Length];
        int count = 0;
        for (int i = 0; i < features.Length; i++)
        {
            bool inMask = i < 64 && (mask & (1UL << i)) != 0;
            if (inMask == select)
            {
                chosen[count++] = features[i];
            }
        }

        Score(chosen[..count], scores);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one slot per tag).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Slot[] slots = _slots;
        Entry[] entries = _entries;

        // Every feature's home slot is hinted before any is read, then every hit's weights, so the misses overlap
        // (CachePrefetch); the weights are added in feature order as before.
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        for (int f = 0; f < features.Length; f++)
        {
            found[f] = (int)(features[f] >> 40) & _mask;
            CachePrefetch.Hint(ref slots[found[f]]);
        }

        int hits = 0;
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f];
            int i = found[f];
            ulong k;
            while ((k = slots[i].Key) != key)
            {
                if (k == 0)
                {
                    goto Next;
                }

                i = (i + 1) & _mask;
            }

            found[hits++] = i;
            if (slots[i].Length > 0)
            {
                CachePrefetch.Hint(ref entries[slots[i].Start]);
            }

        Next:;
        }

        for (int h = 0; h < hits; h++)
        {
            ref readonly Slot slot = ref slots[found[h]];
            foreach (Entry entry in entries.AsSpan(slot.Start, slot.Length))
            {
                scores[entry.Tag] += entry.Weight;
            }
        }
    }

    private readonly record struct Slot(ulong Key, int Start, int Length);

    private readonly record struct Entry(float Weight, int Tag);
}
