namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The ambiguity class of each word seen in the tagger's training data: the set of universal tags it was seen with, as
/// a bit mask (<c>that</c>: DET, PRON, SCONJ, ADV). The tagger reads the classes of a word and its neighbours as features,
/// which tells it what a word can be before the context says which it is. Keyed by the normalised word's hash
/// (<see cref="WordHashes.Word"/>); an unseen word has class 0. Immutable once built; thread-safe.
/// </summary>
internal sealed class TagDictionary
{
    /// <summary>Most words a dictionary file may hold.</summary>
    private const int MaxWords = 2_000_000;

    private readonly Dictionary<ulong, uint> _classes;

    /// <summary>Creates a dictionary from word hashes to tag masks.</summary>
    public TagDictionary(Dictionary<ulong, uint> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        _classes = classes;
    }

    /// <summary>A dictionary that knows no word.</summary>
    public static TagDictionary Empty { get; } = new([]);

    /// <summary>How many words it knows.</summary>
    public int Count => _classes.Count;

    /// <summary>The ambiguity class of the word with normalised hash <paramref name="word"/> (0 when unseen).</summary>
    public uint ClassOf(ulong word) => _classes.GetValueOrDefault(word);

    /// <summary>Reads a dictionary written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The count is out of range.</exception>
    public static TagDictionary Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > MaxWords)
        {
            throw new InvalidDataException($"bad tag dictionary size {count}");
        }

        var classes = new Dictionary<ulong, uint>(count);
        for (int i = 0; i < count; i++)
        {
            classes[reader.ReadUInt64()] = reader.ReadUInt32();
        }

        return new TagDictionary(classes);
    }

    /// <summary>Writes the dictionary, in hash order so that equal dictionaries give equal files.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach ((ulong word, uint mask) in _classes.OrderBy(static p => p.Key))
        {
            writer.Write(word);
            writer.Write(mask);
        }
    }
}
