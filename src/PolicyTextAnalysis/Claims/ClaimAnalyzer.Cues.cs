using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Claims;

/// <summary>The cue readings of <see cref="ClaimAnalyzer"/>: which lexicon cues the neighbouring words allow, and the numbers and dates around them.</summary>
internal static partial class ClaimAnalyzer
{
    /// <summary>Drops cue readings that the neighbouring words rule out.</summary>
    private static ClaimCues Disambiguate(TokenList tokens, int first, int i, int end, ClaimCues found)
    {
        ReadOnlySpan<char> word = tokens.CharsAt(i);
        ReadOnlySpan<char> previous = i > first ? tokens.CharsAt(i - 1) : default;
        ReadOnlySpan<char> next = i + 1 < end ? tokens.CharsAt(i + 1) : default;
        if (word.Equals("will", StringComparison.OrdinalIgnoreCase) && IsDeterminerOrAdjectiveBeforeNoun(previous))
        {
            // "the will of the people", "political will": a noun, not the future.
            return ClaimCues.None;
        }

        if (word is "May" && i > first)
        {
            // A capitalised "May" inside a sentence is the month.
            return ClaimCues.Time;
        }

        if ((word.Equals("could", StringComparison.OrdinalIgnoreCase) || word.Equals("might", StringComparison.OrdinalIgnoreCase))
            && next.Equals("have", StringComparison.OrdinalIgnoreCase))
        {
            // Counterfactual past ("could have been avoided"): a judgement about the past, not a prediction.
            return ClaimCues.Hedge;
        }

        if (word.Equals("could", StringComparison.OrdinalIgnoreCase) && next.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            // "could no longer pay": past inability.
            return ClaimCues.None;
        }

        if ((word.Equals("need", StringComparison.OrdinalIgnoreCase) || word.Equals("needs", StringComparison.OrdinalIgnoreCase))
            && (previous.Equals("in", StringComparison.OrdinalIgnoreCase) || previous.Equals("the", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("a", StringComparison.OrdinalIgnoreCase) || previous.Equals("no", StringComparison.OrdinalIgnoreCase)))
        {
            return found & ~ClaimCues.Prescriptive;
        }

        if (word.Equals("cost", StringComparison.OrdinalIgnoreCase) && i + 1 < end
            && (tokens.Kinds[i + 1] is TokenKind.Number or TokenKind.Symbol || IsApproximator(next)))
        {
            // "cost 2 percent", "cost about $3 billion": a price, not a consequence.
            return found & ~ClaimCues.Causal;
        }

        if ((found & ClaimCues.Causal) != 0 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && i + 1 < end
            && tokens.Kinds[i + 1] == TokenKind.Word && IsDeterminer(previous))
        {
            // "the forced deportation", "a reduced budget": a participle used as an adjective, not a cause.
            return found & ~ClaimCues.Causal;
        }

        return found;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
        || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
        || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
        || w.Equals("its", StringComparison.OrdinalIgnoreCase);

    private static bool IsApproximator(ReadOnlySpan<char> w) =>
        w.Equals("about", StringComparison.OrdinalIgnoreCase) || w.Equals("around", StringComparison.OrdinalIgnoreCase)
        || w.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w.Equals("almost", StringComparison.OrdinalIgnoreCase)
        || w.Equals("roughly", StringComparison.OrdinalIgnoreCase) || w.Equals("over", StringComparison.OrdinalIgnoreCase)
        || w.Equals("more", StringComparison.OrdinalIgnoreCase) || w.Equals("less", StringComparison.OrdinalIgnoreCase);

    private static bool IsDeterminerOrAdjectiveBeforeNoun(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
        || w.Equals("political", StringComparison.OrdinalIgnoreCase) || w.Equals("popular", StringComparison.OrdinalIgnoreCase)
        || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase)
        || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
        || w.Equals("good", StringComparison.OrdinalIgnoreCase) || w.Equals("free", StringComparison.OrdinalIgnoreCase)
        || w.Equals("own", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A number states a quantity unless it is a year, an ordinal, a definite reference (<c>the two governments</c>)
    /// or a duration (<c>three days</c>, <c>two decades</c>).
    /// </summary>
    private static bool IsQuantityNumber(TokenList tokens, int first, int i, int end)
    {
        ReadOnlySpan<char> w = tokens.CharsAt(i);
        if (tokens.Kinds[i] == TokenKind.Number && (IsYear(w) || IsOrdinal(w)))
        {
            return false;
        }

        if (i > first)
        {
            ReadOnlySpan<char> previous = tokens.CharsAt(i - 1);
            if (previous.Equals("the", StringComparison.OrdinalIgnoreCase) || previous.Equals("these", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("those", StringComparison.OrdinalIgnoreCase) || previous.Equals("its", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("their", StringComparison.OrdinalIgnoreCase))
            {
                return i + 1 < end && tokens.CharsAt(i + 1) is "%";
            }
        }

        if (i + 1 < end)
        {
            if ((WordCues(tokens, i + 1) & ClaimCues.DurationUnit) != 0)
            {
                return false;
            }

            // "30-day" and "two-year" style compounds are durations too.
            int hyphen = w.IndexOf('-');
            if (hyphen > 0 && (LowerCues(w[(hyphen + 1)..]) & ClaimCues.DurationUnit) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYear(ReadOnlySpan<char> w) =>
        w.Length == 4 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3])
        && (w[0] == '1' && w[1] >= '7' || w[0] == '2' && w[1] == '0');

    private static bool IsOrdinal(ReadOnlySpan<char> w) =>
        w.EndsWith("st", StringComparison.OrdinalIgnoreCase) || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>A time cue with the numbers around it (<c>October 2001</c>, <c>in June 2022</c>, <c>since 2020</c>).</summary>
    private static TextSpan? TimeSpanAt(TokenList tokens, int first, int start, int end)
    {
        int last = end;
        while (last < tokens.Count && last - end < 3 && tokens.Kinds[last] == TokenKind.Number)
        {
            last++;
        }

        if (last == end && end - start == 1 && tokens.CharsAt(start).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int from = start;
        if (from > first && tokens.Kinds[from - 1] == TokenKind.Number && !IsYear(tokens.CharsAt(from - 1)))
        {
            from--;
        }

        return new TextSpan(tokens.Starts[from], tokens.Ends[last - 1]);
    }

    private static TextSpan? DateEntityIn(Document document, int start, int end)
    {
        // Mentions are ordered by start: binary search for the first at or after the unit, so this stays linear overall.
        IReadOnlyList<EntityMention> entities = document.Entities;
        int lo = EntitySearch.FirstAtOrAfter(entities, start);

        for (int i = lo; i < entities.Count && entities[i].Start < end; i++)
        {
            if (entities[i].End <= end && entities[i].Label == EntityLabels.Date)
            {
                return new TextSpan(entities[i].Start, entities[i].End);
            }
        }

        return null;
    }
}
