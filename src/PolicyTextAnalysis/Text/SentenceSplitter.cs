using System.Collections.Frozen;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// Rule-based sentence boundary detection over a token list, for news and commentary.
/// </summary>
/// <remarks>
/// <para>A sentence ends at <c>. ! ? …</c> (with any closing quotes and brackets after them, as in
/// <c>."</c>) when the next token can start a sentence (a capital, a number, a quote; after a lone <c>. ? !</c> with
/// no closing quote, a lower-case word too, as informal text writes it); at a blank line; and at a single line break unless
/// the text is hard-wrapped (most line breaks falling mid-sentence), so headlines, bylines and one-line
/// paragraphs without final punctuation stand alone; and after a transcript's speaker label opening a line
/// (<c>MS. SMITH:</c>, <c>Q</c>, <c>Ann Lee (Bristol West) (Lab):</c>; <see cref="SpeakerLabels"/>). Titles (<c>Mr.</c>, <c>Gen.</c>) never end a sentence;
/// other abbreviations and initialisms (<c>U.S.</c>) end one only before a typical sentence opener.</para>
/// <para>Linear in the number of tokens; thread-safe.</para>
/// </remarks>
public sealed class SentenceSplitter
{
    /// <summary>Capitalised function words that usually open a sentence; after <c>U.S.</c> they mark a boundary.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        [
            "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "There",
            "But", "And", "Or", "So", "Yet", "However", "In", "On", "At", "For", "If", "When", "While", "As", "After",
            "Before", "Since", "Although", "Though", "Its", "His", "Her", "Their", "Our", "My", "Some", "Many", "Most",
            "Such", "What", "Why", "How", "Who", "Where", "Then", "Now", "Meanwhile", "Moreover", "Still", "Thus",
            "Also", "Nor", "No", "Not", "According", "Despite", "During", "Under", "With", "By", "From",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared default splitter.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Splits the tokens of <paramref name="text"/> into sentences.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<Sentence> Split(string text, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(Math.Max(4, tokens.Count / 20));
        int count = tokens.Count;
        if (count == 0)
        {
            return sentences;
        }

        bool wrapped = IsHardWrapped(text);
        int first = 0;
        int datelineEnd = Dateline.StartsAt(tokens, 0) ? Dateline.TokenCount - 1 : -1;
        int placeDatelineEnd = PlaceDateline.EndAt(tokens, 0);
        int labelEnd = LabelEnd(text, tokens, 0);
        for (int i = 0; i < count; i++)
        {
            int next = i + 1;
            bool boundary;
            if (next >= count)
            {
                boundary = true;
            }
            else
            {
                LineBreak gap = LineBreakBetween(text, tokens.Ends[i], tokens.Starts[next]);
                if ((gap != LineBreak.None || Dateline.CanPrecede(tokens, i)) && Dateline.StartsAt(tokens, next))
                {
                    datelineEnd = next + Dateline.TokenCount - 1;
                }

                if (gap != LineBreak.None && PlaceDateline.EndAt(tokens, next) is int placeEnd and >= 0)
                {
                    placeDatelineEnd = placeEnd;
                }

                if (gap == LineBreak.Paragraph || (gap == LineBreak.Single && !wrapped) || i == placeDatelineEnd)
                {
                    boundary = true;
                }
                else if (Dateline.StartsAt(tokens, next) && Dateline.CanPrecede(tokens, i))
                {
                    // A dateline after a headline on the same line: "... self-medicating ants Tuesday, September 1, 2015".
                    boundary = true;
                }
                else if (i == datelineEnd && next < count && StartsUpper(tokens.CharsAt(next)))
                {
                    boundary = true;
                }
                else if (i == labelEnd)
                {
                    // "MS. JEAN-PIERRE: Good afternoon.": a speaker label is no part of its turn's first sentence.
                    boundary = true;
                }
                else if (IsTerminal(tokens, i))
                {
                    // Take closing quotes and brackets that hang on the terminal mark: `."` or `?)`.
                    int last = i;
                    while (last + 1 < count && IsClosing(text, tokens, last + 1))
                    {
                        last++;
                    }

                    if (last + 1 >= count)
                    {
                        i = last;
                        boundary = true;
                    }
                    else
                    {
                        boundary = CanOpenSentence(text, tokens, last + 1, tokens.CharsAt(i), lowerCaseMayOpen: last == i && IsBareMark(tokens, i));
                        if (boundary || last > i)
                        {
                            i = last;
                        }

                        if (!boundary)
                        {
                            LineBreak after = LineBreakBetween(text, tokens.Ends[i], tokens.Starts[i + 1]);
                            boundary = after == LineBreak.Paragraph || (after == LineBreak.Single && !wrapped);
                        }
                    }
                }
                else
                {
                    boundary = false;
                }
            }

            if (boundary)
            {
                sentences.Add(new Sentence(tokens.Starts[first], tokens.Ends[i], first, i - first + 1));
                first = i + 1;
                labelEnd = first < count ? LabelEnd(text, tokens, first) : -1;
            }
        }

        return sentences;
    }

    // The last token of a speaker label opening a line at token t (its colon, or a lone Q), or -1.
    private static int LabelEnd(string text, TokenList tokens, int t)
    {
        bool lineStart = t == 0 || LineBreakBetween(text, tokens.Ends[t - 1], tokens.Starts[t]) != LineBreak.None;
        return lineStart && SpeakerLabels.At(tokens, t) is { } label ? label.ContentToken - 1 : -1;
    }

    private static bool IsTerminal(TokenList tokens, int i)
    {
        ReadOnlySpan<char> t = tokens.CharsAt(i);
        TokenKind kind = tokens.Kinds[i];
        if (kind == TokenKind.Punctuation)
        {
            if (t is "[...]" or "[…]")
            {
                return true; // an elision in a quotation often swallows the sentence end
            }

            char c = t[0];
            return c is '.' or '!' or '?' or '…' or '。' or '！' or '？';
        }

        // An abbreviation or initialism that swallowed a period ("U.S.") may still end the sentence.
        if (kind == TokenKind.Word && t.Length > 1 && t[^1] == '.')
        {
            ReadOnlySpan<char> bare = t[..^1];
            return !(bare.IndexOf('.') < 0 && Abbreviations.IsTitle(bare)) && !IsInitial(bare);
        }

        return false;
    }

    private static bool IsInitial(ReadOnlySpan<char> bare) => bare.Length == 1 && char.IsUpper(bare[0]);

    private static bool CanOpenSentence(string text, TokenList tokens, int k, ReadOnlySpan<char> terminal, bool lowerCaseMayOpen)
    {
        ReadOnlySpan<char> t = tokens.CharsAt(k);
        TokenKind kind = tokens.Kinds[k];
        if (terminal.Length > 1 && terminal[^1] == '.' && char.IsLetter(terminal[0]))
        {
            // After "U.S." or "Inc." only a typical opener shows that a sentence ended.
            return OpenerLookup.Contains(t);
        }

        if (!HasSpaceBefore(text, tokens.Starts[k]) && kind != TokenKind.Quote)
        {
            return false; // ".NET", "Yahoo!'s", a file name: no space, no boundary
        }

        return kind switch
        {
            TokenKind.Word or TokenKind.Clitic => !char.IsLower(t[0]) || IsInnerCapital(t) || lowerCaseMayOpen,
            TokenKind.Number or TokenKind.Quote or TokenKind.Url or TokenKind.Symbol => true,
            _ => t[0] is '(' or '[' or '-' or '–' or '—' or '*' or '•' or '¿' or '¡',
        };
    }

    /// <summary>
    /// A lone <c>.</c>, <c>?</c> or <c>!</c> (not an ellipsis; the caller excludes one followed by a closing quote) ends a
    /// sentence even before a lower-case word: informal text often skips the capital ("call them today. they haven't
    /// heard from you"). Abbreviations mostly keep their period in their own token; a period glued to a single letter
    /// or a known abbreviation does not count. A quoted question before its reporting clause (<c>"Why?" he asked</c>)
    /// is excluded by the closing quote.
    /// </summary>
    private static bool IsBareMark(TokenList tokens, int i)
    {
        ReadOnlySpan<char> mark = tokens.CharsAt(i);
        if (mark is "?" or "!")
        {
            return true;
        }

        if (mark is not "." || i == 0)
        {
            return mark is ".";
        }

        // "v." or "p." split from its letter, or an abbreviation the tokenizer left apart, keeps the sentence open.
        ReadOnlySpan<char> before = tokens.CharsAt(i - 1);
        bool glued = tokens.Ends[i - 1] == tokens.Starts[i];
        return !(glued && tokens.Kinds[i - 1] == TokenKind.Word && (before.Length == 1 || Abbreviations.IsKnown(before)));
    }

    /// <summary>Brand names that start in lower case ("eBay", "wikiHow", "iPhone") can still open a sentence.</summary>
    private static bool IsInnerCapital(ReadOnlySpan<char> t) => t.Length > 1 && t[1..].IndexOfAnyInRange('A', 'Z') >= 0;

    private static bool StartsUpper(ReadOnlySpan<char> token) => char.IsUpper(token[0]);

    private static bool HasSpaceBefore(string text, int start) => start == 0 || char.IsWhiteSpace(text[start - 1]);

    private static bool IsClosing(string text, TokenList tokens, int k)
    {
        ReadOnlySpan<char> t = tokens.CharsAt(k);
        char c = t[0];
        if (c is ')' or ']' or '}' or '”' or '’' or '»' or '›')
        {
            return true;
        }

        if (tokens.Kinds[k] == TokenKind.Symbol && c is ':' or ';')
        {
            return true; // an emoticon closes the sentence it comments on: "right? :)"
        }

        if (c is '"' or '\'' or '“' or '‘')
        {
            // A straight quote (or an opening curly quote typed in place of a closing one) glued to the mark before it and followed by space or the end closes the quotation.
            int start = tokens.Starts[k];
            int end = tokens.Ends[k];
            bool glued = start > 0 && !char.IsWhiteSpace(text[start - 1]);
            bool spaceAfter = end >= text.Length || char.IsWhiteSpace(text[end]) || text[end] is ')' or ']' or ',' or '.';
            return glued && spaceAfter;
        }

        return false;
    }

    private enum LineBreak
    {
        None,
        Single,
        Paragraph,
    }

    private static LineBreak LineBreakBetween(string text, int from, int to)
    {
        int newlines = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c == '\n' || c == '\u2029' || c == '\u2028' || (c == '\r' && (k + 1 >= to || text[k + 1] != '\n')))
            {
                newlines++;
            }
        }

        return newlines switch
        {
            0 => LineBreak.None,
            1 => LineBreak.Single,
            _ => LineBreak.Paragraph,
        };
    }

    /// <summary>
    /// Hard-wrapped text breaks lines mid-sentence (the next line starts in lower case after a line with no
    /// final punctuation). When at least a third of line breaks look like that, single breaks are not boundaries.
    /// </summary>
    private static bool IsHardWrapped(string text)
    {
        int breaks = 0;
        int midSentence = 0;
        int index = text.IndexOf('\n');
        while (index >= 0 && index + 1 < text.Length)
        {
            int before = index - 1;
            while (before >= 0 && (text[before] == '\r' || text[before] == ' ' || text[before] == '\t'))
            {
                before--;
            }

            int after = index + 1;
            while (after < text.Length && (text[after] == ' ' || text[after] == '\t'))
            {
                after++;
            }

            if (before >= 0 && after < text.Length && text[after] != '\n' && text[after] != '\r')
            {
                breaks++;
                char last = text[before];
                if (char.IsLower(text[after]) && last is not ('.' or '!' or '?' or ':' or '"' or '”'))
                {
                    midSentence++;
                }
            }

            index = text.IndexOf('\n', index + 1);
        }

        return breaks >= 2 && midSentence * 3 >= breaks;
    }
}
