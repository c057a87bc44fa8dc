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
public sealed partial class Tokenizer
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
        // A few slots beyond the estimate: the gazetteer tokenizes some 24,000 short names at start-up, where a larger
        // fixed margin was most of each name's arrays (profile-startup: 21.8 -> 19.2 MB for the gazetteer).
        var builder = new Builder(text.Length / InitialCapacityDivisor + 4);
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
}
