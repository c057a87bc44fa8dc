namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Splits a recogniser's span over coordinated names when each conjunct is a known name on its own: the
/// statistical recogniser may read <c>General Electric and General Mills</c> as one name, but when a lower-priority
/// recogniser with knowledge-base links (the gazetteer) finds exactly <c>General Electric</c> and <c>General
/// Mills</c> covering the span, joined only by <c>and</c>, <c>&amp;</c> or commas, the known names are kept instead.
/// A span that is itself linked, or that the known names do not tile, is left alone.
/// </summary>
internal static class KnownNameCoordination
{
    /// <summary>Returns <paramref name="chosen"/> (sorted by start) with such spans replaced by their known conjuncts.</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> chosen, List<(EntityMention Mention, int Priority)> candidates)
    {
        EntityMention[]? known = null;
        List<EntityMention>? result = null;
        for (int i = 0; i < chosen.Count; i++)
        {
            EntityMention mention = chosen[i];
            List<EntityMention>? parts = null;
            if (mention.KbId is null && HasConjunction(document.Text, mention))
            {
                known ??= [.. candidates.Select(c => c.Mention).Where(m => m.KbId is not null).OrderBy(m => m.Start).ThenByDescending(m => m.End)];
                parts = Tiling(document.Text, mention, known);
            }

            else if (mention.KbId is null)
            {
                known ??= [.. candidates.Select(c => c.Mention).Where(m => m.KbId is not null).OrderBy(m => m.Start).ThenByDescending(m => m.End)];
                if (Container(mention, known, i > 0 ? chosen[i - 1].End : 0, i + 1 < chosen.Count ? chosen[i + 1].Start : int.MaxValue) is { } whole)
                {
                    parts = [whole];
                }
            }

            if (parts is not null)
            {
                result ??= [.. chosen.Take(i)];
                result.AddRange(parts);
            }
            else
            {
                result?.Add(mention);
            }
        }

        return result ?? chosen;
    }

    // The longest known mention that strictly contains the span and reaches no neighbouring mention: the recogniser
    // read "Mills" in "General Mills" as a person's name after a title; the whole listed name wins.
    private static EntityMention? Container(EntityMention mention, EntityMention[] known, int previousEnd, int nextStart)
    {
        EntityMention? best = null;
        int lo = LowerBound(known, previousEnd);
        for (int j = lo; j < known.Length && known[j].Start <= mention.Start; j++)
        {
            EntityMention k = known[j];
            if (k.End >= mention.End && k.End <= nextStart && k.End - k.Start > mention.End - mention.Start
                && (best is null || k.End - k.Start > best.End - best.Start))
            {
                best = k;
            }
        }

        return best;
    }

    private static int LowerBound(EntityMention[] known, int start)
    {
        int lo = 0, hi = known.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (known[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool HasConjunction(string text, EntityMention mention)
    {
        ReadOnlySpan<char> span = text.AsSpan(mention.Start, mention.End - mention.Start);
        return span.Contains(" and ", StringComparison.Ordinal) || span.Contains(" & ", StringComparison.Ordinal);
    }

    // The known mentions that cover the span end to end, separated only by a conjunction or commas; null otherwise.
    private static List<EntityMention>? Tiling(string text, EntityMention mention, EntityMention[] known)
    {
        int lo = LowerBound(known, mention.Start);
        var parts = new List<EntityMention>();
        int at = mention.Start;
        for (int j = lo; j < known.Length && known[j].Start < mention.End; j++)
        {
            EntityMention part = known[j];
            if (part.End > mention.End || part.Start < at || (parts.Count > 0 && part.Start == parts[^1].Start))
            {
                continue;
            }

            if (!IsSeparator(text.AsSpan(at, part.Start - at), parts.Count == 0))
            {
                return null;
            }

            parts.Add(part);
            at = part.End;
        }

        return parts.Count >= 2 && at == mention.End ? parts : null;
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap, bool first)
    {
        if (first)
        {
            return gap.IsEmpty;
        }

        // Names side by side with nothing between ("U.S." + "Department of ...") are one longer name, not a list.
        gap = gap.Trim();
        if (gap is ",")
        {
            return true;
        }

        if (gap.StartsWith(','))
        {
            gap = gap[1..].Trim();
        }

        return gap is "and" or "&";
    }
}
