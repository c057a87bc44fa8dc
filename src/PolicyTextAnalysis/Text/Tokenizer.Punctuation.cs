using static PolicyTextAnalysis.Text.TextChars;

namespace PolicyTextAnalysis.Text;

/// <summary>The punctuation, emoticon and emoji scanning of <see cref="Tokenizer"/>.</summary>
public sealed partial class Tokenizer
{
    private static int ScanPunctuation(string text, int start, ref Builder builder)
    {
        int n = text.Length;
        char c = text[start];
        int j = start + 1;
        bool atWordStart = start == 0 || IsSpaceOrControl(text[start - 1]) || IsBracketOrQuote(text[start - 1]);
        if (IsInnerApostrophe(c) && j < n)
        {
            int clitic = CliticLength(text, start);
            // A clitic after its word, or after one space in text tokenized Penn-Treebank style ("it 's").
            if (clitic > 0 && start > 0 && (char.IsLetterOrDigit(text[start - 1])
                || (text[start - 1] == ' ' && start > 1 && IsLetter(text[start - 2]) && IsSpaceOrEndAt(text, start + clitic))))
            {
                builder.Add(start, start + clitic, TokenKind.Clitic);
                return start + clitic;
            }
        }

        if ((c == '#' || c == '@') && atWordStart && IsLetterAt(text, j))
        {
            // A hashtag or handle: "#IStandWithAhmed", "@POTUS".
            while (j < n && (IsWordChar(text[j]) || text[j] == '_'))
            {
                j++;
            }

            builder.Add(start, j, TokenKind.Word);
            return j;
        }

        if (c == '[' && j + 1 < n && (text.AsSpan(j).StartsWith("...]", StringComparison.Ordinal) || text.AsSpan(j).StartsWith("…]", StringComparison.Ordinal)))
        {
            j += text[j] == '…' ? 2 : 4; // an editorial elision: "[...]"
            builder.Add(start, j, TokenKind.Punctuation);
            return j;
        }

        if ((c == ':' || c == ';') && atWordStart && TryEmoticon(text, start, out int emoticonEnd))
        {
            builder.Add(start, emoticonEnd, TokenKind.Symbol);
            return emoticonEnd;
        }

        TokenKind kind = ClassifyPunctuation(c);
        if (c is '.' or '-' or '!' or '?' or '*' or '=' or '_' or '~' or '#' or '`' or '\'' or '…' or '<' or '>')
        {
            // Runs of the same mark stay one token ("...", "--", "!!!", "``", "''"), so no run costs more than linear time.
            while (j < n && (text[j] == c || (c == '!' && text[j] == '?') || (c == '?' && text[j] == '!')))
            {
                j++;
            }

            if (c == '`' || (c == '\'' && j - start <= 2))
            {
                kind = TokenKind.Quote;
            }
        }

        builder.Add(start, j, kind);
        return j;
    }

    /// <summary>A smiley such as ":)", ";-)" or ":(" standing alone between spaces.</summary>
    private static bool TryEmoticon(string text, int start, out int end)
    {
        int k = start + 1;
        if (k < text.Length && text[k] == '-')
        {
            k++;
        }

        end = k + 1;
        return k < text.Length && text[k] is ')' or '(' or 'D' or 'P' && IsSpaceOrEndAt(text, k + 1);
    }

    private static int ScanSurrogate(string text, int i)
    {
        // A well-formed pair is one unit; keep joiners and variation selectors with the pictograph they modify.
        int j = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
        while (j < text.Length)
        {
            char c = text[j];
            if (c == '\u200D' || (c >= '\uFE00' && c <= '\uFE0F'))
            {
                j++;
                if (c == '\u200D' && IsPairAt(text, j))
                {
                    j += 2;
                }
            }
            else if (IsPairAt(text, j) && IsSkinToneOrTag(text, j))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool IsPairAt(string text, int j) =>
        j + 1 < text.Length && char.IsHighSurrogate(text[j]) && char.IsLowSurrogate(text[j + 1]);

    private static bool IsSkinToneOrTag(string text, int j)
    {
        int cp = char.ConvertToUtf32(text[j], text[j + 1]);
        return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
    }
}
