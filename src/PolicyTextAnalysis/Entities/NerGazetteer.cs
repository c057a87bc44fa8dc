namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Compact name lists stored inside the model: each entry is a sequence of lower-cased tokens (as the
/// library's tokenizer splits it) hashed to 64 bits, mapped to a bit mask of the classes it belongs to
/// (country, city, demonym, first name...). Matching gives every token a mask of class x BILU position bits,
/// which the feature extractor turns into features.
/// </summary>
internal sealed class NerGazetteer
{
    /// <summary>Longest entry, in tokens.</summary>
    public const int MaxTokens = 6;

    /// <summary>At most this many classes (class x 4 positions fit a 64-bit mask).</summary>
    public const int MaxClasses = 16;

    private readonly Dictionary<ulong, ushort> _entries;

    public NerGazetteer(IReadOnlyList<string> classes, Dictionary<ulong, ushort> entries, HashSet<ulong> commonWords, NerWordClusters? clusters = null)
    {
        if (classes.Count > MaxClasses)
        {
            throw new ArgumentException($"A gazetteer holds at most {MaxClasses} classes.", nameof(classes));
        }

        Classes = [.. classes];
        _entries = entries;
        CommonWords = commonWords;
        Clusters = clusters ?? NerWordClusters.Empty;
    }

    /// <summary>Distributional word classes from unlabelled text (empty for a model trained without them).</summary>
    public NerWordClusters Clusters { get; }

    /// <summary>
    /// Lower-case hashes of words seen written in lower case in unlabelled text: a capitalised token whose lower
    /// form is not among them (<c>Seagal</c>) is far more likely a name than one whose is (<c>Government</c>).
    /// </summary>
    public HashSet<ulong> CommonWords { get; }

    /// <summary>Class names, in bit order.</summary>
    public string[] Classes { get; }

    /// <summary>The entries: sequence hash to class mask.</summary>
    public IReadOnlyDictionary<ulong, ushort> Entries => _entries;

    /// <summary>The hash of a token sequence from its tokens' lower-case hashes.</summary>
    public static ulong SequenceHash(ReadOnlySpan<ulong> lowerHashes)
    {
        ulong h = 0x5851F42D4C957F2DUL;
        foreach (ulong t in lowerHashes)
        {
            h = FeatureHash.Mix(h, t);
        }

        return h;
    }

    /// <summary>
    /// Marks every match in <paramref name="lower"/> (the lower-case hashes of one sentence's tokens):
    /// bit <c>4 x class + position</c> of <paramref name="masks"/>, position 0 B, 1 I, 2 L, 3 U.
    /// At most <see cref="MaxTokens"/> lookups per token, so linear time.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> lower, Span<ulong> masks)
    {
        masks.Clear();
        int n = lower.Length;
        for (int i = 0; i < n; i++)
        {
            ulong h = 0x5851F42D4C957F2DUL;
            int max = Math.Min(MaxTokens, n - i);
            for (int len = 1; len <= max; len++)
            {
                h = FeatureHash.Mix(h, lower[i + len - 1]);
                if (!_entries.TryGetValue(h, out ushort classes))
                {
                    continue;
                }

                for (int c = 0; c < Classes.Length; c++)
                {
                    if ((classes & (1 << c)) == 0)
                    {
                        continue;
                    }

                    if (len == 1)
                    {
                        masks[i] |= 1UL << (4 * c + NerTagSet.Unit);
                        continue;
                    }

                    masks[i] |= 1UL << (4 * c + NerTagSet.Begin);
                    for (int k = i + 1; k < i + len - 1; k++)
                    {
                        masks[k] |= 1UL << (4 * c + NerTagSet.Inside);
                    }

                    masks[i + len - 1] |= 1UL << (4 * c + NerTagSet.Last);
                }
            }
        }
    }
}
