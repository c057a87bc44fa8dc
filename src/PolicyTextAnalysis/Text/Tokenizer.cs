using static PolicyTextAnalysis.Text.TextChars;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// A fast, rule-based, span-preserving tokenizer for English news and commentary.
/// </summary>
/// <remarks>
/// <para>One left-to-right pass over the characters, no regular expressions, no backtracking: every
/// character is looked at a bounded number of times, so the cost is linear in the text length whatever
/// the input (100,000 dots or quotes in a row included).</para>
/// <para>Keeps whole: hyphenated words (<c>Anwar-ul-Haq</c>; in <see cref="HyphenMode.Split"/> only those
/// after a bound prefix such as <c>re-elected</c>, as Universal Dependencies English does), initialisms and
/// abbreviations with their periods (<c>U.S.</c>, <c>Mr.</c>, <c>Jan.</c>, <c>et al.</c>), numbers with
/// separators (<c>2,300</c>, <c>1.7</c>, <c>10:30</c>), inner apostrophes (<c>O'Brien</c>), web and e-mail
/// addresses and bare domains (<c>example.com</c>), hashtags and handles, list labels (<c>a)</c>), ellipses and
/// runs of one punctuation mark. Splits off: possessive and verbal clitics (<c>'s</c>, <c>n't</c>, <c>'ll</c>),
/// fused forms (<c>can</c> <c>not</c>, <c>gon</c> <c>na</c>), units glued to numbers (<c>6:00</c> <c>am</c>),
/// quotation marks, brackets, slashes between words, <c>%</c> and currency signs, en and em dashes.
/// Surrogate pairs (emoji) are never cut; lone surrogates and control characters are skipped like spaces.</para>
/// <para>Thread-safe: the instance holds only its options.</para>
/// </remarks>
public sealed class Tokenizer
{
    private const int InitialCapacityDivisor = 5;
    private const int ListMarkerLookBack = 100;
    private const int MaxMailLength = 254;
    private const int MaxDomainSegments = 4;
    private const int MaxDomainSegmentLength = 40;

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
            if (c <= ' ' || IsSpaceOrControl(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= n || !char.IsLowSurrogate(text[i + 1]))
                {
                    i++; // a lone surrogate is broken UTF-16: skipped like a control character, never a token
                    continue;
                }

                i = ScanSurrogate(text, i);
                builder.Add(start, i, IsLetterAt(text, start) ? TokenKind.Word : TokenKind.Symbol);
            }
            else if (IsWordChar(c))
            {
                if ((c | 0x20) is 'h' or 'w' && TryScanUrl(text, i, mail: false, out int urlEnd))
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
        bool startsWithDigit = IsDigit(text[start]);
        bool initialism = false; // letter.letter pattern such as U.S or e.g
        bool domain = false; // name.com
        bool plain = true; // letters and digits only so far
        if (startsWithDigit && HyphenMode == HyphenMode.Split && PhoneNumberEnd(text, start) is int phoneEnd and > 0)
        {
            // UD splits hyphenated numbers ("1990-1995") but keeps a telephone number whole ("713-654-0365").
            builder.Add(start, phoneEnd, TokenKind.Number);
            return phoneEnd;
        }

        while (true)
        {
            while (j < n)
            {
                char w = text[j];
                if (w < 128 ? ((uint)((w | 0x20) - 'a') <= 'z' - 'a' || (uint)(w - '0') <= 9) : IsWordChar(w))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (j >= n - 1)
            {
                break;
            }

            char c = text[j];
            char next = text[j + 1];
            char prev = text[j - 1];
            if (IsHyphen(c) && IsWordChar(next) && IsWordChar(prev))
            {
                // UD splits hyphenated compounds but keeps bound prefixes attached: "re-elected", "non-profit".
                if (HyphenMode == HyphenMode.Keep
                    || (plain && IsLetter(next) && WordRules.IsBoundPrefix(text.AsSpan(start, j - start))))
                {
                    j++;
                    plain = false;
                    continue;
                }

                break;
            }

            if ((c == '.' || c == ',' || c == ':' || c == '/') && IsDigit(prev) && IsDigit(next))
            {
                // Thousands separators need exactly three digits after the comma (2,300 but not "1,2 and 3").
                if (c != ',' || IsThousandsGroup(text, j + 1))
                {
                    j++;
                    plain = false;
                    continue;
                }
            }

            if (c is '.' or '-' or '+' && IsWordChar(prev) && IsWordChar(next) && MailLocalPartReachesAt(text, j)
                && TryScanUrl(text, start, mail: true, out int dottedMailEnd))
            {
                builder.Add(start, dottedMailEnd, TokenKind.Url); // "kent.shoemaker@example.com"
                return dottedMailEnd;
            }

            if (c == '.' && IsLetter(next) && IsLetter(prev))
            {
                if (IsSingleLetterSegment(text, start, j))
                {
                    initialism = true;
                    plain = false;
                    j++;
                    continue;
                }

                if (!startsWithDigit && TryDomainEnding(text, j, out int domainEnd))
                {
                    domain = true;
                    plain = false;
                    j = domainEnd;
                    continue;
                }
            }

            if (IsInnerApostrophe(c) && IsLetter(prev) && IsLetter(next))
            {
                if (c == '`' || CliticLength(text, j) > 0 || IsNegationClitic(text, start, j))
                {
                    break;
                }

                j++;
                plain = false;
                continue;
            }

            if (c == '_' && IsWordChar(prev) && IsWordChar(next))
            {
                j++; // identifiers and file names: "Lisa_resume"
                plain = false;
                continue;
            }

            if (c == '&' && char.IsUpper(prev) && char.IsUpper(next))
            {
                j++;
                plain = false;
                continue;
            }

            break;
        }

        if (j < n && text[j] == '@' && IsWordCharAt(text, j + 1) && TryScanUrl(text, start, mail: true, out int mailEnd))
        {
            builder.Add(start, mailEnd, TokenKind.Url);
            return mailEnd;
        }

        // n't: "don't" -> "do" + "n't"; the apostrophe is at j and the 'n' before it joins the clitic.
        if (j < n && IsNegationClitic(text, start, j))
        {
            builder.Add(start, j - 1, TokenKind.Word);
            builder.Add(j - 1, j + 2, TokenKind.Clitic);
            return j + 2;
        }

        if (plain)
        {
            int split = startsWithDigit ? 0 : WordRules.FusedSplit(text.AsSpan(start, j - start));
            if (split > 0)
            {
                builder.Add(start, start + split, TokenKind.Word);
                builder.Add(start + split, j, TokenKind.Word);
                return j;
            }
        }

        if (startsWithDigit && TrySplitUnit(text, start, j, ref builder))
        {
            return j;
        }

        int end = j;
        TokenKind kind = domain ? TokenKind.Url : startsWithDigit ? TokenKind.Number : TokenKind.Word;
        if (end < n)
        {
            char after = text[end];
            if (after == '.' && !startsWithDigit && !domain && KeepsPeriod(text, start, end, initialism))
            {
                end++;
            }
            else if (after == '(' && end + 2 < n && text[end + 1] == 's' && text[end + 2] == ')' && !IsWordCharAt(text, end + 3))
            {
                end += 3; // optional plural: "Governor(s)"
            }
            else if (after == ')' && IsListMarker(text, start, end))
            {
                end++; // "a)", "2)" opening a list item
                kind = TokenKind.Punctuation;
            }
            else if (after == '$' && plain && !startsWithDigit && end - start <= 3 && IsAllUpper(text.AsSpan(start, end - start)))
            {
                end++; // "US$", "HK$"
                kind = TokenKind.Symbol;
            }
            else if (after == '-' && plain && IsSuspendedHyphen(text, end))
            {
                end++; // suspended hyphen: "pre- and post-war", "short- or long-term"
            }
        }

        if (startsWithDigit && end - start == 4 && text[end - 1] == '0' && end + 1 < n && IsApostrophe(text[end])
            && text[end + 1] == 's' && !IsWordCharAt(text, end + 2))
        {
            end += 2; // a decade: "1930's"
        }

        builder.Add(start, end, kind);
        if (end < n && IsInnerApostrophe(text[end]))
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

    /// <summary>Splits a unit glued to a number ("6:00am", "10km"); false when the token has none.</summary>
    private static bool TrySplitUnit(string text, int start, int end, ref Builder builder)
    {
        int k = end;
        while (k > start && IsLetter(text[k - 1]))
        {
            k--;
        }

        if (k == end || k == start || !IsDigit(text[k - 1]) || !WordRules.IsUnit(text.AsSpan(k, end - k)))
        {
            return false;
        }

        builder.Add(start, k, TokenKind.Number);
        builder.Add(k, end, TokenKind.Word);
        return true;
    }

    /// <summary>
    /// At the period <paramref name="dot"/> between letters: true when up to <see cref="MaxDomainSegments"/>
    /// dotted segments after it end in a top-level domain or file extension ("podiobooks.com",
    /// "irc.example.net", "report.pdf"), with <paramref name="end"/> after the last one. Segments are capped
    /// in length so the look-ahead stays bounded.
    /// </summary>
    private static bool TryDomainEnding(string text, int dot, out int end)
    {
        end = dot;
        int n = text.Length;
        int segmentStart = dot + 1;
        for (int segment = 0; segment < MaxDomainSegments; segment++)
        {
            int k = segmentStart;
            while (k < n && k - segmentStart < MaxDomainSegmentLength && (IsLetter(text[k]) || IsDigit(text[k]) || text[k] == '-'))
            {
                k++;
            }

            if (k < n && text[k] == '.' && IsLetterAt(text, k + 1))
            {
                segmentStart = k + 1; // another label: "bbc.co.uk"
                continue;
            }

            end = k;
            return k > segmentStart && !IsWordCharAt(text, k) && text[k - 1] != '-'
                && WordRules.IsTopLevelDomain(text.AsSpan(segmentStart, k - segmentStart));
        }

        return false;
    }

    /// <summary>The hyphen at <paramref name="hyphen"/> ends a word and a space and a coordinator follow: "pre- and post-war".</summary>
    private static bool IsSuspendedHyphen(string text, int hyphen)
    {
        int k = hyphen + 1;
        if (k >= text.Length || text[k] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan(k + 1);
        return (rest.StartsWith("and ", StringComparison.Ordinal) || rest.StartsWith("or ", StringComparison.Ordinal)
            || rest.StartsWith("to ", StringComparison.Ordinal) || rest.StartsWith("nor ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True for a list-item label: one lower-case letter or a one- or two-digit number after a space or line
    /// start, followed by ')' and a space, with no '(' open earlier on the line (which would make it "(see 2)").
    /// </summary>
    private static bool IsListMarker(string text, int start, int end)
    {
        int length = end - start;
        bool label = (length == 1 && char.IsLower(text[start])) || (length <= 2 && IsDigit(text[start]) && IsDigit(text[end - 1]));
        if (!label || (start > 0 && !IsSpaceOrControl(text[start - 1])) || !IsSpaceOrEndAt(text, end + 1))
        {
            return false;
        }

        // Bounded look-back keeps the tokenizer linear.
        for (int k = start - 1; k >= 0 && k >= start - ListMarkerLookBack; k--)
        {
            char c = text[k];
            if (c == '\n' || c == ')')
            {
                return true;
            }

            if (c == '(')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the apostrophe at <paramref name="j"/> is the middle of <c>n't</c> after a longer word.</summary>
    private static bool IsNegationClitic(string text, int start, int j) =>
        IsInnerApostrophe(text[j]) && j - 1 > start && (text[j - 1] == 'n' || text[j - 1] == 'N')
        && j + 1 < text.Length && (text[j + 1] == 't' || text[j + 1] == 'T') && !IsLetterAt(text, j + 2);

    private static bool KeepsPeriod(string text, int start, int end, bool initialism)
    {
        if (initialism)
        {
            return true;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        if (word.Equals("No", StringComparison.Ordinal) || word.Equals("Nos", StringComparison.Ordinal))
        {
            return IsDigitAfterSpaces(text, end + 1);
        }

        if (word.Equals("al", StringComparison.Ordinal))
        {
            return start >= 3 && text.AsSpan(start - 3, 3).Equals("et ", StringComparison.Ordinal); // "et al."
        }

        return Abbreviations.IsKnown(word);
    }

    private static bool IsDigitAfterSpaces(string text, int k)
    {
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && IsDigit(text[k]);
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

    /// <summary>
    /// True when the characters from <paramref name="j"/> (a <c>.</c>, <c>-</c> or <c>+</c> inside a word) run on through
    /// letters, digits and <c>. - _ +</c> to an <c>@</c> within the 64 characters a mailbox name may have.
    /// </summary>
    private static bool MailLocalPartReachesAt(string text, int j)
    {
        int limit = Math.Min(text.Length - 1, j + 64);
        for (int k = j; k < limit; k++)
        {
            char c = text[k];
            if (c == '@')
            {
                return char.IsLetterOrDigit(text[k + 1]);
            }

            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '+'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a telephone number at <paramref name="start"/> (digit groups joined by single hyphens, the last of four
    /// digits and the others of one to three, as in <c>713-654-0365</c>, <c>571-9571</c>, <c>3-1663</c>), or -1.
    /// </summary>
    private static int PhoneNumberEnd(string text, int start)
    {
        int k = start, groups = 0, length = 0;
        while (true)
        {
            int groupStart = k;
            while (k < text.Length && k - groupStart < 5 && IsDigit(text[k]))
            {
                k++;
            }

            length = k - groupStart;
            groups++;
            if (k + 1 < text.Length && text[k] == '-' && IsDigit(text[k + 1]) && length <= 3 && groups < 4)
            {
                k++;
                continue;
            }

            break;
        }

        bool ends = k >= text.Length || !(char.IsLetterOrDigit(text[k]) || IsHyphen(text[k]));
        return groups >= 2 && length == 4 && ends ? k : -1;
    }

    /// <summary>
    /// A web address starting with a scheme or <c>www.</c>, or (when <paramref name="mail"/>) an e-mail address.
    /// E-mail scans are capped at <see cref="MaxMailLength"/> characters so that a long run of <c>a@a@a@</c>
    /// costs linear time.
    /// </summary>
    private static bool TryScanUrl(string text, int start, bool mail, out int end)
    {
        end = start;
        int n = text.Length;
        ReadOnlySpan<char> rest = text.AsSpan(start, Math.Min(12, n - start));
        bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!scheme && !mail)
        {
            return false;
        }

        int limit = scheme ? n : Math.Min(n, start + MaxMailLength);
        int j = start;
        bool sawAt = false;
        bool sawDotAfterAt = false;
        while (j < limit && !IsSpaceOrControl(text[j]) && !IsBracketOrQuote(text[j]) && !char.IsSurrogate(text[j]))
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
