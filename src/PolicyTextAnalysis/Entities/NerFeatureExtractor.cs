namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Turns one sentence's tokens into hashed features: word, lower form, shape, prefixes and suffixes, a window
/// of +-2, capitalisation context (sentence-initial, whole sentence in capitals), gazetteer membership and, for a
/// model that reads them, syntax-layer facts (<see cref="NerSyntaxFeatures"/>).
/// Writes into a <see cref="NerWorkspace"/>, so extraction allocates nothing once the buffers have grown.
/// </summary>
/// <remarks>Training and inference both call this class, which is what keeps their features identical.</remarks>
internal static class NerFeatureExtractor
{
    /// <summary>Most features one token can have.</summary>
    public const int Stride = 84;

    private const ulong Boundary = 0x1234_5678_9ABC_DEF1UL;
    private const ulong NoValue = 0x0FED_CBA9_8765_4321UL;

    /// <summary>
    /// Extracts features for tokens <c>[first, first + count)</c> of <paramref name="tokens"/> into
    /// <paramref name="work"/> (token k of the sentence at <c>work.Features[k * Stride ..]</c>). With
    /// <paramref name="syntax"/> other than none, the workspace's syntax columns must have been filled
    /// (<see cref="NerSyntaxContext.Fill"/>).
    /// </summary>
    public static void Extract(string text, TokenList tokens, int first, int count, NerGazetteer gazetteer, NerWorkspace work,
        NerSyntaxFeatures syntax = NerSyntaxFeatures.None)
    {
        work.Ensure(count);
        ReadOnlySpan<int> starts = tokens.Starts;
        ReadOnlySpan<int> ends = tokens.Ends;
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        bool allCaps = IsAllCapitals(text, starts, ends, first, count);
        bool hasClusters = gazetteer.Clusters.Count > 0;
        for (int k = 0; k < count; k++)
        {
            ReadOnlySpan<char> chars = text.AsSpan(starts[first + k], ends[first + k] - starts[first + k]);
            work.Lower[k] = FeatureHash.Chars(chars, lower: true);
            work.Exact[k] = allCaps ? work.Lower[k] : FeatureHash.Chars(chars, lower: false);
            work.Shape[k] = ShapeHash(chars, allCaps);
            work.Kind[k] = (byte)kinds[first + k];
            work.Common[k] = gazetteer.CommonWords.Contains(work.Lower[k]) ? (byte)1 : (byte)0;
            work.Cluster[k] = hasClusters ? gazetteer.Clusters.Lookup(work.Lower[k]) : NerWordClusters.None;
        }

        gazetteer.Match(work.Lower.AsSpan(0, count), work.Gazetteer.AsSpan(0, count));
        ulong capsFlag = allCaps ? 1UL : 0UL;
        for (int k = 0; k < count; k++)
        {
            Span<ulong> f = work.Features.AsSpan(k * Stride, Stride);
            int n = 0;
            ReadOnlySpan<char> chars = text.AsSpan(starts[first + k], ends[first + k] - starts[first + k]);
            ulong w0 = work.Lower[k];
            ulong s0 = work.Shape[k];
            ulong wm1 = k >= 1 ? work.Lower[k - 1] : Boundary;
            ulong wm2 = k >= 2 ? work.Lower[k - 2] : Boundary;
            ulong wp1 = k + 1 < count ? work.Lower[k + 1] : Boundary;
            ulong wp2 = k + 2 < count ? work.Lower[k + 2] : Boundary;
            ulong sm1 = k >= 1 ? work.Shape[k - 1] : Boundary;
            ulong sp1 = k + 1 < count ? work.Shape[k + 1] : Boundary;
            ulong initial = k == 0 || (k == 1 && work.Kind[0] == (byte)TokenKind.Quote) ? 1UL : 0UL;

            f[n++] = FeatureHash.Feature(0, NoValue);
            f[n++] = FeatureHash.Feature(1, w0);
            f[n++] = FeatureHash.Feature(2, work.Exact[k]);
            f[n++] = FeatureHash.Feature(3, s0);
            n = AddAffixes(chars, f, n);
            ulong tokenOnly = (1UL << n) - 1;
            f[n++] = FeatureHash.Feature(12, wm1);
            f[n++] = FeatureHash.Feature(13, wp1);
            f[n++] = FeatureHash.Feature(14, wm2);
            f[n++] = FeatureHash.Feature(15, wp2);
            f[n++] = FeatureHash.Feature(16, sm1);
            f[n++] = FeatureHash.Feature(17, sp1);
            f[n++] = FeatureHash.Feature(18, wm1, w0);
            f[n++] = FeatureHash.Feature(19, w0, wp1);
            f[n++] = FeatureHash.Feature(20, sm1, s0, sp1);
            f[n++] = FeatureHash.Feature(21, wm1, s0);
            f[n++] = FeatureHash.Feature(22, s0, wp1);
            f[n++] = FeatureHash.Feature(23, initial, s0);
            f[n++] = FeatureHash.Feature(24, initial, w0);
            f[n++] = FeatureHash.Feature(25, capsFlag, s0);
            tokenOnly |= 1UL << n;
            f[n++] = FeatureHash.Feature(26, work.Kind[k]);
            f[n++] = FeatureHash.Feature(27, wm2, wm1);
            f[n++] = FeatureHash.Feature(28, wp1, wp2);
            int hyphenStart = n;
            n = AddHyphenParts(chars, f, n);
            tokenOnly |= ((1UL << n) - 1) & ~((1UL << hyphenStart) - 1);
            tokenOnly |= 1UL << n;
            f[n++] = FeatureHash.Feature(29, work.Common[k], s0);
            f[n++] = FeatureHash.Feature(30, work.Common[k], initial, s0);
            ulong commonM1 = k >= 1 ? work.Common[k - 1] : 2UL;
            ulong commonP1 = k + 1 < count ? work.Common[k + 1] : 2UL;
            f[n++] = FeatureHash.Feature(31, commonM1 * 4 + commonP1, work.Common[k], s0);
            if (hasClusters)
            {
                n = AddClusters(work.Cluster[k], s0, f, n, ref tokenOnly);
            }

            if (syntax != NerSyntaxFeatures.None)
            {
                n = AddSyntax(work, k, count, syntax, s0, f, n);
            }

            n = AddGazetteer(work, k, count, f, n);
            work.FeatureCounts[k] = n;
            work.TokenOnly[k] = tokenOnly;
            work.TokenKey[k] = FeatureHash.Mix(FeatureHash.Mix(work.Exact[k], s0), work.Kind[k]);
        }
    }

    /// <summary>
    /// True for tokens no name may include: quotation marks and punctuation other than periods
    /// (a name never spans <c>"</c>, <c>(</c> or <c>,</c> in OntoNotes).
    /// </summary>
    public static bool IsBlocked(ReadOnlySpan<char> chars, TokenKind kind) =>
        kind == TokenKind.Quote || (kind == TokenKind.Punctuation && (chars.Length == 0 || chars[0] != '.'));

    /// <summary>
    /// A hyphenated token whose last part is capitalised (<c>Tehreek-e-Taliban</c>) also gets the word feature of
    /// that part, so what the model knows of <c>Taliban</c> carries over; the first part gets its own template.
    /// </summary>
    private static int AddHyphenParts(ReadOnlySpan<char> chars, Span<ulong> f, int n)
    {
        int last = chars.LastIndexOf('-');
        if (last <= 0 || last >= chars.Length - 2)
        {
            return n;
        }

        ReadOnlySpan<char> tail = chars[(last + 1)..];
        if (char.IsUpper(tail[0]))
        {
            f[n++] = FeatureHash.Feature(1, FeatureHash.Chars(tail, lower: true));
        }

        int firstHyphen = chars.IndexOf('-');
        f[n++] = FeatureHash.Feature(32, FeatureHash.Chars(chars[..firstHyphen], lower: true));
        return n;
    }

    /// <summary>
    /// Distributional classes of the word at three granularities, the finest also with its shape, so a word unseen in
    /// labelled text is scored like the words it shares contexts with. (Classes of the neighbours were tried and
    /// lowered the dev scores.)
    /// </summary>
    private static int AddClusters(uint c0, ulong s0, Span<ulong> f, int n, ref ulong tokenOnly)
    {
        int first = n;
        f[n++] = FeatureHash.Feature(50, NerWordClusters.Level(c0, 0));
        f[n++] = FeatureHash.Feature(51, NerWordClusters.Level(c0, 1));
        f[n++] = FeatureHash.Feature(52, NerWordClusters.Level(c0, 2));
        f[n++] = FeatureHash.Feature(53, NerWordClusters.Level(c0, 2), s0);
        tokenOnly |= ((1UL << n) - 1) & ~((1UL << first) - 1);
        return n;
    }

    /// <summary>
    /// With tags, the part-of-speech tags of the token and its neighbours; with dependencies, the token's relation
    /// alone, with its head word (<c>nsubj</c> of <c>announced</c>, <c>obl</c> of <c>live</c>) and with its tag: context
    /// beyond the +-2 window that tells an organisation from a person or a place. (Tags alone gave nothing on the
    /// dev sets; the relations did, see the model card.)
    /// </summary>
    private static int AddSyntax(NerWorkspace work, int k, int count, NerSyntaxFeatures syntax, ulong s0, Span<ulong> f, int n)
    {
        ulong t0 = work.TagHash[k];
        if ((syntax & NerSyntaxFeatures.Tags) != 0)
        {
            ulong tm1 = k >= 1 ? work.TagHash[k - 1] : Boundary;
            ulong tp1 = k + 1 < count ? work.TagHash[k + 1] : Boundary;
            f[n++] = FeatureHash.Feature(60, t0);
            f[n++] = FeatureHash.Feature(61, tm1, t0);
            f[n++] = FeatureHash.Feature(62, t0, tp1);
            f[n++] = FeatureHash.Feature(63, t0, s0);
            f[n++] = FeatureHash.Feature(64, tm1);
            f[n++] = FeatureHash.Feature(65, tp1);
        }

        if ((syntax & NerSyntaxFeatures.Dependencies) != 0)
        {
            f[n++] = FeatureHash.Feature(66, work.DepHash[k]);
            f[n++] = FeatureHash.Feature(67, work.DepHash[k], work.HeadHash[k]);
            f[n++] = FeatureHash.Feature(68, work.DepHash[k], t0);
        }

        return n;
    }

    private static int AddAffixes(ReadOnlySpan<char> chars, Span<ulong> f, int n)
    {
        for (int len = 2; len <= 4; len++)
        {
            if (chars.Length <= len)
            {
                break;
            }

            f[n++] = FeatureHash.Feature(4 + len, FeatureHash.Chars(chars[..len], lower: true));
            f[n++] = FeatureHash.Feature(8 + len, FeatureHash.Chars(chars[^len..], lower: true));
        }

        return n;
    }

    private static int AddGazetteer(NerWorkspace work, int k, int count, Span<ulong> f, int n)
    {
        ulong mask = work.Gazetteer[k];
        while (mask != 0 && n < Stride - 20)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            f[n++] = FeatureHash.Feature(40, (ulong)bit);
            f[n++] = FeatureHash.Feature(41, (ulong)bit, work.Shape[k]);
        }

        // Neighbours' classes (position dropped) tell a title before a surname, a city before a country.
        ulong prev = k >= 1 ? Collapse(work.Gazetteer[k - 1]) : 0;
        ulong next = k + 1 < count ? Collapse(work.Gazetteer[k + 1]) : 0;
        while (prev != 0 && n < Stride - 8)
        {
            int c = System.Numerics.BitOperations.TrailingZeroCount(prev);
            prev &= prev - 1;
            f[n++] = FeatureHash.Feature(42, (ulong)c);
        }

        while (next != 0 && n < Stride)
        {
            int c = System.Numerics.BitOperations.TrailingZeroCount(next);
            next &= next - 1;
            f[n++] = FeatureHash.Feature(43, (ulong)c);
        }

        return n;
    }

    private static ulong Collapse(ulong mask)
    {
        ulong classes = 0;
        for (int c = 0; mask != 0; c++, mask >>= 4)
        {
            if ((mask & 0xF) != 0)
            {
                classes |= 1UL << c;
            }
        }

        return classes;
    }

    /// <summary>
    /// Shape with runs collapsed (<c>Anwar-ul-Haq</c> gives <c>Xx-x-Xx</c>), at most 8 classes. In an all-capitals
    /// sentence every word is shaped as if title-cased, so a headline looks like running text to the model.
    /// </summary>
    private static ulong ShapeHash(ReadOnlySpan<char> chars, bool allCaps)
    {
        ulong h = 0xA0761D6478BD642FUL;
        char last = '\0';
        int classes = 0;
        for (int i = 0; i < chars.Length && classes < 8; i++)
        {
            char c = chars[i];
            char s = char.IsUpper(c) ? (allCaps && i > 0 ? 'x' : 'X')
                : char.IsLower(c) ? 'x'
                : char.IsDigit(c) ? 'd'
                : char.IsLetter(c) ? 'l'
                : c is '-' or '.' or '\'' or '&' ? c
                : char.IsSurrogate(c) ? 's'
                : 'o';
            if (s != last)
            {
                h = FeatureHash.Mix(h, s);
                last = s;
                classes++;
            }
        }

        return FeatureHash.Mix(h, (ulong)Math.Min(chars.Length, 5));
    }

    /// <summary>True when the sentence has at least three letters and no lower-case letter (a headline or table).</summary>
    private static bool IsAllCapitals(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int count)
    {
        int upper = 0;
        for (int k = first; k < first + count; k++)
        {
            foreach (char c in text.AsSpan(starts[k], ends[k] - starts[k]))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return upper >= 3 && count >= 3;
    }
}
