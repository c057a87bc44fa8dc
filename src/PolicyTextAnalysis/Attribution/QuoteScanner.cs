namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Pairs double quotation marks (straight <c>"</c>, curly <c>“ ”</c>, low <c>„</c>, guillemets <c>« »</c>) in one
/// linear pass. A quote may run over several paragraphs only under the usual convention that each new
/// paragraph reopens it with an opening mark; otherwise a quote left open ends at the end of its paragraph.
/// Stray closing marks are ignored. Straight marks take the directions that pair the text's marks best
/// (<c>QuoteScanner.Straight.cs</c>). Single quotes are not paired (they are mostly apostrophes).
/// </summary>
internal static partial class QuoteScanner
{
    /// <summary>
    /// One quoted stretch: the content between the marks (trimmed of whitespace and of the trailing <c>, . ; :</c>
    /// that punctuation rules put inside the marks) and whether it was closed.
    /// </summary>
    /// <param name="Start">First character of the content.</param>
    /// <param name="End">One past the last character of the content.</param>
    /// <param name="OpenMark">Offset of the opening mark.</param>
    /// <param name="CloseMark">Offset of the closing mark, or -1 when the quote was never closed.</param>
    internal readonly record struct QuoteSpan(int Start, int End, int OpenMark, int CloseMark)
    {
        /// <summary>True when a closing mark was found.</summary>
        public bool Closed => CloseMark >= 0;
    }

    /// <summary>Returns the quoted stretches of <paramref name="text"/>, in order, none empty.</summary>
    public static List<QuoteSpan> Scan(string text, CancellationToken cancellationToken = default)
    {
        var result = new List<QuoteSpan>();
        sbyte[]? straight = StraightDirections(text, cancellationToken);
        int straightIndex = 0;
        int open = -1;          // offset of the pending opening mark
        int breakAt = -1;       // end of the open quote's paragraph, once a paragraph break follows it
        bool atParagraphStart = true;
        for (int p = 0; p < text.Length; p++)
        {
            char c = text[p];
            if (c == '\n')
            {
                if (open >= 0 && breakAt < 0)
                {
                    breakAt = p;
                }

                atParagraphStart = true;
                if ((p & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                continue;
            }

            int direction = c == '"' ? straight![straightIndex++] : Direction(text, p);
            if (direction == 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    atParagraphStart = false;
                }

                continue;
            }

            bool paragraphStart = atParagraphStart;
            atParagraphStart = false;
            if (open >= 0 && breakAt >= 0)
            {
                // Reopened at the start of the next paragraph: the multi-paragraph convention, keep going.
                if (direction != -1 && paragraphStart)
                {
                    breakAt = -1;
                    continue;
                }

                Add(result, text, open, breakAt, -1);
                open = -1;
                breakAt = -1;
            }

            if (direction == 1 || (direction == 2 && open < 0))
            {
                if (open >= 0)
                {
                    // An opening mark inside an open quote: the earlier one was never closed.
                    Add(result, text, open, p, -1);
                }

                open = p;
            }
            else if (open >= 0)
            {
                Add(result, text, open, p, p);
                open = -1;
            }
        }

        if (open >= 0)
        {
            Add(result, text, open, breakAt >= 0 ? breakAt : text.Length, -1);
        }

        return result;
    }

    /// <summary>Whether a token is a double quotation mark of a style the scanner pairs (<c>“ ” „ « » "</c>).</summary>
    internal static bool IsDoubleMark(ReadOnlySpan<char> token) => token is "\"" or "\u201C" or "\u201D" or "\u201E" or "\u00AB" or "\u00BB";

    // +1 opening, -1 closing, 2 ambiguous straight mark between two letters, 0 not a double quotation mark.
    private static int Direction(string text, int p)
    {
        switch (text[p])
        {
            case '“' or '„' or '«':
                return 1;
            case '”' or '»':
                return -1;
            case '"':
                bool spaceBefore = p == 0 || char.IsWhiteSpace(text[p - 1]) || text[p - 1] is '(' or '[' or '{' or '—' or '–' or '-' or ':' or '/';
                bool spaceAfter = p + 1 >= text.Length || char.IsWhiteSpace(text[p + 1]) || char.IsPunctuation(text[p + 1]);
                if (spaceBefore != spaceAfter)
                {
                    return spaceBefore ? 1 : -1;
                }

                // Space or letters on both sides: the state decides (open when none is open).
                return 2;
            default:
                return 0;
        }
    }

    private static void Add(List<QuoteSpan> result, string text, int openMark, int end, int closeMark)
    {
        // A value of markup left in the text (<img src="..." alt="...">): an equals sign right before the mark, which
        // English prose never writes, opens no quotation.
        if (openMark > 0 && text[openMark - 1] == '=')
        {
            return;
        }

        int start = openMark + 1;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':'))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new QuoteSpan(start, end, openMark, closeMark));
        }
    }
}
