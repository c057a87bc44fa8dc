using System.Globalization;

namespace PolicyTextAnalysis.Entities;

/// <summary>Dates and times: months, weekdays, clock times, deictic and relative expressions.</summary>
internal sealed partial class NumericGrammar
{
    // "in May", "by March": after these a capitalised month name is the month, not the verb or the modal.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DatePrepositions =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next", "this", "of", "from", "before",
             "after", "through", "throughout", "between", "until", "on"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private NumericMatch? Temporal(int i, ReadOnlySpan<char> t)
    {
        if (NumericLexicon.Months.TryGetValue(t, out int month))
        {
            return MonthFirst(i, month, t);
        }

        int dash = NumberText.IndexOfDash(t);
        if (dash > 0 && NumericLexicon.Months.TryGetValue(t[..dash], out int from) && NumericLexicon.Months.TryGetValue(t[(dash + 1)..], out int to))
        {
            // "June-September" (one token) with an optional year: a range of months.
            int end = i + 1;
            string year = "XXXX";
            if (end < _limit && NumberText.IsYear(Chars(end), out int y))
            {
                year = y.ToString(CultureInfo.InvariantCulture);
                end++;
            }

            return new NumericMatch(i, end, EntityLabels.Date, null, Normalized: $"{year}-{NumberText.Two(from)}/{year}-{NumberText.Two(to)}");
        }

        if (dash > 0 && t[..dash].Equals("mid", StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> after = t[(dash + 1)..];
            if (NumberText.IsYear(after, out int midYear))
            {
                return new NumericMatch(i, i + 1, EntityLabels.Date, null, Normalized: midYear.ToString(CultureInfo.InvariantCulture));
            }

            if (NumericLexicon.Months.TryGetValue(after, out int midMonth))
            {
                return MonthFirst(i, midMonth, after) is { } m ? m with { First = i } : null;
            }
        }

        if (NumericLexicon.Weekdays.TryGetValue(t, out int weekday))
        {
            string normalized = $"XXXX-WXX-{weekday}";
            return i + 1 < _limit && NumericLexicon.DayParts.Contains(Chars(i + 1))
                ? new NumericMatch(i, i + 2, EntityLabels.Time, null, Normalized: normalized)
                : new NumericMatch(i, i + 1, EntityLabels.Date, null, Normalized: normalized);
        }

        if (NumericLexicon.DeicticDates.Contains(t))
        {
            return i + 1 < _limit && NumericLexicon.DayParts.Contains(Chars(i + 1))
                ? new NumericMatch(i, i + 2, EntityLabels.Time, null)
                : new NumericMatch(i, i + 1, EntityLabels.Date, null);
        }

        if (t.Equals("tonight", StringComparison.OrdinalIgnoreCase) || t.Equals("noon", StringComparison.OrdinalIgnoreCase)
            || t.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            string? normalized = t.Equals("noon", StringComparison.OrdinalIgnoreCase) ? "T12:00"
                : t.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? "T00:00" : null;
            return new NumericMatch(i, i + 1, EntityLabels.Time, null, Normalized: normalized);
        }

        return NumericLexicon.RelativeOpeners.Contains(t) ? Relative(i) : null;
    }

    private NumericMatch? MonthFirst(int i, int month, ReadOnlySpan<char> name)
    {
        int end = i + 1;
        int day = 0;
        if (end < _limit && _tokens.Kinds[end] == TokenKind.Number && TryDay(Chars(end), out day))
        {
            end++;
        }

        int year = 0;
        // "March 12, 2024", "March, 2003", "September of 1991".
        int yearAt = end < _limit && (Chars(end) is "," || (day == 0 && Is(end, "of"))) ? end + 1 : end;
        if (yearAt < _limit && NumberText.IsYear(Chars(yearAt), out year))
        {
            end = yearAt + 1;
        }

        // "May", "March" and bare abbreviations are ordinary words unless a day or a year is next to them.
        bool ambiguous = name is "May" or "March" || (name.Length <= 4 && name is not ("June" or "July") && name[^1] != '.');
        if (day == 0 && year == 0 && ambiguous && !AfterDatePreposition(i))
        {
            return null;
        }

        string y = year > 0 ? year.ToString(CultureInfo.InvariantCulture) : "XXXX";
        string normalized = day > 0 ? $"{y}-{NumberText.Two(month)}-{NumberText.Two(day)}" : $"{y}-{NumberText.Two(month)}";
        return new NumericMatch(i, end, EntityLabels.Date, null, Normalized: normalized);
    }

    private bool AfterDatePreposition(int i) =>
        i > 0 && _tokens.Kinds[i - 1] == TokenKind.Word && DatePrepositions.Contains(_tokens.CharsAt(i - 1));

    private NumericMatch DayMonth(int i, int day, int month)
    {
        // "12 March 2024", "5 June".
        int end = i + 2;
        string year = "XXXX";
        if (end < _limit && NumberText.IsYear(Chars(end), out int y))
        {
            year = y.ToString(CultureInfo.InvariantCulture);
            end++;
        }

        return new NumericMatch(i, end, EntityLabels.Date, null, Normalized: $"{year}-{NumberText.Two(month)}-{NumberText.Two(day)}");
    }

    private NumericMatch? Relative(int i)
    {
        if (i + 1 >= _limit)
        {
            return null;
        }

        ReadOnlySpan<char> opener = Chars(i);
        ReadOnlySpan<char> next = Chars(i + 1);
        bool edge = opener.Equals("early", StringComparison.OrdinalIgnoreCase) || opener.Equals("late", StringComparison.OrdinalIgnoreCase)
            || opener.Equals("mid", StringComparison.OrdinalIgnoreCase);
        if (edge)
        {
            // "early 2023", "late August 2021": the opener belongs to the date.
            NumericMatch? inner = Core(i + 1);
            return inner is { Label: EntityLabels.Date, Normalized: { } n } m && !n.StartsWith('P') ? m with { First = i } : null;
        }

        if (opener.Equals("recent", StringComparison.OrdinalIgnoreCase) || opener.Equals("same", StringComparison.OrdinalIgnoreCase)
            || opener.Equals("that", StringComparison.OrdinalIgnoreCase) || opener.Equals("following", StringComparison.OrdinalIgnoreCase))
        {
            return NumericLexicon.RelativePeriods.Contains(next) ? new NumericMatch(i, i + 2, EntityLabels.Date, null) : null;
        }

        if (NumericLexicon.DayParts.Contains(next))
        {
            // "this morning", "last night".
            return new NumericMatch(i, i + 2, EntityLabels.Time, null);
        }

        if (NumericLexicon.RelativePeriods.Contains(next) || NumericLexicon.Weekdays.ContainsKey(next)
            || (NumericLexicon.Months.TryGetValue(next, out _) && next.Length > 3))
        {
            return new NumericMatch(i, i + 2, EntityLabels.Date, null);
        }

        if (opener.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "the past few years", "the last several months", "the next couple of months".
        int count = NumericLexicon.VaguePeriodCounts.Contains(Chars(i + 1)) ? i + 2 : Is(i + 1, "couple") && Is(i + 2, "of") ? i + 3 : -1;
        if (count > 0 && count < _limit && Chars(count) is var plural && NumericLexicon.PluralPeriods.Contains(plural))
        {
            return new NumericMatch(i, count + 1, EntityLabels.Date, null);
        }

        // "the past two decades", "the next 10 years": a duration counted from now.
        NumericMatch? duration = _tokens.Kinds[i + 1] == TokenKind.Number ? NumberToken(i + 1, null) : NumberWords(i + 1);
        return duration is { Label: EntityLabels.Date or EntityLabels.Time, Unit: not null } d ? d with { First = i } : null;
    }

    private NumericMatch? Clock(int i, ReadOnlySpan<char> t)
    {
        int colon = t.IndexOf(':');
        if (colon is < 1 or > 2 || t.Length != colon + 3 || !int.TryParse(t[..colon], out int hour) || !int.TryParse(t[(colon + 1)..], out int minute)
            || hour > 24 || minute > 59)
        {
            return null;
        }

        int end = i + 1;
        string normalized = $"T{NumberText.Two(hour)}:{NumberText.Two(minute)}";
        if (end < _limit && NumericLexicon.ClockSuffixes.Contains(Chars(end)))
        {
            normalized = ClockForm(hour, minute, Chars(end));
            end++;
        }

        return new NumericMatch(i, WithTimeZone(end), EntityLabels.Time, null, Normalized: normalized);
    }

    /// <summary>"9.15am", "2.35 p.m.": a British clock time, only with its am/pm (else it is a decimal).</summary>
    private NumericMatch? DottedClock(int i, ReadOnlySpan<char> t)
    {
        int dot = t.IndexOf('.');
        if (dot is < 1 or > 2 || t.Length != dot + 3 || i + 1 >= _limit || !int.TryParse(t[..dot], out int hour)
            || !int.TryParse(t[(dot + 1)..], out int minute) || hour is < 1 or > 12 || minute > 59)
        {
            return null;
        }

        ReadOnlySpan<char> suffix = Chars(i + 1);
        if (!(suffix.StartsWith("a", StringComparison.OrdinalIgnoreCase) || suffix.StartsWith("p", StringComparison.OrdinalIgnoreCase))
            || !NumericLexicon.ClockSuffixes.Contains(suffix))
        {
            return null;
        }

        return new NumericMatch(i, WithTimeZone(i + 2), EntityLabels.Time, null, Normalized: ClockForm(hour, minute, suffix));
    }

    /// <summary>The end after a time zone following a clock time (<c>EDT</c>, <c>Eastern</c>, <c>Eastern Time</c>).</summary>
    private int WithTimeZone(int end)
    {
        if (end < _limit && NumericLexicon.TimeZones.Contains(Chars(end)))
        {
            end++;
            if (end < _limit && Chars(end) is "Time" or "time" && char.IsUpper(Chars(end - 1)[0]))
            {
                end++;
            }
        }

        return end;
    }

    private static string ClockForm(double hour, int minute, ReadOnlySpan<char> suffix)
    {
        int h = (int)hour;
        bool pm = suffix.StartsWith("p", StringComparison.OrdinalIgnoreCase);
        bool am = suffix.StartsWith("a", StringComparison.OrdinalIgnoreCase);
        if (pm && h < 12)
        {
            h += 12;
        }
        else if (am && h == 12)
        {
            h = 0;
        }

        return $"T{NumberText.Two(h)}:{NumberText.Two(minute)}";
    }

    private static bool TryDay(ReadOnlySpan<char> t, out int day)
    {
        day = 0;
        int digits = 0;
        while (digits < t.Length && digits < 2 && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        bool ok = digits > 0 && (digits == t.Length || NumberText.IsOrdinalSuffix(t[digits..]))
            && int.TryParse(t[..digits], out day) && day is >= 1 and <= 31;
        if (!ok)
        {
            day = 0;
        }

        return ok;
    }
}
