using System.Globalization;

namespace PolicyTextAnalysis.Text;

/// <summary>Character classes for the tokenizer, with ASCII fast paths (no Unicode table look-up for ASCII).</summary>
internal static class TextChars
{
    /// <summary>True when <paramref name="word"/> has letters and none in lower case (<c>MR.</c>, <c>G7</c>, <c>SENIOR</c>).</summary>
    public static bool IsWrittenInCapitals(ReadOnlySpan<char> word)
    {
        bool letters = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat <= UnicodeCategory.OtherLetter // Lu, Ll, Lt, Lm, Lo
            || cat == UnicodeCategory.NonSpacingMark
            || cat == UnicodeCategory.SpacingCombiningMark
            || cat == UnicodeCategory.EnclosingMark
            || cat == UnicodeCategory.DecimalDigitNumber
            || cat == UnicodeCategory.LetterNumber;
    }

    /// <summary>ASCII-first letter test.</summary>
    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>ASCII-first digit test (any Unicode decimal digit).</summary>
    public static bool IsDigit(char c) => c < 128 ? (uint)(c - '0') <= 9 : char.IsDigit(c);

    /// <summary>True for a letter at <paramref name="k"/>, including a letter outside the BMP; false past the end.</summary>
    public static bool IsLetterAt(string text, int k)
    {
        if ((uint)k >= (uint)text.Length)
        {
            return false;
        }

        char c = text[k];
        if (char.IsHighSurrogate(c) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]))
        {
            return char.IsLetter(text, k);
        }

        return IsLetter(c);
    }

    /// <summary>True for a word character at <paramref name="k"/>; false past the end.</summary>
    public static bool IsWordCharAt(string text, int k) => (uint)k < (uint)text.Length && IsWordChar(text[k]);

    /// <summary>Whitespace, control characters, zero-width space and byte-order marks: never part of a token.</summary>
    public static bool IsSpaceOrControl(char c) =>
        c <= ' ' || (c >= '\u007F' && (char.IsWhiteSpace(c) || c <= '\u009F' || c == '\u200B' || c == '\uFEFF'));

    /// <summary>True when <paramref name="k"/> is past the end or holds whitespace or a control character.</summary>
    public static bool IsSpaceOrEndAt(string text, int k) => k >= text.Length || IsSpaceOrControl(text[k]);

    /// <summary>Hyphen-minus, Unicode hyphen and non-breaking hyphen.</summary>
    public static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    /// <summary>True for a token that is a dash between words: em, en or horizontal bar, a hyphen or two standing alone.</summary>
    public static bool IsDashToken(ReadOnlySpan<char> w) => w is "\u2014" or "\u2013" or "\u2015" or "-" or "--";

    /// <summary>Straight and curly apostrophes.</summary>
    public static bool IsApostrophe(char c) => c == '\'' || c == '’';

    /// <summary>An apostrophe, or a grave accent typed in its place between letters (<c>don`t</c>).</summary>
    public static bool IsInnerApostrophe(char c) => c == '\'' || c == '’' || c == '`';

    /// <summary>Brackets and quotation marks, which end a web address.</summary>
    public static bool IsBracketOrQuote(char c) =>
        c is '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '“' or '”' or '‘' or '«' or '»';

    /// <summary>Coarse kind of a punctuation or symbol character.</summary>
    public static TokenKind ClassifyPunctuation(char c)
    {
        if (c < 128)
        {
            return c switch
            {
                '"' or '\'' or '`' => TokenKind.Quote,
                '%' or '&' or '@' or '#' or '*' or '$' or '+' or '<' or '=' or '>' or '^' or '|' or '~' => TokenKind.Symbol,
                _ => TokenKind.Punctuation,
            };
        }

        if (c is '‘' or '’' or '“' or '”' or '„' or '‚' or '«' or '»' or '‹' or '›')
        {
            return TokenKind.Quote;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return TokenKind.Symbol;
            default:
                return c == '‰' ? TokenKind.Symbol : TokenKind.Punctuation;
        }
    }
}
