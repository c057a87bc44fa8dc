namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The hashed forms of one word that the tagger, parser and labeller read (normalised word, written form, shape,
/// affixes, capitalisation), computed once per token from its characters without allocating, so the feature templates
/// only mix precomputed values.
/// </summary>
internal readonly record struct WordHashes(
    ulong Word, ulong Raw, ulong Shape, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Prefix2, ulong Prefix3, bool Upper)
{
    /// <summary>Stands for the position before the first word.</summary>
    public static readonly WordHashes Start = Of("<s>");

    /// <summary>Stands for the position after the last word.</summary>
    public static readonly WordHashes End = Of("</s>");

    /// <summary>Stands for a missing word (an empty stack position).</summary>
    public static readonly WordHashes None = Of("<none>");

    /// <summary>Stands for the root of the tree.</summary>
    public static readonly WordHashes Root = Of("<root>");

    /// <summary>The hashes of a word as written.</summary>
    public static WordHashes Of(ReadOnlySpan<char> raw)
    {
        if (raw.Length > WordForms.MaxLength)
        {
            raw = raw[..WordForms.MaxLength];
        }

        Span<char> lower = stackalloc char[raw.Length];
        Span<char> shape = stackalloc char[raw.Length];
        int shapeLength = 0;
        char last = '\0';
        int run = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            lower[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                shape[shapeLength++] = s;
            }
        }

        ReadOnlySpan<char> w = lower;
        return new WordHashes(
            Hash(w), Hash(raw), Hash(shape[..shapeLength]),
            Hash(Suffix(w, 1)), Hash(Suffix(w, 2)), Hash(Suffix(w, 3)), Hash(Suffix(w, 4)),
            Hash(w[..Math.Min(2, w.Length)]), Hash(w[..Math.Min(3, w.Length)]),
            raw.Length > 0 && char.IsUpper(raw[0]));
    }

    /// <summary>The hashes of every token of a sentence.</summary>
    public static WordHashes[] Of(IReadOnlyList<string> words)
    {
        var hashes = new WordHashes[words.Count];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Of(words[i]);
        }

        return hashes;
    }

    /// <summary>The hashes of <paramref name="count"/> tokens from <paramref name="first"/> (one sentence).</summary>
    public static WordHashes[] Of(TokenList tokens, int first, int count)
    {
        var hashes = new WordHashes[count];
        for (int i = 0; i < count; i++)
        {
            hashes[i] = Of(tokens.CharsAt(first + i));
        }

        return hashes;
    }

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> w, int length) => w.Length <= length ? w : w[^length..];

    private static ulong Hash(ReadOnlySpan<char> value) => FeatureHash.Add(FeatureHash.Start(-1), value);
}
