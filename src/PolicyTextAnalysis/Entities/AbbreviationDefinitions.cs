namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Abbreviations a document defines in parentheses after their long form, found as Schwartz and Hearst (2003) find them:
/// every letter of the short form occurs in the long form in order, its first letter at the start of a word.
/// <list type="bullet">
/// <item>A long form in lower case (<c>opioid use disorder (OUD)</c>, <c>artificial intelligence (AI)</c>) is an ordinary noun
/// phrase, so the short form names nothing either: its name mentions are dropped throughout the document (a capitalised
/// short form looks like an organisation to the name model).</item>
/// <item>A long form that is one name mention (<c>the Quarterly Census of Employment and Wages (QCEW)</c>) lends its label to
/// every mention of the short form.</item>
/// </list>
/// Applied to the chosen mentions; linear in the tokens and the mentions.
/// </summary>
internal static class AbbreviationDefinitions
{
    private const int MinLetters = 2;
    private const int MaxLetters = 10;

    /// <summary>Applies the document's abbreviation definitions to <paramref name="mentions"/> (ordered by offset).</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        return Apply(document, mentions, Find(document, mentions));
    }

    /// <summary>Applies <paramref name="definitions"/> (from <see cref="Find"/>) to <paramref name="mentions"/>.</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions, Dictionary<string, string?>? definitions)
    {
        if (definitions is null)
        {
            return mentions;
        }

        List<EntityMention>? changed = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            EntityMention? replacement = m;
            if (Resolution.ResolutionStage.IsNameLabel(m.Label) && definitions.TryGetValue(m.Text, out string? label))
            {
                replacement = label is null ? null : label == m.Label ? m : m with { Label = label };
            }

            if (!ReferenceEquals(replacement, m))
            {
                changed ??= [.. mentions.Take(i)];
            }

            if (changed is not null && replacement is not null)
            {
                changed.Add(replacement);
            }
        }

        // A defined short form the recognisers missed somewhere gets the label its long form gave the others.
        return ShortFormOccurrences.AddUncovered(document, changed ?? mentions, definitions);
    }

    /// <summary>Each defined short form with the label its long form gives it: null when the long form is a common noun
    /// phrase. Short forms without a clear answer (a long form in mixed case, or names that are not one mention) are left
    /// out. Null when the document defines none.</summary>
    internal static Dictionary<string, string?>? Find(Document document, IReadOnlyList<EntityMention> mentions)
    {
        TokenList tokens = document.Tokens;
        string text = document.Text;
        Dictionary<string, string?>? result = null;
        HashSet<string>? conflicting = null;
        int sentence = 0;
        IReadOnlyList<Sentence> sentences = document.Sentences;
        int mention = 0;
        for (int t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens.CharsAt(t) is not "(" || tokens.CharsAt(t + 2) is not ")" || !IsShortForm(tokens.CharsAt(t + 1)))
            {
                continue;
            }

            while (sentence + 1 < sentences.Count && sentences[sentence].EndToken <= t)
            {
                sentence++;
            }

            string shortForm = tokens.CharsAt(t + 1).ToString();
            int windowWords = Math.Min(shortForm.Length + 5, shortForm.Length * 2);
            int first = t;
            int sentenceFirst = sentences.Count > 0 ? sentences[sentence].FirstToken : 0;
            for (int words = 0; first > sentenceFirst && words < windowWords;)
            {
                first--;
                words += tokens.Kinds[first] == TokenKind.Word ? 1 : 0;
            }

            int windowStart = tokens.Starts[first];
            int windowEnd = tokens.Ends[t - 1];
            int longStart = LongFormStart(text, windowStart, windowEnd, shortForm);
            if (longStart < 0)
            {
                continue;
            }

            string? label;
            Case kind = CaseOf(text.AsSpan(longStart, windowEnd - longStart));
            if (kind == Case.Lower)
            {
                label = null;
            }
            else if (kind == Case.Capitalised)
            {
                while (mention < mentions.Count && mentions[mention].End < windowEnd)
                {
                    mention++;
                }

                if (mention >= mentions.Count || mentions[mention].End != windowEnd || mentions[mention].Start > longStart
                    || !Resolution.ResolutionStage.IsNameLabel(mentions[mention].Label))
                {
                    continue;
                }

                label = mentions[mention].Label;
            }
            else
            {
                continue;
            }

            result ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            if (result.TryGetValue(shortForm, out string? earlier) && earlier != label)
            {
                (conflicting ??= new HashSet<string>(StringComparer.Ordinal)).Add(shortForm);
            }

            result[shortForm] = label;
        }

        if (conflicting is not null)
        {
            foreach (string shortForm in conflicting)
            {
                result!.Remove(shortForm);
            }
        }

        return result is { Count: > 0 } ? result : null;
    }

    private enum Case
    {
        Lower,
        Capitalised,
        Mixed,
    }

    // A short form: 2-10 letters or digits, starting with a capital, with at least two capitals (OUD, CSCRP, WiN).
    private static bool IsShortForm(ReadOnlySpan<char> w)
    {
        if (w.Length < MinLetters || w.Length > MaxLetters || !char.IsUpper(w[0]))
        {
            return false;
        }

        int capitals = 0;
        foreach (char c in w)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= MinLetters;
    }

    /// <summary>
    /// Where the long form of <paramref name="shortForm"/> starts in <c>text[windowStart..windowEnd]</c>, or -1: each letter
    /// or digit of the short form, from the last, is matched to the nearest earlier equal character (case aside); the
    /// first must also start a word; the long form starts at the word holding that match.
    /// </summary>
    internal static int LongFormStart(string text, int windowStart, int windowEnd, string shortForm)
    {
        int l = windowEnd - 1;
        for (int s = shortForm.Length - 1; s >= 0; s--)
        {
            char c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (l >= windowStart && (char.ToLowerInvariant(text[l]) != c
                || (s == 0 && l > windowStart && char.IsLetterOrDigit(text[l - 1]))))
            {
                l--;
            }

            if (l < windowStart)
            {
                return -1;
            }

            l--;
        }

        return l + 1;
    }

    // Lower: every word starts in lower case (an ordinary noun phrase). Capitalised: every word but the short joining words
    // of names (of, and, the, for, on, to) starts with a capital. Anything else is mixed.
    private static Case CaseOf(ReadOnlySpan<char> longForm)
    {
        bool anyUpper = false, anyLower = false;
        foreach (Range range in longForm.SplitAny(" \u00A0\t\n-/"))
        {
            ReadOnlySpan<char> word = longForm[range];
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                continue;
            }

            if (char.IsUpper(word[0]))
            {
                anyUpper = true;
            }
            else if (!Syntax.FunctionWords.IsNameConnector(word))
            {
                anyLower = true;
            }
        }

        return anyUpper && !anyLower ? Case.Capitalised : anyLower && !anyUpper ? Case.Lower : Case.Mixed;
    }
}
