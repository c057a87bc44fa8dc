namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Merges evidence into one <see cref="StanceRelation"/> per holder and target: the polarity with the larger
/// summed confidence wins, and the relation's confidence shrinks when the evidence disagrees. Holders and targets naming
/// one entity's cluster are one; targets that differ only by case or a leading article (<c>the administration's policy</c>, <c>administration's policy</c>: two rules reading
/// one phrase) are one target, named as the most confident evidence names it.
/// </summary>
internal static class StanceAggregator
{
    /// <summary>
    /// Aggregates <paramref name="evidence"/>; output ordered by holder, then by confidence. With
    /// <paramref name="clusterOf"/>, holders and targets that name one entity's cluster are one (<c>Dr. Jha</c>,
    /// <c>Ashish Jha</c>).
    /// </summary>
    public static IReadOnlyList<StanceRelation> Aggregate(IEnumerable<StanceEvidence> evidence, Func<string, string?>? clusterOf = null)
    {
        var groups = new Dictionary<(string Holder, string Target), List<StanceEvidence>>();
        foreach (StanceEvidence e in evidence)
        {
            string holder = e.Holder == StanceStage.Author ? e.Holder : clusterOf?.Invoke(e.Holder) is { } holderCluster ? "\u0001" + holderCluster : e.Holder;
            string target = clusterOf?.Invoke(e.Target) is { } targetCluster ? "\u0001" + targetCluster : TargetKey(e.Target);
            var key = (holder, target);
            if (!groups.TryGetValue(key, out List<StanceEvidence>? list))
            {
                groups[key] = list = [];
            }

            list.Add(e);
        }

        var relations = new List<StanceRelation>(groups.Count);
        foreach (List<StanceEvidence> items in groups.Values)
        {
            // Named as the most confident evidence names them.
            StanceEvidence strongest = items.MaxBy(static e => e.Confidence)!;
            string holder = strongest.Holder;
            string target = strongest.Target;
            double favor = 0, against = 0, none = 1;
            foreach (StanceEvidence e in items)
            {
                favor += e.Polarity == StancePolarity.Favor ? e.Confidence : 0;
                against += e.Polarity == StancePolarity.Against ? e.Confidence : 0;
                none *= 1 - e.Confidence;
            }

            // Neutral when the evidence is split about evenly; relative, so that weak but one-sided evidence keeps its side.
            double total = favor + against;
            double agreement = total == 0 ? 0 : Math.Abs(favor - against) / total;
            StancePolarity polarity = agreement < 0.05 ? StancePolarity.Neutral
                : favor > against ? StancePolarity.Favor : StancePolarity.Against;
            relations.Add(new StanceRelation
            {
                Holder = holder,
                Target = target,
                Polarity = polarity,
                Confidence = Math.Round(polarity == StancePolarity.Neutral ? 0.5 : (1 - none) * agreement, 3),
                Evidence = [.. items.Select(e => e.Span).Distinct().Order(Comparer<TextSpan>.Create(static (a, b) => a.Start.CompareTo(b.Start)))],
                Rule = items.MaxBy(static e => e.Confidence)!.Cue.Split(':')[0],
            });
        }

        relations.Sort(static (a, b) =>
        {
            int c = (a.Holder == "author").CompareTo(b.Holder == "author");
            c = c != 0 ? c : string.CompareOrdinal(a.Holder, b.Holder);
            return c != 0 ? c : b.Confidence.CompareTo(a.Confidence);
        });
        return relations;
    }

    /// <summary>A target's identity: lower case, without a leading article.</summary>
    private static string TargetKey(string target)
    {
        ReadOnlySpan<char> t = target.AsSpan().Trim();
        foreach (string article in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (t.Length > article.Length && t.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                t = t[article.Length..].TrimStart();
                break;
            }
        }

        return t.ToString().ToLowerInvariant();
    }
}
