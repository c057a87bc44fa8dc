namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// Copies of treebank sentences with a pair of quotation marks put around a phrase inside them, as commentary quotes a
/// speaker's words in the middle of a reported clause (<c>said the senator “remains committed” to the bill</c>). The
/// treebanks have few such marks, so the tagger learnt that a word after an opening mark inside a sentence starts a name
/// or title (it read <c>remains</c> as a noun there). The phrase is a word with everything it governs to its right, and
/// with its left dependents too or not; the marks attach to that word (<c>punct</c>), so the tree stays projective.
/// </summary>
internal static class QuoteMarkInsertion
{
    /// <summary>The longest phrase quoted, in words.</summary>
    public const int MaxWords = 8;

    private static readonly string[] Opening = ["“", "\""];
    private static readonly string[] Closing = ["”", "\""];

    private const string CopySuffix = "+quotes";

    /// <summary>
    /// The key that puts each sentence of <paramref name="sentences"/> in a fold (its key modulo the folds): its index, or
    /// for a copy made here, its original's index, so the two are never on both sides of a held-out split (a tagger that
    /// saw the original would tag the copy too well).
    /// </summary>
    public static int[] FoldKeys(IReadOnlyList<UdSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < sentences.Count; i++)
        {
            first.TryAdd(sentences[i].Id, i);
        }

        var keys = new int[sentences.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            string id = sentences[i].Id;
            keys[i] = id.EndsWith(CopySuffix, StringComparison.Ordinal) && first.TryGetValue(id[..^CopySuffix.Length], out int original) ? original : i;
        }

        return keys;
    }

    /// <summary>True for a word that is a quotation mark of a treebank.</summary>
    public static bool IsMark(string form) => form is "\"" or "“" or "”" or "``" or "''" or "‘" or "’";

    /// <summary>
    /// <paramref name="sentence"/> with one phrase after its first word put in quotation marks (curly or straight, as
    /// <paramref name="random"/> picks), or null when it has no phrase that fits (every phrase starts the sentence, is
    /// longer than <see cref="MaxWords"/>, holds a quotation mark, or would cross an arc).
    /// </summary>
    public static UdSentence? Insert(UdSentence sentence, Random random)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(random);
        int n = sentence.Length;
        if (n < 3 || sentence.Forms.Any(IsMark))
        {
            return null;
        }

        (int[] lo, int[] hi) = Extents(sentence.Heads);

        // Try the words in a random order; the first phrase that fits is quoted.
        int[] order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        bool fromWord = random.Next(2) == 0;
        foreach (int w in order)
        {
            if (sentence.Upos[w] == "PUNCT")
            {
                continue;
            }

            foreach (bool cut in fromWord ? new[] { true, false } : [false, true])
            {
                int start = cut ? w : lo[w], end = hi[w];
                while (end > start && sentence.Upos[end] == "PUNCT")
                {
                    end--;
                }

                while (start < end && sentence.Upos[start] == "PUNCT")
                {
                    start++;
                }

                if (start > 0 && end - start + 1 <= MaxWords && Projective(sentence.Heads, w, start, end))
                {
                    return WithMarks(sentence, w, start, end, random.Next(Opening.Length));
                }
            }
        }

        return null;
    }

    /// <summary>Each word's leftmost and rightmost descendant (itself included).</summary>
    private static (int[] Lo, int[] Hi) Extents(int[] heads)
    {
        int n = heads.Length;
        int[] lo = Enumerable.Range(0, n).ToArray(), hi = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < n; i++)
        {
            // Walk up from each word, widening its ancestors; a cycle in bad data stops after n steps.
            for (int h = heads[i], steps = 0; h >= 0 && steps < n; h = heads[h], steps++)
            {
                lo[h] = Math.Min(lo[h], i);
                hi[h] = Math.Max(hi[h], i);
            }
        }

        return (lo, hi);
    }

    // Marks on [start, end] attached to w cross no arc when only w's arc leaves the phrase and the only arcs entering it
    // come from w's left dependents (a phrase cut at w).
    private static bool Projective(int[] heads, int w, int start, int end)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            bool inside = i >= start && i <= end;
            bool headInside = heads[i] >= start && heads[i] <= end;
            if (inside && i != w && !headInside)
            {
                return false;
            }

            if (!inside && headInside && !(heads[i] == w && i < start && start == w))
            {
                return false;
            }
        }

        return true;
    }

    private static UdSentence WithMarks(UdSentence s, int w, int start, int end, int style)
    {
        int n = s.Length;
        int New(int i) => i < 0 ? -1 : i < start ? i : i <= end ? i + 1 : i + 2;
        var forms = new string[n + 2];
        var lemmas = new string[n + 2];
        var upos = new string[n + 2];
        var xpos = new string[n + 2];
        var heads = new int[n + 2];
        var relations = new string[n + 2];
        for (int i = 0; i < n; i++)
        {
            int j = New(i);
            (forms[j], lemmas[j], upos[j], xpos[j], heads[j], relations[j]) = (s.Forms[i], s.Lemmas[i], s.Upos[i], s.Xpos[i], New(s.Heads[i]), s.Relations[i]);
        }

        (forms[start], lemmas[start], upos[start], xpos[start], heads[start], relations[start]) = (Opening[style], "\"", "PUNCT", "``", New(w), "punct");
        (forms[end + 2], lemmas[end + 2], upos[end + 2], xpos[end + 2], heads[end + 2], relations[end + 2]) = (Closing[style], "\"", "PUNCT", "''", New(w), "punct");
        return new UdSentence(s.Id + CopySuffix, forms, lemmas, upos, xpos, heads, relations);
    }
}
