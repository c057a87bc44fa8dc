namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The deterministic grammar for DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL and CARDINAL over the tokens of one
/// sentence. <see cref="Match"/> looks at a bounded window from one token (at most a dozen tokens), so a scan of
/// a document is linear. Spans follow OntoNotes: approximators and bounds are inside (<c>more than 2,300</c>), a
/// leading preposition never is (<c>in 2023</c> gives <c>2023</c>; <c>from 4,000 to 6,000</c> gives
/// <c>4,000 to 6,000</c>).
/// </summary>
internal sealed partial class NumericGrammar
{
    private const int MaxNumberWords = 12;
    private readonly string _text;
    private readonly TokenList _tokens;
    private int _limit;

    /// <summary>Creates a grammar over the tokens of <paramref name="text"/>.</summary>
    public NumericGrammar(string text, TokenList tokens)
    {
        _text = text;
        _tokens = tokens;
        _limit = tokens.Count;
    }

    /// <summary>Restricts matches to tokens before <paramref name="endToken"/> (the end of the current sentence).</summary>
    public void SetLimit(int endToken) => _limit = Math.Min(endToken, _tokens.Count);

    /// <summary>The longest figure or time expression starting at token <paramref name="i"/>, or null.</summary>
    public NumericMatch? Match(int i) => Figure(i) is { } m && !IsNonFigure(m) ? m : null;

    private NumericMatch? Figure(int i)
    {
        int modifier = ModifierLength(i);
        if (modifier > 0 && i + modifier < _limit)
        {
            NumericMatch? inner = Longer(WithRange(i + modifier), Period(i + modifier));
            if (inner is { } m && AcceptsModifier(m, i))
            {
                return m with { First = i };
            }
        }

        if (Is(i, "the") && i + 1 < _limit && NumericLexicon.RelativeOpeners.Contains(Chars(i + 1)))
        {
            // OntoNotes keeps the article of "the past two decades" and "the next day".
            NumericMatch? relative = Relative(i + 1);
            if (relative is { } r)
            {
                return r with { First = i };
            }
        }

        return Longer(WithRange(i), Period(i));
    }

    private static NumericMatch? Longer(NumericMatch? a, NumericMatch? b) =>
        b is { } y && (a is not { } x || y.End > x.End) ? b : a;

    private NumericMatch? WithRange(int i)
    {
        NumericMatch? first = Core(i);
        if (first is not { } a || a.End + 1 >= _limit)
        {
            return first;
        }

        ReadOnlySpan<char> connector = Chars(a.End);
        bool between = i > 0 && Is(i - 1, "between");
        // A spaced em dash is a break in the sentence ("below 40 percent — 4 percent"), not a range.
        bool spacedEmDash = connector is "\u2014" && _tokens.Starts[a.End] > _tokens.Ends[a.End - 1] && _tokens.Starts[a.End + 1] > _tokens.Ends[a.End];
        bool isConnector = (connector is "-" or "\u2013" or "\u2014" && !spacedEmDash) || connector.Equals("to", StringComparison.OrdinalIgnoreCase)
            || (a.IsBareCardinal && connector.Equals("or", StringComparison.OrdinalIgnoreCase))
            || (between && connector.Equals("and", StringComparison.OrdinalIgnoreCase));
        if (!isConnector || Core(a.End + 1) is not { } b || b.First != a.End + 1)
        {
            return first;
        }

        if (a.IsBareCardinal && b.Label is EntityLabels.Cardinal or EntityLabels.Money or EntityLabels.Percent or EntityLabels.Quantity
            && b.Value is not null && b.ValueMax is null)
        {
            return b with { First = a.First, Value = a.Value * b.Factor, ValueMax = b.Value };
        }

        if (a.IsBareCardinal && b.Label is EntityLabels.Date or EntityLabels.Time && b.Unit is not null && b.Value is not null)
        {
            // "two or three years": a duration range.
            return b with { First = a.First, Value = a.Value, ValueMax = b.Value, Normalized = null };
        }

        if (a.Label == b.Label && a.Unit == b.Unit && a.Value is not null && b.Value is not null && a.ValueMax is null && b.ValueMax is null
            && a.Label is not (EntityLabels.Date or EntityLabels.Time or EntityLabels.Ordinal))
        {
            return b with { First = a.First, Value = a.Value, ValueMax = b.Value };
        }

        // 1992 to 2021, between 2020 and 2022: one range. Two dates finer than a year joined by "and" (between January
        // 2021 and March 2023) are two dates, as the commentary gold marks them.
        if (a.Label == EntityLabels.Date && b.Label == EntityLabels.Date && a.Normalized is { } na && b.Normalized is { } nb
            && !na.StartsWith('P') && !nb.StartsWith('P') && !na.Contains('/') && !nb.Contains('/')
            && !(connector.Equals("and", StringComparison.OrdinalIgnoreCase) && na.Length > 4 && nb.Length > 4))
        {
            return b with { First = a.First, Normalized = $"{BorrowYear(na, nb)}/{nb}" };
        }

        return first;
    }

    private NumericMatch? Core(int i)
    {
        if (i >= _limit)
        {
            return null;
        }

        ReadOnlySpan<char> t = Chars(i);
        TokenKind kind = _tokens.Kinds[i];
        if (kind == TokenKind.Number)
        {
            return NumberToken(i, currency: null);
        }

        if (CurrencyAt(i, out string? currency, out int amountAt) && amountAt < _limit && _tokens.Kinds[amountAt] == TokenKind.Number)
        {
            return NumberToken(amountAt, currency) is { } money && money.Label == EntityLabels.Money ? money with { First = i } : null;
        }

        if (kind != TokenKind.Word)
        {
            return null;
        }

        return Fraction(i, t) ?? Temporal(i, t) ?? Ordinal(i, t) ?? NumberWords(i) ?? Vague(i, t);
    }

    /// <summary>
    /// A fraction in words, a CARDINAL with its value: <c>two thirds</c>, <c>three fifths</c>; with one or an article only
    /// before <c>of</c> or a break (<c>a third of voters</c>, <c>down by a third.</c>), since <c>a third term</c> is an
    /// ordinal. Quarters are left out (<c>a quarter of a point</c>, <c>three quarters</c> of a year).
    /// </summary>
    private NumericMatch? Fraction(int i, ReadOnlySpan<char> t)
    {
        if (i + 1 >= _limit || _tokens.Kinds[i + 1] != TokenKind.Word)
        {
            return null;
        }

        bool single = t.Equals("a", StringComparison.OrdinalIgnoreCase) || t.Equals("one", StringComparison.OrdinalIgnoreCase);
        int numerator = single ? 1 : NumericLexicon.Cardinals.TryGetValue(t, out int n) && n is >= 2 and <= 10 ? n : 0;
        ReadOnlySpan<char> d = Chars(i + 1);
        if (numerator == 0 || d.Equals("quarter", StringComparison.OrdinalIgnoreCase) || d.Equals("quarters", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        bool plural = d.Length > 1 && d[^1] == 's';
        if (plural == single || !NumericLexicon.Ordinals.TryGetValue(plural ? d[..^1] : d, out int denominator) || denominator is < 3 or > 10)
        {
            return null;
        }

        bool standsAlone = !single || Is(i + 2, "of") || i + 2 >= _limit || _tokens.Kinds[i + 2] is not TokenKind.Word;
        return standsAlone ? new NumericMatch(i, i + 2, EntityLabels.Cardinal, (double)numerator / denominator) : null;
    }

    private NumericMatch? Vague(int i, ReadOnlySpan<char> t)
    {
        if (t.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return new NumericMatch(i, i + 1, EntityLabels.Cardinal, 0.5);
        }

        if (!NumericLexicon.VagueCardinals.Contains(t))
        {
            return null;
        }

        // "hundreds of thousands" is one figure.
        int end = i + 1;
        if (end + 1 < _limit && Is(end, "of") && NumericLexicon.VagueCardinals.Contains(Chars(end + 1)))
        {
            end += 2;
        }

        // "billions of dollars", "hundreds of millions of taxpayer dollars": an amount of money.
        if (end + 1 < _limit && Is(end, "of"))
        {
            int currencyAt = end + 1;
            if (currencyAt + 1 < _limit && !NumericLexicon.CurrencyWords.TryGetValue(Chars(currencyAt), out _) && _tokens.Kinds[currencyAt] == TokenKind.Word
                && char.IsLower(Chars(currencyAt)[0]))
            {
                currencyAt++; // one modifier: taxpayer dollars, US dollars
            }

            if (currencyAt < _limit && NumericLexicon.CurrencyWords.TryGetValue(Chars(currencyAt), out string? unit) && Chars(currencyAt)[^1] == 's')
            {
                return new NumericMatch(i, currencyAt + 1, EntityLabels.Money, null, Unit: unit);
            }

            // "millions of acres", "tens of thousands of tons": an amount of a unit, right after "of".
            if (NumericLexicon.Units.TryGetValue(Chars(end + 1), out string? measure) && Chars(end + 1) is { Length: > 2 } plural && plural[^1] == 's')
            {
                return new NumericMatch(i, end + 2, EntityLabels.Quantity, null, Unit: measure);
            }
        }

        return new NumericMatch(i, end, EntityLabels.Cardinal, null);
    }

    private NumericMatch? Ordinal(int i, ReadOnlySpan<char> t)
    {
        int value;
        if (!NumericLexicon.Ordinals.TryGetValue(t, out value))
        {
            int dash = NumberText.IndexOfDash(t);
            if (dash <= 0 || !NumericLexicon.Cardinals.TryGetValue(t[..dash], out int tens) || tens < 20 || tens % 10 != 0
                || !NumericLexicon.Ordinals.TryGetValue(t[(dash + 1)..], out int unit) || unit >= 10)
            {
                return null;
            }

            value = tens + unit;
        }

        return OrdinalAt(i, value);
    }

    private NumericMatch OrdinalAt(int i, int value)
    {
        if (i + 1 < _limit && (Is(i + 1, "century") || Is(i + 1, "centuries")))
        {
            string normalized = value >= 1 && value <= 30 ? $"{NumberText.Two(value - 1)}XX" : string.Empty;
            return new NumericMatch(i, i + 2, EntityLabels.Date, null, Normalized: normalized.Length == 0 ? null : normalized);
        }

        return new NumericMatch(i, i + 1, EntityLabels.Ordinal, value);
    }

    private bool CurrencyAt(int i, out string? currency, out int amountAt)
    {
        amountAt = i + 1;
        ReadOnlySpan<char> t = Chars(i);
        if (t is "US" or "HK" or "NZ" && i + 1 < _limit && Chars(i + 1) is "$")
        {
            currency = t switch { "US" => "USD", "HK" => "HKD", _ => "NZD" };
            amountAt = i + 2;
            return true;
        }

        return NumericLexicon.CurrencyPrefixes.TryGetValue(t, out currency);
    }

    private int ModifierLength(int i)
    {
        if (i + 1 >= _limit)
        {
            return 0;
        }

        ReadOnlySpan<char> t = Chars(i);
        ReadOnlySpan<char> next = Chars(i + 1);
        if (NumericLexicon.PairModifierHeads.Contains(t))
        {
            bool pair = (t.Equals("more", StringComparison.OrdinalIgnoreCase) || t.Equals("less", StringComparison.OrdinalIgnoreCase)
                    || t.Equals("fewer", StringComparison.OrdinalIgnoreCase)) && next.Equals("than", StringComparison.OrdinalIgnoreCase)
                || (t.Equals("at", StringComparison.OrdinalIgnoreCase) && (next.Equals("least", StringComparison.OrdinalIgnoreCase) || next.Equals("most", StringComparison.OrdinalIgnoreCase)))
                || (t.Equals("up", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (t.Equals("close", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (t.Equals("an", StringComparison.OrdinalIgnoreCase) && next.Equals("estimated", StringComparison.OrdinalIgnoreCase))
                || (t.Equals("well", StringComparison.OrdinalIgnoreCase) && (next.Equals("over", StringComparison.OrdinalIgnoreCase) || next.Equals("above", StringComparison.OrdinalIgnoreCase) || next.Equals("below", StringComparison.OrdinalIgnoreCase)))
                || ((NumericLexicon.SingleModifiers.Contains(t) || NumericLexicon.FocusAdverbs.Contains(t)) && NumericLexicon.SingleModifiers.Contains(next));
            if (pair)
            {
                return 2;
            }

            if (t.Equals("as", StringComparison.OrdinalIgnoreCase) && i + 2 < _limit && Is(i + 2, "as")
                && (next.Equals("many", StringComparison.OrdinalIgnoreCase) || next.Equals("much", StringComparison.OrdinalIgnoreCase)
                    || next.Equals("few", StringComparison.OrdinalIgnoreCase) || next.Equals("little", StringComparison.OrdinalIgnoreCase)))
            {
                return 3;
            }
        }

        return NumericLexicon.SingleModifiers.Contains(t) ? 1 : 0;
    }

    private bool AcceptsModifier(NumericMatch m, int i)
    {
        if (m.Label is EntityLabels.Cardinal or EntityLabels.Money or EntityLabels.Percent or EntityLabels.Quantity)
        {
            return m.Value is not null || m.Label != EntityLabels.Cardinal || m.End - m.First > 1;
        }

        // Durations take approximators ("nearly two decades") but not prepositions ("spread over two years", "under a
        // week", "phased in over two years"). "over" is an approximator where it cannot be the preposition: after "for"
        // ("for over 100 days") or before a duration that ends in "ago" ("over two years ago").
        if (m.Label is not (EntityLabels.Date or EntityLabels.Time) || m.Unit is null)
        {
            return false;
        }

        if (Is(i, "over"))
        {
            return Is(i - 1, "for")
                || (m.End > m.First && NumericLexicon.DurationTails.Contains(Chars(m.End - 1)) && !Is(m.End - 1, "old"));
        }

        return !(Is(i, "under") || Is(i, "above") || Is(i, "below") || Is(i, "up") || Is(i, "just"));
    }

    private static string BorrowYear(string from, string to) =>
        from.StartsWith("XXXX", StringComparison.Ordinal) && to.Length >= 4 && char.IsAsciiDigit(to[0])
            ? string.Concat(to.AsSpan(0, 4), from.AsSpan(4))
            : from;

    private ReadOnlySpan<char> Chars(int i) => _tokens.CharsAt(i);

    private bool Is(int i, string word) => i >= 0 && i < _limit && Chars(i).Equals(word, StringComparison.OrdinalIgnoreCase);
}
