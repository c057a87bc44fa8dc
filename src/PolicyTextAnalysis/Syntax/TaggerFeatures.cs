namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The features of the part-of-speech tagger at one token: the word, its affixes and shape, the two words on each
/// side, the ambiguity classes of the word and the next one (<see cref="TagDictionary"/>), and the two tags already
/// predicted to its left, and, when the model has word classes, the distributional classes of the word and its neighbours
/// (<see cref="WordClassLookup"/>). Shared by training and tagging so they cannot drift apart.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>The most features one token can have.</summary>
    public const int Max = 40;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    /// <param name="words">The hashed words of the sentence.</param>
    /// <param name="ambiguity">The ambiguity class of each word (0 for unseen words).</param>
    /// <param name="i">The token.</param>
    /// <param name="previous">The tag predicted for token i - 1, or -1.</param>
    /// <param name="beforePrevious">The tag predicted for token i - 2, or -1.</param>
    /// <param name="output">At least <see cref="Max"/> slots.</param>
    /// <param name="clusters">The packed word classes of each word, or empty for a model without them.</param>
    public static int Extract(ReadOnlySpan<WordHashes> words, ReadOnlySpan<uint> ambiguity, int i, int previous, int beforePrevious, Span<ulong> output,
        ReadOnlySpan<uint> clusters = default)
    {
        WordHashes w = words[i];
        WordHashes prev = i > 0 ? words[i - 1] : WordHashes.Start;
        WordHashes prev2 = i > 1 ? words[i - 2] : WordHashes.Start;
        WordHashes next = i + 1 < words.Length ? words[i + 1] : WordHashes.End;
        WordHashes next2 = i + 2 < words.Length ? words[i + 2] : WordHashes.End;
        bool nextUpper = i + 1 < words.Length && next.Upper;
        bool prevUpper = i > 0 && prev.Upper;
        int n = 0;
        output[n++] = FeatureHash.Start(0);
        output[n++] = FeatureHash.Add(FeatureHash.Start(1), w.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(2), w.Suffix3);
        output[n++] = FeatureHash.Add(FeatureHash.Start(3), w.Suffix2);
        output[n++] = FeatureHash.Add(FeatureHash.Start(4), w.Suffix1);
        output[n++] = FeatureHash.Add(FeatureHash.Start(5), w.Prefix2);
        output[n++] = FeatureHash.Add(FeatureHash.Start(6), w.Shape);
        output[n++] = FeatureHash.Add(FeatureHash.Start(7), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(8), previous), beforePrevious);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(9), previous), w.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(10), prev.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(11), prev.Suffix3);
        output[n++] = FeatureHash.Add(FeatureHash.Start(12), prev2.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(13), next.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(14), next.Suffix3);
        output[n++] = FeatureHash.Add(FeatureHash.Start(15), next2.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(16), prev.Word), w.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), w.Word), next.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(18), (w.Upper ? 1 : 0) + (i == 0 ? 2 : 0));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(19), previous), w.Suffix3);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), w.Suffix3), next.Word);
        output[n++] = FeatureHash.Add(FeatureHash.Start(21), w.Raw);
        output[n++] = FeatureHash.Add(FeatureHash.Start(22), w.Suffix4);
        output[n++] = FeatureHash.Add(FeatureHash.Start(23), w.Prefix3);
        output[n++] = FeatureHash.Add(FeatureHash.Start(24), (w.Upper ? 1 : 0) + (nextUpper ? 2 : 0) + (prevUpper ? 4 : 0));
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), previous), next.Word);
        uint here = ambiguity[i];
        uint after = i + 1 < words.Length ? ambiguity[i + 1] : uint.MaxValue;
        output[n++] = FeatureHash.Add(FeatureHash.Start(26), here);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(27), here), after);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(28), here), previous);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(29), here), w.Suffix3);
        if (!clusters.IsEmpty)
        {
            uint c = clusters[i];
            uint before = i > 0 ? clusters[i - 1] : WordClassLookup.Start;
            uint following = i + 1 < words.Length ? clusters[i + 1] : WordClassLookup.End;
            output[n++] = FeatureHash.Add(FeatureHash.Start(30), WordClassLookup.Fine(c));
            output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(31), WordClassLookup.Middle(c)), previous);
            output[n++] = FeatureHash.Add(FeatureHash.Start(32), WordClassLookup.Middle(before));
            output[n++] = FeatureHash.Add(FeatureHash.Start(33), WordClassLookup.Middle(following));
            output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(34), WordClassLookup.Middle(c)), WordClassLookup.Middle(following));
            output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(35), WordClassLookup.Fine(c)), here);
        }

        return n;
    }
}
