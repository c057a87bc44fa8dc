using System.Collections.Frozen;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// Recognises a news dateline, <c>Tuesday, September 1, 2015</c>, which news pages print on the headline's line
/// or the first line of the story without punctuation around it: it is a sentence of its own.
/// </summary>
internal static class Dateline
{
    /// <summary>Tokens in "Weekday , Month Day , Year".</summary>
    public const int TokenCount = 6;

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
            "Nov.", "Dec.",
        ],
        StringComparer.Ordinal);

    /// <summary>Words after which a date belongs to the running sentence ("on Tuesday, May 5, 2015").</summary>
    private static readonly FrozenSet<string> Leads = FrozenSet.ToFrozenSet(
        [
            "on", "by", "until", "till", "since", "from", "last", "next", "this", "that", "before", "after", "of",
            "every", "through", "to", "and", "or", "between", "dated", "until", "than", "early", "late", "as",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadLookup = Leads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when tokens <paramref name="k"/>.. spell "Weekday , Month Day , Year".</summary>
    public static bool StartsAt(TokenList tokens, int k)
    {
        if (k + TokenCount > tokens.Count || !WeekdayLookup.Contains(tokens.CharsAt(k)))
        {
            return false;
        }

        ReadOnlySpan<char> day = tokens.CharsAt(k + 3);
        ReadOnlySpan<char> year = tokens.CharsAt(k + 5);
        return tokens.CharsAt(k + 1) is "," && MonthLookup.Contains(tokens.CharsAt(k + 2))
            && day.Length <= 2 && char.IsAsciiDigit(day[0]) && tokens.CharsAt(k + 4) is ","
            && year.Length == 4 && char.IsAsciiDigit(year[0]) && char.IsAsciiDigit(year[3]);
    }

    /// <summary>
    /// True when token <paramref name="k"/> (just before a dateline) is a word or quote that cannot lead into
    /// the date within one sentence: not punctuation and not a preposition or determiner.
    /// </summary>
    public static bool CanPrecede(TokenList tokens, int k)
    {
        TokenKind kind = tokens.Kinds[k];
        return (kind is TokenKind.Word or TokenKind.Quote or TokenKind.Number) && !LeadLookup.Contains(tokens.CharsAt(k));
    }
}
