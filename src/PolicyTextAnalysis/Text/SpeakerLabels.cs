using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// The speaker labels that open a transcript's turns: capitals up to a colon (<c>THE PRESIDENT:</c>, <c>MR. SULLIVAN:</c>,
/// <c>SENIOR ADMINISTRATION OFFICIAL 2:</c>), a question from the floor (<c>Q</c>, <c>Q:</c>), the Congressional Record's
/// courtesy form and surname in capitals (<c>Mr. KING of Iowa.</c>), and the Westminster-style labels of parliamentary
/// records (<c>John Healey (Wentworth and Dearne) (Lab):</c>, <c>Mr Lansley:</c>). Read by the sentence splitter (a label
/// is no part of its turn's first sentence) and by the transcript's turn finder. Stateless; thread-safe.
/// </summary>
internal static class SpeakerLabels
{
    /// <summary>Longest label in capitals, in tokens.</summary>
    private const int MaxLabelTokens = 10;

    /// <summary>Most capitalised words after <c>of</c> in a Congressional label (<c>of New York</c>).</summary>
    private const int MaxStateWords = 3;

    /// <summary>The label starting at token <paramref name="t"/>: its last token and the first token after its mark.</summary>
    public static (int Last, int ContentToken, bool Question)? At(TokenList tokens, int t)
    {
        ReadOnlySpan<char> first = tokens.CharsAt(t);
        if (first is "Q" && t + 1 < tokens.Count)
        {
            bool mark = tokens.CharsAt(t + 1) is ":" or ".";
            int content = mark ? t + 2 : t + 1;
            return content < tokens.Count && tokens.Kinds[content] is TokenKind.Word or TokenKind.Quote or TokenKind.Number
                ? (t, content, true) : null;
        }

        if (tokens.Kinds[t] != TokenKind.Word)
        {
            return null;
        }

        return NameForms.IsCourtesy(first) && char.IsUpper(first[0]) && !TextChars.IsWrittenInCapitals(first)
            ? CongressionalLabel(tokens, t) ?? ParliamentaryLabel(tokens, t, courtesy: true)
            : CapitalsLabel(tokens, t) ?? (char.IsUpper(first[0]) ? ParliamentaryLabel(tokens, t, courtesy: false) : null);
    }

    /// <summary>
    /// The Westminster-style labels of parliamentary records, in mixed case: a name or office with a constituency, party
    /// or name in parentheses right before the colon (<c>John Healey (Wentworth and Dearne) (Lab):</c>, <c>The Secretary of
    /// State for Health (Mr Andrew Lansley):</c>), or, after a courtesy form, a short name and a colon (<c>Mr Lansley:</c>).
    /// Capitalised words, the words that join the parts of a name (of, for, and, the, on, to) and parentheses only.
    /// </summary>
    private static (int Last, int ContentToken, bool Question)? ParliamentaryLabel(TokenList tokens, int t, bool courtesy)
    {
        const int maxTokens = 16;
        const int maxCourtesyName = 3;
        int depth = 0, groups = 0;
        for (int k = t; k < tokens.Count && k - t <= maxTokens; k++)
        {
            // A label lies on one line (not a heading above it: Housing Bill / Angela Hart (...) (Lab):).
            if (k > t && tokens.LineBreakBefore(k))
            {
                return null;
            }

            ReadOnlySpan<char> w = tokens.CharsAt(k);
            if (w is ":" && depth == 0 && k > t && k + 1 < tokens.Count)
            {
                // The parentheses close right before the colon, or a courtesy form heads a name of a few words.
                bool closed = tokens.CharsAt(k - 1) is ")" && groups > 0;
                bool shortName = courtesy && groups == 0 && k - t - 1 is >= 1 and <= maxCourtesyName;
                return closed || shortName ? (k - 1, k + 1, false) : null;
            }

            bool ok;
            if (w is "(")
            {
                ok = depth++ == 0;
            }
            else if (w is ")")
            {
                ok = depth-- == 1;
                groups += ok ? 1 : 0;
            }
            else
            {
                ok = tokens.Kinds[k] switch
                {
                    TokenKind.Word => char.IsUpper(w[0]) || (k > t && Syntax.FunctionWords.IsNameConnector(w)),
                    TokenKind.Punctuation => w is "." or "-" or "&",
                    TokenKind.Clitic => true,
                    _ => false,
                };
            }

            if (!ok)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary><c>SENIOR ADMINISTRATION OFFICIAL:</c>: words in capitals (and numbers after the first), then a colon.</summary>
    private static (int Last, int ContentToken, bool Question)? CapitalsLabel(TokenList tokens, int t)
    {
        bool word = false;
        for (int k = t; k < tokens.Count && k - t <= MaxLabelTokens; k++)
        {
            if (k > t && tokens.LineBreakBefore(k))
            {
                return null;
            }

            ReadOnlySpan<char> w = tokens.CharsAt(k);
            if (w is ":")
            {
                return word && k > t && k + 1 < tokens.Count ? (k - 1, k + 1, false) : null;
            }

            bool ok = tokens.Kinds[k] switch
            {
                TokenKind.Word => TextChars.IsWrittenInCapitals(w),
                TokenKind.Number => k > t,
                TokenKind.Punctuation => w is "." or "-",
                TokenKind.Clitic => true,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }

            word |= tokens.Kinds[k] == TokenKind.Word && LetterCount(w) >= 2;
        }

        return null;
    }

    /// <summary><c>Mr. KING of Iowa.</c>: a courtesy form, a surname in capitals, an optional state, and a period.</summary>
    private static (int Last, int ContentToken, bool Question)? CongressionalLabel(TokenList tokens, int t)
    {
        int k = t + 1;
        if (k < tokens.Count && tokens.CharsAt(k) is ".")
        {
            k++;
        }

        int surname = k;
        while (k < tokens.Count && k - t <= MaxLabelTokens)
        {
            if (IsCapitalsName(tokens, k))
            {
                k++;
            }
            else if (k > surname && InitialLength(tokens, k) is int initial and > 0 && IsCapitalsName(tokens, k + initial))
            {
                // A middle initial between names in capitals, which the Record adds when members share a surname
                // (Ms. LINDA T. SANCHEZ of California.).
                k += initial;
            }
            else
            {
                break;
            }
        }

        if (k == surname)
        {
            return null;
        }

        if (k < tokens.Count && tokens.CharsAt(k) is "of")
        {
            int state = ++k;
            while (k < tokens.Count && k - state < MaxStateWords && tokens.Kinds[k] == TokenKind.Word && char.IsUpper(tokens.CharsAt(k)[0]))
            {
                k++;
            }

            if (k == state)
            {
                return null;
            }
        }

        return k + 1 < tokens.Count && tokens.CharsAt(k) is "." ? (k - 1, k + 1, false) : null;
    }

    private static bool IsCapitalsName(TokenList tokens, int k) =>
        k < tokens.Count && tokens.Kinds[k] == TokenKind.Word && TextChars.IsWrittenInCapitals(tokens.CharsAt(k)) && LetterCount(tokens.CharsAt(k)) >= 2;

    // The tokens of an initial at k (T. as one token, or T and a period), else 0.
    private static int InitialLength(TokenList tokens, int k)
    {
        ReadOnlySpan<char> w = tokens.CharsAt(k);
        if (w.Length == 2 && char.IsAsciiLetterUpper(w[0]) && w[1] == '.')
        {
            return 1;
        }

        return w.Length == 1 && char.IsAsciiLetterUpper(w[0]) && k + 1 < tokens.Count && tokens.CharsAt(k + 1) is "." ? 2 : 0;
    }

    private static int LetterCount(ReadOnlySpan<char> w)
    {
        int n = 0;
        foreach (char c in w)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }
}
