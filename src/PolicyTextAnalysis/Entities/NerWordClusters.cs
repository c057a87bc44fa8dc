using PolicyTextAnalysis.Pipeline;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Distributional word classes learnt from unlabelled text at training time: each frequent lower-case word maps to
/// a cluster id at three granularities (coarse, middle, fine), packed 10 bits each into one <see cref="uint"/>.
/// Words that occur in similar contexts share ids, so what the model learns of <c>Peshawar</c> in labelled text
/// carries over to an unseen city written in the same kind of context.
/// </summary>
internal sealed class NerWordClusters
{
    /// <summary>Bits per granularity in a packed id.</summary>
    public const int BitsPerLevel = 10;

    /// <summary>Number of granularities.</summary>
    public const int Levels = 3;

    /// <summary>The packed value of a word without clusters (no real id uses all ones).</summary>
    public const uint None = uint.MaxValue;

    private readonly Dictionary<ulong, uint> _ids;

    public NerWordClusters(Dictionary<ulong, uint> ids)
    {
        _ids = ids;
    }

    /// <summary>No clusters (a model trained without them).</summary>
    public static NerWordClusters Empty { get; } = new([]);

    /// <summary>Lower-case word hash to packed cluster ids.</summary>
    public IReadOnlyDictionary<ulong, uint> Ids => _ids;

    /// <summary>Number of words with clusters.</summary>
    public int Count => _ids.Count;

    /// <summary>The packed ids of a lower-case word hash, or <see cref="None"/>.</summary>
    public uint Lookup(ulong lowerHash) => _ids.TryGetValue(lowerHash, out uint id) ? id : None;

    /// <summary>
    /// A 64-bit fingerprint of the table's contents, the same whatever order its entries were added in: a model that
    /// reads these classes stores it, so a table with other classes is refused at load instead of read silently.
    /// </summary>
    public ulong Fingerprint()
    {
        ulong sum = (ulong)_ids.Count;
        foreach ((ulong word, uint id) in _ids)
        {
            sum += FeatureHash.Mix(word, id);
        }

        return sum;
    }

    /// <summary>Writes the table: its count, then each (word hash, packed ids) pair in hash order, so equal tables give
    /// equal files. Shared by the name and the syntax model files.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_ids.Count);
        foreach ((ulong word, uint id) in _ids.OrderBy(static e => e.Key))
        {
            writer.Write(word);
            writer.Write(id);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/> from a reader whose stream holds its bytes in memory.</summary>
    /// <exception cref="InvalidDataException">The count is negative or above <paramref name="maxWords"/>.</exception>
    /// <exception cref="ArgumentException">The reader's stream does not hold its bytes in memory.</exception>
    public static NerWordClusters Read(BinaryReader reader, int maxWords)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > maxWords)
        {
            throw new InvalidDataException($"bad word-cluster count {count} (expected 0 to {maxWords})");
        }

        var ids = new Dictionary<ulong, uint>(count);
        var cursor = MemoryCursor.At(reader.BaseStream);
        for (int i = 0; i < count; i++)
        {
            ids[cursor.ReadUInt64()] = cursor.ReadUInt32();
        }

        cursor.MoveStream(reader.BaseStream);

        return new NerWordClusters(ids);
    }

    /// <summary>
    /// The id at one granularity (0 coarse .. 2 fine) of a packed value. Values past the 30 packed bits
    /// (<see cref="None"/>, a sentence edge) are returned whole, so they stay distinct from every id.
    /// </summary>
    public static ulong Level(uint packed, int level) =>
        packed >= 1u << (BitsPerLevel * Levels) ? packed : (packed >> (BitsPerLevel * level)) & ((1u << BitsPerLevel) - 1);
}
