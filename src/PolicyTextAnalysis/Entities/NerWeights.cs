using System.Buffers.Binary;
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
        : this(features.Length, tags.Length)
    {
        for (int e = 0; e < tags.Length; e++)
        {
            _entries[e] = new Entry(weights[e], tags[e]);
        }

        for (int f = 0; f < features.Length; f++)
        {
            Insert(features[f], runStarts[f], runStarts[f + 1] - runStarts[f]);
        }
    }

    // An empty table sized for featureCount features and weightCount entries, filled by Insert (the entries by the caller).
    private NerWeights(int featureCount, int weightCount)
    {
        int capacity = 16;
        while (capacity < featureCount * 2)
        {
            capacity <<= 1;
        }

        // Only the table is kept: the key, run start and length of every feature, and the entries in run order, are all a
        // writer needs, so no second copy of the features (a sixth of the model's memory) stays alive.
        _slots = WrittenArray.Allocate<Slot>(capacity);
        _entries = new Entry[weightCount];
        _mask = capacity - 1;
        FeatureCount = featureCount;
    }

    /// <summary>The number of features with a run of weights.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of (feature, tag) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>The largest absolute weight (0 for an empty table).</summary>
    public float MaxAbsoluteWeight
    {
        get
        {
            float max = 0;
            foreach (Entry entry in _entries)
            {
                max = Math.Max(max, Math.Abs(entry.Weight));
            }

            return max;
        }
    }

    /// <summary>
    /// Reads <paramref name="featureCount"/> feature runs as <see cref="Write"/> writes them (key, run length, then tag and
    /// weight quantised to int16 with <paramref name="scale"/> per entry) straight into the table.
    /// </summary>
    /// <exception cref="InvalidDataException">A run is longer or shorter than the weight count, names an unknown tag, or a key is zero or repeated.</exception>
    public static NerWeights Read(BinaryReader reader, int featureCount, int weightCount, int tagCount, float scale)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Stream stream = reader.BaseStream;
        if (!StreamMemory.TryGetBytes(stream, out ReadOnlySpan<byte> data))
        {
            throw new ArgumentException("The weights are read from a stream held in memory.", nameof(reader));
        }

        var table = new NerWeights(featureCount, weightCount);
        Entry[] entries = table._entries;

        // The table is megabytes and every insert a likely cache miss: each feature's home slot is hinted when it is
        // read and the feature inserted a batch later, so the misses overlap. Inserting in file order keeps the layout.
        const int Batch = 16;
        Span<ulong> pendingKeys = stackalloc ulong[Batch];
        Span<int> pendingStarts = stackalloc int[Batch];
        Span<int> pendingRuns = stackalloc int[Batch];
        int pending = 0;
        int at = 0;
        int position = (int)stream.Position;
        for (int f = 0; f < featureCount; f++)
        {
            if (position > data.Length - sizeof(ulong) - 1)
            {
                throw new EndOfStreamException($"The weights end inside feature {f} of {featureCount}.");
            }

            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(data[position..]);
            int run = data[position + sizeof(ulong)];
            position += sizeof(ulong) + 1;
            if (run > weightCount - at)
            {
                throw new InvalidDataException("The weight runs are longer than the weight count.");
            }

            if (position > data.Length - (run * 3))
            {
                throw new EndOfStreamException($"The weights end inside feature {f} of {featureCount}.");
            }

            if (pending == Batch)
            {
                for (int p = 0; p < Batch; p++)
                {
                    table.Insert(pendingKeys[p], pendingStarts[p], pendingRuns[p]);
                }

                pending = 0;
            }

            CachePrefetch.Hint(ref table._slots[(int)(key >> 40) & table._mask]);
            (pendingKeys[pending], pendingStarts[pending], pendingRuns[pending]) = (key, at, run);
            pending++;
            for (int end = at + run; at < end; at++)
            {
                byte tag = data[position];
                if (tag >= tagCount)
                {
                    throw new InvalidDataException($"A weight names tag {tag}, but the model has {tagCount} tags.");
                }

                entries[at] = new Entry(BinaryPrimitives.ReadInt16LittleEndian(data[(position + 1)..]) * scale, tag);
                position += 3;
            }
        }

        for (int p = 0; p < pending; p++)
        {
            table.Insert(pendingKeys[p], pendingStarts[p], pendingRuns[p]);
        }

        stream.Position = position;
        if (at != weightCount)
        {
            throw new InvalidDataException("The weight runs are shorter than the weight count.");
        }

        return table;
    }

    /// <summary>
    /// Writes every feature's run in storage order (key, run length, then per entry its tag and its weight divided by
    /// <paramref name="scale"/>, rounded to int16), as <see cref="Read"/> reads them.
    /// </summary>
    public void Write(BinaryWriter writer, float scale)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // Storage order is the order of the runs; a feature without weights sorts before the run that starts where it does.
        var order = new int[FeatureCount];
        var keys = new long[FeatureCount];
        int n = 0;
        for (int i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key != 0)
            {
                order[n] = i;
                keys[n++] = ((long)_slots[i].Start << 8) | (uint)Math.Min(_slots[i].Length, 255);
            }
        }

        Array.Sort(keys, order);
        foreach (int i in order)
        {
            Slot slot = _slots[i];
            writer.Write(slot.Key);
            writer.Write((byte)slot.Length);
            foreach (Entry entry in _entries.AsSpan(slot.Start, slot.Length))
            {
                writer.Write((byte)entry.Tag);
                writer.Write((short)Math.Round(entry.Weight / scale));
            }
        }
    }

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

    private void Insert(ulong key, int start, int length)
    {
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

        _slots[slot] = new Slot(key, start, length);
    }

    private readonly record struct Slot(ulong Key, int Start, int Length);

    private readonly record struct Entry(float Weight, int Tag);
}
