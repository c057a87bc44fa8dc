namespace PolicyTextAnalysis.Entities;

/// <summary>Numbers: digit tokens, number words, scale words, and what follows them (%, currency, unit, period).</summary>
internal sealed partial class NumericGrammar
{
    private NumericMatch? NumberToken(int i, string? currency)
    {
        ReadOnlySpan<char> t = Chars(i);
        int read = NumberText.ReadLeading(t, out double? value, out bool separator, out int integerDigits);
        if (read == 0)
        {
            return null;
        }

        ReadOnlySpan<char> rest = t[read..];
        if (rest.IsEmpty)
        {
            if (currency is null && DottedClock(i, t) is { } dotted)
            {
                return dotted;
            }

            bool plainInteger = !separator && read == integerDigits;
            int groupsEnd = SpaceGroupsEnd(i, ref value);
            return FollowScales(i, groupsEnd, value, null, currency, plainInteger && groupsEnd == i + 1);
        }

        if (rest[0] == ':' && currency is null)
        {
            return Clock(i, t);
        }

        if (NumberText.IsOrdinalSuffix(rest) && currency is null && value is { } ordinal && ordinal == Math.Floor(ordinal))
        {
            return OrdinalAt(i, (int)Math.Min(ordinal, int.MaxValue));
        }

        if (rest is "s" or "'s" or "\u2019s" && integerDigits == 4 && read == 4 && t[3] == '0' && currency is null)
        {
            // "1990s" (or "1990's"): the decade.
            return new NumericMatch(i, i + 1, EntityLabels.Date, null, Normalized: string.Concat(t[..3], "X"));
        }

        if (NumberText.IndexOfDash(rest) == 0 && rest.Length > 1)
        {
            return DashedNumber(i, t[..read], value, rest[1..], currency);
        }

        if (NumericLexicon.Scales.TryGetValue(rest, out double scale) || (currency is not null && TryLetterScale(rest, out scale)))
        {
            return FollowScales(i, i + 1, value * scale, null, currency, false, scale);
        }

        if (currency is null && NumericLexicon.Units.TryGetValue(rest, out string? unit))
        {
            return new NumericMatch(i, i + 1, EntityLabels.Quantity, value, Unit: unit);
        }

        if (currency is null && NumericLexicon.ClockSuffixes.Contains(rest) && value is >= 0 and <= 12)
        {
            return new NumericMatch(i, i + 1, EntityLabels.Time, value, Normalized: ClockForm(value.Value, 0, rest));
        }

        return null;
    }

    private NumericMatch? DashedNumber(int i, ReadOnlySpan<char> left, double? value, ReadOnlySpan<char> right, string? currency)
    {
        // "10-year" is a duration used as an adjective; "2022-23" and "2001-2005" are year ranges; "4,000-6,000" a range.
        if (currency is null && NumericLexicon.Periods.TryGetValue(right, out var period) && value is { } count)
        {
            return Duration(i, i + 1, count, null, period);
        }

        int second = NumberText.IndexOfDash(right);
        if (currency is null && second > 0 && right[(second + 1)..].Equals("old", StringComparison.OrdinalIgnoreCase)
            && NumericLexicon.Periods.TryGetValue(right[..second], out var agePeriod) && value is { } age)
        {
            // "50-year-old": an age, a DATE in OntoNotes.
            return Duration(i, i + 1, age, null, agePeriod);
        }

        if (currency is null && NumericLexicon.Units.TryGetValue(right, out string? unit))
        {
            return new NumericMatch(i, i + 1, EntityLabels.Quantity, value, Unit: unit);
        }

        if (currency is null && NumberText.IsYear(left, out int year))
        {
            if (NumberText.IsYear(right, out int toYear) && toYear > year)
            {
                return new NumericMatch(i, i + 1, EntityLabels.Date, null, Normalized: $"{year}/{toYear}");
            }

            if (right.Length == 2 && int.TryParse(right, out int shortYear))
            {
                return new NumericMatch(i, i + 1, EntityLabels.Date, null, Normalized: $"{year}/{year / 100}{NumberText.Two(shortYear)}");
            }

            if (right.Length == 5 && right[2] == '-' && int.TryParse(right[..2], out int month) && int.TryParse(right[3..], out int day)
                && month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                return new NumericMatch(i, i + 1, EntityLabels.Date, null, Normalized: $"{year}-{NumberText.Two(month)}-{NumberText.Two(day)}");
            }
        }

        if (NumberText.TryReadWhole(right, out double? max, out _, out _) && value is not null && max is not null)
        {
            return FollowScales(i, i + 1, value, max, currency, false);
        }

        return null;
    }

    private NumericMatch? NumberWords(int i)
    {
        double total = 0, current = 0, scaleProduct = 1;
        bool any = false, lastWasScale = false, article = false;
        int j = i;
        while (j < _limit && j - i < MaxNumberWords && _tokens.Kinds[j] == TokenKind.Word)
        {
            ReadOnlySpan<char> w = Chars(j);
            if (!any && !article && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)))
            {
                if (j + 1 < _limit && (NumericLexicon.Scales.ContainsKey(Chars(j + 1)) || Is(j + 1, "dozen")) && !IsLetterScale(Chars(j + 1)))
                {
                    article = true;
                    current = 1;
                    j++;
                    continue;
                }

                break;
            }

            if (!any && !article && DurationAdjective(j, w) is { } adjective)
            {
                // "two-day", "three-year": a duration used as an adjective.
                return adjective;
            }

            if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                current = (current == 0 ? 1 : current) * 12;
            }
            else if (NumericLexicon.Cardinals.TryGetValue(w, out int v) || TryCompound(w, out v))
            {
                // Only "twenty four" style sequences; "four five" is two figures.
                if (any && !lastWasScale && !(current % 100 >= 20 && current % 10 == 0 && v < 10))
                {
                    break;
                }

                current += v;
            }
            else if ((any || article) && NumericLexicon.Scales.TryGetValue(w, out double scale) && !IsLetterScale(w))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    scaleProduct = scale;
                }

                lastWasScale = true;
                any = true;
                j++;
                continue;
            }
            else if (any && lastWasScale && w.Equals("and", StringComparison.OrdinalIgnoreCase) && j + 1 < _limit
                && NumericLexicon.Cardinals.ContainsKey(Chars(j + 1)))
            {
                j++;
                continue;
            }
            else
            {
                break;
            }

            any = true;
            lastWasScale = false;
            j++;
        }

        if (!any)
        {
            return null;
        }

        if (j == i + 1 && Is(i, "one") && IsPronounOne(i))
        {
            return null;
        }

        return Classify(i, j, total + current, null, plainInteger: false, scaleProduct);
    }

    private bool IsPronounOne(int i) =>
        (i > 0 && (Is(i - 1, "no") || Is(i - 1, "every") || Is(i - 1, "any") || Is(i - 1, "the") || Is(i - 1, "this")
                   || Is(i - 1, "that") || Is(i - 1, "which") || Is(i - 1, "each")))
        || Is(i + 1, "another");

    /// <summary>
    /// The end of a figure grouped in thousands by single spaces, as SI style writes it (<c>250 000</c>,
    /// <c>1 250 000</c>): a lead of one to three digits, then groups of exactly three, each one space after the last.
    /// </summary>
    private int SpaceGroupsEnd(int i, ref double? value)
    {
        int end = i + 1;
        if (Chars(i).Length > 3 || value is null)
        {
            return end;
        }

        while (end < _limit && _tokens.Kinds[end] == TokenKind.Number && Chars(end) is { Length: 3 } group
            && char.IsAsciiDigit(group[0]) && char.IsAsciiDigit(group[1]) && char.IsAsciiDigit(group[2])
            && _tokens.Starts[end] == _tokens.Ends[end - 1] + 1 && _text[_tokens.Ends[end - 1]] == ' ')
        {
            value = (value * 1000) + int.Parse(group, System.Globalization.CultureInfo.InvariantCulture);
            end++;
        }

        return end;
    }

    private NumericMatch? FollowScales(int i, int end, double? value, double? max, string? currency, bool plainInteger, double factor = 1)
    {
        // "1.7 million", "375 thousand", "2 hundred thousand".
        for (int guard = 0; guard < 3 && end < _limit && NumericLexicon.Scales.TryGetValue(Chars(end), out double scale); guard++)
        {
            value *= scale;
            max *= scale;
            factor *= scale;
            plainInteger = false;
            end++;
        }

        if (currency is not null)
        {
            return new NumericMatch(i, end, EntityLabels.Money, value, max, currency, Factor: factor);
        }

        return Classify(i, end, value, max, plainInteger, factor);
    }

    private NumericMatch? Classify(int i, int k, double? value, double? max, bool plainInteger, double factor)
    {
        if (k < _limit)
        {
            ReadOnlySpan<char> next = Chars(k);
            if (next is "%" || next.Equals("percent", StringComparison.OrdinalIgnoreCase) || next.Equals("pct", StringComparison.OrdinalIgnoreCase))
            {
                return new NumericMatch(i, k + 1, EntityLabels.Percent, value / 100, max / 100, "percent", Factor: factor / 100);
            }

            if (next.Equals("per", StringComparison.OrdinalIgnoreCase) && Is(k + 1, "cent"))
            {
                return new NumericMatch(i, k + 2, EntityLabels.Percent, value / 100, max / 100, "percent", Factor: factor / 100);
            }

            if (next.Equals("percentage", StringComparison.OrdinalIgnoreCase) && (Is(k + 1, "points") || Is(k + 1, "point")))
            {
                return new NumericMatch(i, k + 2, EntityLabels.Percent, value, max, "percentage point", Factor: factor);
            }

            if (next is "US" && k + 1 < _limit && NumericLexicon.CurrencyWords.TryGetValue(Chars(k + 1), out string? usCurrency))
            {
                return new NumericMatch(i, k + 2, EntityLabels.Money, value, max, usCurrency, Factor: factor);
            }

            if (NumericLexicon.CurrencyWords.TryGetValue(next, out string? currency))
            {
                return new NumericMatch(i, k + 1, EntityLabels.Money, value, max, currency, Factor: factor);
            }

            if (value is { } count && NumericLexicon.Periods.TryGetValue(next, out var period))
            {
                return Duration(i, k + 1, count, max, period);
            }

            if (NumericLexicon.UnitPrefixes.Contains(next) && k + 1 < _limit && NumericLexicon.Units.TryGetValue(Chars(k + 1), out string? areaUnit))
            {
                string power = next.Equals("cubic", StringComparison.OrdinalIgnoreCase) ? "3" : "2";
                return new NumericMatch(i, k + 2, EntityLabels.Quantity, value, max, areaUnit + power, Factor: factor);
            }

            if (NumericLexicon.Units.TryGetValue(next, out string? unit) && !(next.Length == 1 && !plainInteger && factor != 1))
            {
                return new NumericMatch(i, k + 1, EntityLabels.Quantity, value, max, unit, Factor: factor);
            }

            if (factor == 1 && max is null && value is >= 0 and <= 12 && value == Math.Floor(value.Value) && NumericLexicon.ClockSuffixes.Contains(next))
            {
                return new NumericMatch(i, k + 1, EntityLabels.Time, value, Normalized: ClockForm(value.Value, 0, next));
            }

            // A multiplier: 50 times more potent, three times what they charge. The CARDINAL takes its "times" (OntoNotes);
            // a count of occurrences that ends the clause ("said it a thousand times.") keeps the number alone.
            if (next.Equals("times", StringComparison.OrdinalIgnoreCase) && k + 1 < _limit && _tokens.Kinds[k + 1] == TokenKind.Word)
            {
                return new NumericMatch(i, k + 1, EntityLabels.Cardinal, value, max, "times", Factor: factor);
            }

            if (plainInteger && k == i + 1 && value is >= 1 and <= 31 && max is null && NumericLexicon.Months.TryGetValue(next, out int month))
            {
                return DayMonth(i, (int)value.Value, month);
            }
        }

        // A bare number is a year only in the range where news writes years that way (not "the 1000 + pages").
        if (plainInteger && k == i + 1 && max is null && NumberText.IsYear(Chars(i), out int year) && year >= 1600)
        {
            return new NumericMatch(i, k, EntityLabels.Date, null, Normalized: year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new NumericMatch(i, k, EntityLabels.Cardinal, value, max, Factor: factor);
    }

    private NumericMatch Duration(int i, int end, double count, double? max, (string Unit, int Factor, char Designator, bool IsTime) period)
    {
        if (end < _limit && NumericLexicon.DurationTails.Contains(Chars(end)))
        {
            end++;
        }

        string amount = NumberText.Format(count * period.Factor);
        string normalized = period.IsTime ? $"PT{amount}{period.Designator}" : $"P{amount}{period.Designator}";
        return new NumericMatch(
            i, end, period.IsTime ? EntityLabels.Time : EntityLabels.Date, count, max, period.Unit, max is null ? normalized : null);
    }

    private NumericMatch? DurationAdjective(int i, ReadOnlySpan<char> w)
    {
        int dash = w.LastIndexOfAny('-', '\u2013');
        if (dash <= 0 || !NumericLexicon.Periods.TryGetValue(w[(dash + 1)..], out var period))
        {
            return null;
        }

        ReadOnlySpan<char> count = w[..dash];
        return NumericLexicon.Cardinals.TryGetValue(count, out int v) || TryCompound(count, out v)
            ? Duration(i, i + 1, v, null, period)
            : null;
    }

    private static bool TryCompound(ReadOnlySpan<char> w, out int value)
    {
        value = 0;
        int dash = NumberText.IndexOfDash(w);
        if (dash <= 0 || !NumericLexicon.Cardinals.TryGetValue(w[..dash], out int tens) || tens < 20 || tens % 10 != 0
            || !NumericLexicon.Cardinals.TryGetValue(w[(dash + 1)..], out int unit) || unit is < 1 or > 9)
        {
            return false;
        }

        value = tens + unit;
        return true;
    }

    private static bool TryLetterScale(ReadOnlySpan<char> rest, out double scale)
    {
        // "$5m", "$40k" (after a currency sign only: "5m" alone is five metres).
        scale = rest is "m" or "M" ? 1e6 : rest is "k" or "K" ? 1e3 : rest is "b" or "B" ? 1e9 : 0;
        return scale != 0;
    }

    private static bool IsLetterScale(ReadOnlySpan<char> w) => w.Equals("bn", StringComparison.OrdinalIgnoreCase) || w.Equals("mn", StringComparison.OrdinalIgnoreCase);
}
