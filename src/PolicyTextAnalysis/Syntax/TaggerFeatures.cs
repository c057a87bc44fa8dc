namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The features of the part-of-speech tagger at one token: the word, its affixes and shape, the two words on each
/// side, and the two tags already predicted to its left. Shared by training and tagging so they cannot drift apart.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>The most features one token can have.</summary>
    public const int Max = 32;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    /// <param name="words">Normalised words of the sentence (<see cref="WordForms.Normalize"/>).</param>
    /// <param name="raw">The words as written (for shape and capitalisation).</param>
    /// <param name="i">The token.</param>
    /// <param name="previous">The tag predicted for token i - 1, or -1.</param>
    /// <param name="beforePrevious">The tag predicted for token i - 2, or -1.</param>
    /// <param name="output">At least <see cref="Max"/> slots.</param>
    public static int Extract(string[] words, string[] raw, int i, int previous, int beforePrevious, Span<ulong> output)
    {
        string w = words[i];
        string prev = i > 0 ? words[i - 1] : "<s>";
        string prev2 = i > 1 ? words[i - 2] : "<s>";
        string next = i + 1 < words.Length ? words[i + 1] : "</s>";
        string next2 = i + 2 < words.Length ? words[i + 2] : "</s>";
        ReadOnlySpan<char> r = raw[i].AsSpan(0, Math.Min(raw[i].Length, WordForms.MaxLength));
        int n = 0;
        output[n++] = FeatureHash.Start(0);
        output[n++] = FeatureHash.Add(FeatureHash.Start(1), w);
        output[n++] = FeatureHash.Add(FeatureHash.Start(2), Suffix(w, 3));
        output[n++] = FeatureHash.Add(FeatureHash.Start(3), Suffix(w, 2));
        output[n++] = FeatureHash.Add(FeatureHash.Start(4), Suffix(w, 1));
        output[n++] = FeatureHash.Add(FeatureHash.Start(5), w.AsSpan(0, Math.Min(2, w.Length)));
        output[n++] = FeatureHash.Add(FeatureHash.Start(6), WordForms.Shape(r));
        output[n++] = FeatureHash.Add(FeatureHash.Start(7), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(8), previous), beforePrevious);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(9), previous), w);
        output[n++] = FeatureHash.Add(FeatureHash.Start(10), prev);
        output[n++] = FeatureHash.Add(FeatureHash.Start(11), Suffix(prev, 3));
        output[n++] = FeatureHash.Add(FeatureHash.Start(12), prev2);
        output[n++] = FeatureHash.Add(FeatureHash.Start(13), next);
        output[n++] = FeatureHash.Add(FeatureHash.Start(14), Suffix(next, 3));
        output[n++] = FeatureHash.Add(FeatureHash.Start(15), next2);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(16), prev), w);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), w), next);
        bool upper = r.Length > 0 && char.IsUpper(r[0]);
        output[n++] = FeatureHash.Add(FeatureHash.Start(18), (upper ? 1 : 0) + (i == 0 ? 2 : 0));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(19), previous), Suffix(w, 3));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), Suffix(w, 3)), next);
        output[n++] = FeatureHash.Add(FeatureHash.Start(21), r);
        output[n++] = FeatureHash.Add(FeatureHash.Start(22), Suffix(w, 4));
        output[n++] = FeatureHash.Add(FeatureHash.Start(23), w.AsSpan(0, Math.Min(3, w.Length)));
        bool nextUpper = i + 1 < raw.Length && raw[i + 1].Length > 0 && char.IsUpper(raw[i + 1][0]);
        bool prevUpper = i > 0 && raw[i - 1].Length > 0 && char.IsUpper(raw[i - 1][0]);
        output[n++] = FeatureHash.Add(FeatureHash.Start(24), (upper ? 1 : 0) + (nextUpper ? 2 : 0) + (prevUpper ? 4 : 0));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), previous), next);
        return n;
    }

    private static ReadOnlySpan<char> Suffix(string word, int length) =>
        word.Length <= length ? word : word.AsSpan(word.Length - length);
}
