using System.Globalization;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// A fast, rule-based, span-preserving tokenizer for English news and commentary.
/// </summary>
/// <remarks>
/// <para>One left-to-right pass over the characters, no regular expressions, no backtracking: every
/// character is looked at a bounded number of times, so the cost is linear in the text length whatever
/// the input (100,000 dots or quotes in a row included).</para>
/// <para>Keeps whole: hyphenated words (<c>Anwar-ul-Haq</c>, unless <see cref="HyphenMode.Split"/>),
/// initialisms and abbreviations with their periods (<c>U.S.</c>, <c>Mr.</c>, <c>Jan.</c>), numbers with
/// separators (<c>2,300</c>, <c>1.7</c>, <c>10:30</c>), inner apostrophes (<c>O'Brien</c>), web and e-mail
/// addresses, ellipses and runs of one punctuation mark. Splits off: possessive and verbal clitics
/// (<c>'s</c>, <c>n't</c>, <c>'ll</c>), quotation marks, brackets, <c>%</c> and currency signs, en and
/// em dashes. Surrogate pairs (emoji) are never cut.</para>
/// <para>Thread-safe: the instance holds only its options.</para>
/// </remarks>
public sealed class Tokenizer
{
    private const int InitialCapacityDivisor = 5;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="hyphenMode">How to treat a hyphen between word characters.</param>
    public Tokenizer(HyphenMode hyphenMode = HyphenMode.Keep)
    {
        HyphenMode = hyphenMode;
    }

    /// <summary>The shared default tokenizer (<see cref="HyphenMode.Keep"/>).</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>How a hyphen between word characters is treated.</summary>
    public HyphenMode HyphenMode { get; }

    /// <summary>Splits <paramref name="text"/> into tokens.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TokenList Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new Builder(text.Length / InitialCapacityDivisor + 16);
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (IsSpaceOrControl(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsHighSurrogate(c))
            {
                i = ScanSurrogate(text, i);
                builder.Add(start, i, IsLetterAt(text, start) ? TokenKind.Word : TokenKind.Symbol);
            }
            else if (IsWordChar(c))
            {
                if (TryScanUrl(text, i, out int urlEnd))
                {
                    builder.Add(start, urlEnd, TokenKind.Url);
                    i = urlEnd;
                }
                else
                {
                    i = ScanWord(text, i, ref builder);
                }
            }
            else
            {
                i = ScanPunctuation(text, i, ref builder);
            }
        }

        return builder.Build(text);
    }

    private int ScanWord(string text, int start, ref Builder builder)
    {
        int n = text.Length;
        int j = start;
        bool startsWithDigit = char.IsDigit(text[start]);
        bool initialism = false; // letter.letter pattern such as U.S or e.g
        while (true)
        {
            while (j < n && IsWordChar(text[j]))
            {
                j++;
            }

            if (j >= n - 1)
            {
                break;
            }

            char c = text[j];
            char next = text[j + 1];
            char prev = text[j - 1];
            if (IsHyphen(c) && HyphenMode == HyphenMode.Keep && IsWordChar(next) && IsWordChar(prev))
            {
                j++;
                continue;
            }

            if ((c == '.' || c == ',' || c == ':' || c == '/') && char.IsDigit(prev) && char.IsDigit(next))
            {
                // Thousands separators need exactly three digits after the comma (2,300 but not "1,2 and 3").
                if (c != ',' || IsThousandsGroup(text, j + 1))
                {
                    j++;
                    continue;
                }
            }

            if (c == '.' && char.IsLetter(next) && char.IsLetter(prev) && IsSingleLetterSegment(text, start, j))
            {
                initialism = true;
                j++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(prev) && char.IsLetter(next))
            {
                if (CliticLength(text, j) > 0 || IsNegationClitic(text, start, j))
                {
                    break;
                }

                j++;
                continue;
            }

            if (c == '&' && char.IsUpper(prev) && char.IsUpper(next))
            {
                j++;
                continue;
            }

            break;
        }

        // n't: "don't" -> "do" + "n't"; the apostrophe is at j and the 'n' before it joins the clitic.
        if (j < n && IsNegationClitic(text, start, j))
        {
            builder.Add(start, j - 1, TokenKind.Word);
            builder.Add(j - 1, j + 2, TokenKind.Clitic);
            return j + 2;
        }

        int end = j;
        if (end < n && text[end] == '.' && !startsWithDigit && KeepsPeriod(text, start, end, initialism))
        {
            end++;
        }

        builder.Add(start, end, startsWithDigit ? TokenKind.Number : TokenKind.Word);
        if (end < n && IsApostrophe(text[end]))
        {
            int clitic = CliticLength(text, end);
            if (clitic > 0)
            {
                builder.Add(end, end + clitic, TokenKind.Clitic);
                return end + clitic;
            }
        }

        return end;
    }

    /// <summary>True when the apostrophe at <paramref name="j"/> is the middle of <c>n't</c> after a longer word.</summary>
    private static bool IsNegationClitic(string text, int start, int j) =>
        IsApostrophe(text[j]) && j - 1 > start && (text[j - 1] == 'n' || text[j - 1] == 'N')
        && j + 1 < text.Length && (text[j + 1] == 't' || text[j + 1] == 'T') && !IsLetterAt(text, j + 2);

    private static bool KeepsPeriod(string text, int start, int end, bool initialism)
    {
        if (initialism)
        {
            return true;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsLetter(word[0]) && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        if (word.Equals("No", StringComparison.Ordinal) || word.Equals("Nos", StringComparison.Ordinal))
        {
            int k = end + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            return k < text.Length && char.IsDigit(text[k]);
        }

        return Abbreviations.IsKnown(word);
    }

    private static bool IsSingleLetterSegment(string text, int start, int dot)
    {
        // The segment before this period (since the token start or the previous period) is one letter.
        int k = dot - 1;
        return k == start || text[k - 1] == '.';
    }

    private static bool IsThousandsGroup(string text, int k)
    {
        return k + 2 < text.Length && char.IsDigit(text[k]) && char.IsDigit(text[k + 1]) && char.IsDigit(text[k + 2])
            && (k + 3 >= text.Length || !char.IsDigit(text[k + 3]));
    }

    /// <summary>Length of a clitic starting at the apostrophe at <paramref name="k"/>, or 0.</summary>
    private static int CliticLength(string text, int k)
    {
        int n = text.Length;
        if (k + 1 >= n)
        {
            return 0;
        }

        char a = char.ToLowerInvariant(text[k + 1]);
        if ((a == 's' || a == 'd' || a == 'm') && !IsLetterAt(text, k + 2))
        {
            return 2;
        }

        if (k + 2 < n)
        {
            char b = char.ToLowerInvariant(text[k + 2]);
            if (((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e')) && !IsLetterAt(text, k + 3))
            {
                return 3;
            }
        }

        return 0;
    }

    private static int ScanPunctuation(string text, int start, ref Builder builder)
    {
        int n = text.Length;
        char c = text[start];
        int j = start + 1;
        if (IsApostrophe(c) && j < n)
        {
            int clitic = CliticLength(text, start);
            if (clitic > 0 && start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                builder.Add(start, start + clitic, TokenKind.Clitic);
                return start + clitic;
            }
        }

        TokenKind kind = ClassifyPunctuation(c);
        if (c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_' || c == '~' || c == '#'
            || c == '`' || c == '\'' || c == '…')
        {
            // Runs of the same mark stay one token ("...", "--", "!!!", "``", "''"), so no run costs more than linear time.
            while (j < n && (text[j] == c || (c == '!' && text[j] == '?') || (c == '?' && text[j] == '!')))
            {
                j++;
            }

            if (c == '\'' && j - start == 1)
            {
                kind = TokenKind.Quote;
            }
            else if (c == '`' || (c == '\'' && j - start == 2))
            {
                kind = TokenKind.Quote;
            }
        }
        builder.Add(start, j, kind);
        return j;
    }

    private static TokenKind ClassifyPunctuation(char c)
    {
        if (c is '"' or '\'' or '‘' or '’' or '“' or '”' or '„' or '‚' or '«' or '»' or '‹' or '›' or '`')
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
                return c is '%' or '&' or '@' or '#' or '*' or '‰' ? TokenKind.Symbol : TokenKind.Punctuation;
        }
    }

    private static bool TryScanUrl(string text, int start, out int end)
    {
        end = start;
        int n = text.Length;
        ReadOnlySpan<char> rest = text.AsSpan(start, Math.Min(12, n - start));
        bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        int j = start;
        bool sawAt = false;
        bool sawDotAfterAt = false;
        while (j < n && !IsSpaceOrControl(text[j]) && !IsBracketOrQuote(text[j]))
        {
            if (text[j] == '@')
            {
                sawAt = true;
            }
            else if (sawAt && text[j] == '.')
            {
                sawDotAfterAt = true;
            }

            j++;
        }

        if (!scheme && !(sawAt && sawDotAfterAt))
        {
            return false;
        }

        // Trailing sentence punctuation is not part of the address.
        while (j > start && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            j--;
        }

        if (!scheme)
        {
            // An e-mail address must have a letter or digit on both sides of '@'.
            int at = text.IndexOf('@', start, j - start);
            if (at <= start || at >= j - 1 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[at + 1]))
            {
                return false;
            }
        }

        end = j;
        return j > start;
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
                if (c == '\u200D' && j < text.Length && char.IsHighSurrogate(text[j]))
                {
                    j = j + 1 < text.Length && char.IsLowSurrogate(text[j + 1]) ? j + 2 : j + 1;
                }
            }
            else if (char.IsHighSurrogate(c) && j + 1 < text.Length && IsSkinToneOrTag(text, j))
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

    private static bool IsSkinToneOrTag(string text, int j)
    {
        int cp = char.ConvertToUtf32(text[j], text[j + 1]);
        return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static bool IsLetterAt(string text, int k)
    {
        if (k >= text.Length)
        {
            return false;
        }

        if (char.IsHighSurrogate(text[k]) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]))
        {
            return char.IsLetter(text, k);
        }

        return char.IsLetter(text[k]);
    }

    private static bool IsWordChar(char c)
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

    private static bool IsSpaceOrControl(char c) =>
        c <= ' ' || char.IsWhiteSpace(c) || (c >= '\u007F' && c <= '\u009F') || c == '\u200B' || c == '\uFEFF';

    private static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    private static bool IsApostrophe(char c) => c == '\'' || c == '’';

    private static bool IsBracketOrQuote(char c) =>
        c is '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '“' or '”' or '‘' or '«' or '»';

    /// <summary>Growable parallel arrays; a struct so that building allocates only the arrays themselves.</summary>
    private struct Builder
    {
        private int[] _starts;
        private int[] _ends;
        private TokenKind[] _kinds;
        private int _count;

        public Builder(int capacity)
        {
            _starts = new int[capacity];
            _ends = new int[capacity];
            _kinds = new TokenKind[capacity];
            _count = 0;
        }

        public void Add(int start, int end, TokenKind kind)
        {
            if (_count == _starts.Length)
            {
                int size = _starts.Length * 2;
                Array.Resize(ref _starts, size);
                Array.Resize(ref _ends, size);
                Array.Resize(ref _kinds, size);
            }

            _starts[_count] = start;
            _ends[_count] = end;
            _kinds[_count] = kind;
            _count++;
        }

        public readonly TokenList Build(string text) => new(text, _starts, _ends, _kinds, _count);
    }
}
