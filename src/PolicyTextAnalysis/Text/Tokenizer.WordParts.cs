using static PolicyTextAnalysis.Text.TextChars;

namespace PolicyTextAnalysis.Text;

/// <summary>The tests <see cref="Tokenizer"/> makes inside a word: where a period, hyphen, apostrophe or unit belongs.</summary>
public sealed partial class Tokenizer
{
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
}
