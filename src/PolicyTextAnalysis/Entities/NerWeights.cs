namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The sparse feature-weight table: an open-addressing hash table from 64-bit feature keys to a run of
/// (tag, weight) entries. A perceptron touches few tags per feature, so sparse runs are far smaller than
/// dense rows, and scoring a feature costs one probe plus its few entries.
/// </summary>
internal sealed class NerWeights
{
    private readonly ulong[] _keys;
    private readonly int[] _runStart;
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

        _keys = new ulong[capacity];
        _runStart = new int[capacity];
        _mask = capacity - 1;
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f];
            if (key == 0)
            {
                throw new InvalidDataException("A feature key is zero.");
            }

            int slot = (int)(key >> 40) & _mask;
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new InvalidDataException("A feature key appears twice.");
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _runStart[slot] = f;
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

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one slot per tag).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ulong[] keys = _keys;
        foreach (ulong key in features)
        {
            int slot = (int)(key >> 40) & _mask;
            ulong k;
            while ((k = keys[slot]) != key)
            {
                if (k == 0)
                {
                    goto Next;
                }

                slot = (slot + 1) & _mask;
            }

            int f = _runStart[slot];
            for (int e = RunStarts[f]; e < RunStarts[f + 1]; e++)
            {
                scores[Tags[e]] += Weights[e];
            }

        Next:;
        }
    }
}
