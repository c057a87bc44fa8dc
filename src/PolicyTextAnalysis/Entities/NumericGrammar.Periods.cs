namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Periods without a number that OntoNotes still marks DATE: frequencies (<c>every day</c>, <c>per year</c>,
/// <c>annually</c>), vague durations (<c>years</c>, <c>a few months</c>, <c>a decade</c>, <c>years to come</c>), an
/// ordinal period (<c>the first day</c>), the edges of a period (<c>the end of last year</c>), shifted deictics
/// (<c>earlier today</c>, <c>later this week</c>) and a decade with its article (<c>the 1970s</c>).
/// </summary>
internal sealed partial class NumericGrammar
{
    private NumericMatch? Period(int i)
    {
        ReadOnlySpan<char> t = Chars(i);
        if (_tokens.Kinds[i] != TokenKind.Word)
        {
            return null;
        }

        // every day, each year, per year, every single month
        if (t.Equals("every", StringComparison.OrdinalIgnoreCase) || t.Equals("each", StringComparison.OrdinalIgnoreCase)
            || t.Equals("per", StringComparison.OrdinalIgnoreCase))
        {
            int at = Is(i + 1, "single") ? i + 2 : i + 1;
            return at < _limit && IsSingularPeriod(at) ? new NumericMatch(i, at + 1, EntityLabels.Date, null) : null;
        }

        // annually, daily: lower case only ("Daily Mail" is a name)
        if (char.IsLower(t[0]) && NumericLexicon.FrequencyWords.Contains(t))
        {
            return new NumericMatch(i, i + 1, EntityLabels.Date, null);
        }

        // earlier today, later this week
        if (t.Equals("earlier", StringComparison.OrdinalIgnoreCase) || t.Equals("later", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < _limit && Deictic(i + 1) is { Label: EntityLabels.Date } d ? d with { First = i } : null;
        }

        bool article = t.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (article && i + 1 < _limit)
        {
            // the end of last year, the beginning of the month
            if (NumericLexicon.PeriodEdges.Contains(Chars(i + 1)) && Is(i + 2, "of") && i + 3 < _limit)
            {
                NumericMatch? inner = Is(i + 3, "the") && i + 4 < _limit && IsSingularPeriod(i + 4)
                    ? new NumericMatch(i + 3, i + 5, EntityLabels.Date, null)
                    : Deictic(i + 3);
                return inner is { Label: EntityLabels.Date } e ? e with { First = i } : null;
            }

            // the first day, the second year
            if (NumericLexicon.Ordinals.TryGetValue(Chars(i + 1), out _) && i + 2 < _limit && IsSingularPeriod(i + 2))
            {
                return new NumericMatch(i, i + 3, EntityLabels.Date, null);
            }

            // the winter, the fall of 2022 ("the fall" alone is too often the other noun)
            if (IsSeason(i + 1))
            {
                int yearEnd = SeasonYear(i + 2);
                return yearEnd > 0 || !Is(i + 1, "fall") ? new NumericMatch(i, Math.Max(yearEnd, i + 2), EntityLabels.Date, null) : null;
            }

            // the afternoon, into the night: a part of the day with its article is a TIME
            if (IsDayPart(i + 1))
            {
                return new NumericMatch(i, i + 2, EntityLabels.Time, null);
            }

            // the weekend; the 1970s (with the decade's normalised form)
            if (Is(i + 1, "weekend"))
            {
                return new NumericMatch(i, i + 2, EntityLabels.Date, null);
            }

            if (IsDecadeNumber(i + 1) && Core(i + 1) is { Label: EntityLabels.Date } decade)
            {
                return decade with { First = i };
            }

            // throughout the day, over the years, through the decade: the whole period after a preposition of time (not
            // "over the years of the war", "in the year 2020")
            if (i > 0 && NumericLexicon.DurationPrepositions.Contains(Chars(i - 1)) && (IsSingularPeriod(i + 1) || IsPluralPeriod(i + 1))
                && !Is(i + 1, "weekend") && !(i + 2 < _limit && (Is(i + 2, "of") || _tokens.Kinds[i + 2] == TokenKind.Number)))
            {
                return new NumericMatch(i, PeriodTail(i + 2) is int spanEnd and > 0 ? spanEnd : i + 2, EntityLabels.Date, null, Unit: "period");
            }

            // the decades to come, the years ahead
            return IsPluralPeriod(i + 1) && PeriodTail(i + 2) is int end and > 0 ? new NumericMatch(i, end, EntityLabels.Date, null) : null;
        }

        // spring 2020, winter of 1941; summer and winter alone (summer programming). "spring" and "fall" alone are too
        // often the verb or the other noun; a capitalised season is only one before a year (not "Arab Spring").
        if (IsSeason(i) && !Is(i - 1, "the"))
        {
            int yearEnd = SeasonYear(i + 1);
            if (yearEnd > 0)
            {
                return new NumericMatch(i, yearEnd, EntityLabels.Date, null);
            }

            return char.IsLower(t[0]) && t is "summer" or "winter" or "autumn" ? new NumericMatch(i, i + 1, EntityLabels.Date, null) : null;
        }

        // Earth Day, Independence Day, Women's Day: a named day (not "Sandra Day O'Connor")
        if (char.IsUpper(t[0]) && NamedDayEnd(i) is int dayEnd and > 0)
        {
            return new NumericMatch(i, dayEnd, EntityLabels.Date, null);
        }

        // one night, one morning
        if (t.Equals("one", StringComparison.OrdinalIgnoreCase) && IsDayPart(i + 1))
        {
            return new NumericMatch(i, i + 2, EntityLabels.Time, null);
        }

        // first year, second term of a period
        if (NumericLexicon.Ordinals.TryGetValue(t, out _) && i + 1 < _limit && IsSingularPeriod(i + 1) && !Is(i - 1, "the"))
        {
            return new NumericMatch(i, i + 2, EntityLabels.Date, null);
        }

        // a few minutes (ago), an hour, the next couple of minutes: vague clock durations are TIME
        if ((t.Equals("a", StringComparison.OrdinalIgnoreCase) || t.Equals("an", StringComparison.OrdinalIgnoreCase)) && i + 1 < _limit
            && ClockDuration(i + 1) is int clockEnd and > 0)
        {
            return new NumericMatch(i, PeriodTail(clockEnd) is int tailEnd and > 0 ? tailEnd : clockEnd, EntityLabels.Time, null);
        }

        // a year, a decade, a few years, several months
        if ((t.Equals("a", StringComparison.OrdinalIgnoreCase) || t.Equals("an", StringComparison.OrdinalIgnoreCase)) && i + 1 < _limit)
        {
            // The fraction "a quarter" of a period is one span (a quarter century); of a point or of anything else it is no
            // period (a quarter of the vote, a quarter point, a quarter percentage point).
            if (Is(i + 1, "quarter") && i + 2 < _limit && IsSingularPeriod(i + 2) && !Is(i + 2, "quarter"))
            {
                return new NumericMatch(i, PeriodTail(i + 3) is int tailEnd and > 0 ? tailEnd : i + 3, EntityLabels.Date, null, Unit: "period");
            }

            bool quarterOfSomething = Is(i + 1, "quarter") && i + 2 < _limit && NumericLexicon.FractionFollowers.Contains(Chars(i + 2));

            // Not a rate after an amount: "$35 a month", "$50 billion a year".
            if (IsSingularPeriod(i + 1) && !AfterAmount(i) && !quarterOfSomething)
            {
                return new NumericMatch(i, PeriodTail(i + 2) is int tailEnd and > 0 ? tailEnd : i + 2, EntityLabels.Date, null, Unit: "period");
            }

            if (Is(i + 1, "few") && i + 2 < _limit && IsPluralPeriod(i + 2))
            {
                return new NumericMatch(i, PeriodTail(i + 3) is int end and > 0 ? end : i + 3, EntityLabels.Date, null, Unit: "period");
            }

            return null;
        }

        if (NumericLexicon.VaguePeriodCounts.Contains(t) && i + 1 < _limit && IsPluralPeriod(i + 1) && !Is(i - 1, "the") && !Is(i - 1, "a")
            && !(i > 0 && NumericLexicon.RelativeOpeners.Contains(Chars(i - 1))))
        {
            return new NumericMatch(i, PeriodTail(i + 2) is int end and > 0 ? end : i + 2, EntityLabels.Date, null, Unit: "period");
        }

        // for years, in decades, years to come: a bare plural after a preposition of time (not "her years of service",
        // "best days", "years of experience"), or with its tail
        // (capitalised only with its tail, as a sentence opens: "Weeks later, the Times ...")
        if ((IsPluralPeriod(i) || (char.IsUpper(t[0]) && NumericLexicon.PluralPeriods.Contains(t) && PeriodTail(i + 1) > 0)) && !Is(i + 1, "of"))
        {
            int tail = PeriodTail(i + 1);
            if (tail > 0 || (i > 0 && NumericLexicon.DurationPrepositions.Contains(Chars(i - 1))))
            {
                return new NumericMatch(i, tail > 0 ? tail : i + 1, EntityLabels.Date, null, Unit: "period");
            }
        }

        return null;
    }

    /// <summary>The end of <c>minute</c>, <c>hour</c>, <c>few minutes</c> or <c>couple of hours</c> at <paramref name="i"/>, or -1.</summary>
    private int ClockDuration(int i)
    {
        if (i < _limit && Chars(i) is "minute" or "hour")
        {
            return i + 1;
        }

        int at = Is(i, "few") ? i + 1 : Is(i, "couple") && Is(i + 1, "of") ? i + 2 : -1;
        return at > 0 && at < _limit && Chars(at) is "minutes" or "hours" ? at + 1 : -1;
    }

    /// <summary>True after a number, an amount's scale word or a currency word (<c>$35 a month</c>).</summary>
    private bool AfterAmount(int i) =>
        i > 0 && (_tokens.Kinds[i - 1] == TokenKind.Number || NumericLexicon.Scales.TryGetValue(Chars(i - 1), out _)
            || NumericLexicon.CurrencyWords.TryGetValue(Chars(i - 1), out _) || NumericLexicon.PercentWords.Contains(Chars(i - 1)));

    /// <summary>A deictic or relative date at <paramref name="i"/> (<c>today</c>, <c>this week</c>, <c>last year</c>).</summary>
    private NumericMatch? Deictic(int i)
    {
        ReadOnlySpan<char> t = Chars(i);
        if (NumericLexicon.DeicticDates.Contains(t))
        {
            return new NumericMatch(i, i + 1, EntityLabels.Date, null);
        }

        return NumericLexicon.RelativeOpeners.Contains(t) ? Relative(i) : null;
    }

    /// <summary>The end of <c>to come</c>, <c>ahead</c>, <c>ago</c> or <c>later</c> after a period, or -1.</summary>
    private int PeriodTail(int i)
    {
        if (Is(i, "to") && Is(i + 1, "come"))
        {
            return i + 2;
        }

        return Is(i, "ahead") || (i < _limit && NumericLexicon.DurationTails.Contains(Chars(i)) && !Is(i, "old")) ? i + 1 : -1;
    }

    /// <summary>The end of <c>Day</c> after the capitalised word at <paramref name="i"/> (and its possessive), or -1.</summary>
    private int NamedDayEnd(int i)
    {
        int day = Chars(i + 1 < _limit ? i + 1 : i) is "'s" or "\u2019s" ? i + 2 : i + 1;
        bool named = day < _limit && Chars(day) is "Day" && !(day + 1 < _limit && _tokens.Kinds[day + 1] == TokenKind.Word && char.IsUpper(Chars(day + 1)[0]))
            && Chars(i).Length > 1 && _tokens.Kinds[i] == TokenKind.Word
            // not a determiner or a number opening a sentence (The Day, One Day, That Day)
            && !Syntax.FunctionWords.IsDeterminer(Chars(i)) && !Syntax.FunctionWords.IsDemonstrative(Chars(i))
            && !NumericLexicon.Cardinals.ContainsKey(Chars(i));
        return named ? day + 1 : -1;
    }

    /// <summary>A lower-case part of the day at <paramref name="i"/> (<c>morning</c>, <c>night</c>).</summary>
    private bool IsDayPart(int i) =>
        i < _limit && _tokens.Kinds[i] == TokenKind.Word && char.IsLower(Chars(i)[0]) && NumericLexicon.DayParts.Contains(Chars(i));

    /// <summary>A season noun at <paramref name="i"/> (<c>spring</c>, <c>Fall</c>).</summary>
    private bool IsSeason(int i) =>
        i < _limit && _tokens.Kinds[i] == TokenKind.Word && NumericLexicon.Seasons.Contains(Chars(i));

    /// <summary>The end of the year after a season (<c>2020</c> or <c>of 2022</c>) at <paramref name="i"/>, or -1.</summary>
    private int SeasonYear(int i)
    {
        int at = Is(i, "of") ? i + 1 : i;
        return at < _limit && _tokens.Kinds[at] == TokenKind.Number && NumberText.IsYear(Chars(at), out _) ? at + 1 : -1;
    }

    private bool IsSingularPeriod(int i) =>
        i < _limit && Chars(i) is var w && char.IsLower(w[0]) && NumericLexicon.FrequencyPeriods.Contains(w);

    private bool IsPluralPeriod(int i) =>
        i < _limit && Chars(i) is var w && char.IsLower(w[0]) && NumericLexicon.PluralPeriods.Contains(w);

    private bool IsDecadeNumber(int i)
    {
        ReadOnlySpan<char> w = Chars(i);
        return _tokens.Kinds[i] == TokenKind.Number && char.IsAsciiDigit(w[0]) && w.Length >= 5 && w[3] == '0'
            && (w[4..] is "s" or "'s" or "\u2019s");
    }
}
