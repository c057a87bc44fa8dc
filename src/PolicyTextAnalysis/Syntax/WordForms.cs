namespace PolicyTextAnalysis.Syntax;

/// <summary>The normal forms the tagger and parser read a word by: lower case, digits collapsed, a coarse shape.</summary>
internal static class WordForms
{
    /// <summary>Longest prefix of a word that features read; longer words are cut (bounds the cost of junk tokens).</summary>
    public const int MaxLength = 30;

    /// <summary>Lower case, with every digit made 0 so numbers share features (<c>2,300</c> and <c>1,700</c> look alike).</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            word = word[..MaxLength];
        }

        Span<char> buffer = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }

    /// <summary>A coarse shape: X for upper case, x lower, d digit, other characters kept; runs of a class collapsed after two.</summary>
    public static string Shape(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            word = word[..MaxLength];
        }

        Span<char> buffer = stackalloc char[word.Length];
        int n = 0;
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                buffer[n++] = s;
            }
        }

        return new string(buffer[..n]);
    }
}
