using static PolicyTextAnalysis.Text.TextChars;

namespace PolicyTextAnalysis.Text;

/// <summary>The look-aheads of <see cref="Tokenizer"/> that keep web and e-mail addresses, domains and telephone numbers whole; each bounded, so the pass stays linear.</summary>
public sealed partial class Tokenizer
{
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
}
