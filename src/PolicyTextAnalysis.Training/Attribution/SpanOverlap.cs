namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// The matching rule of the external attribution evaluations: two spans match when they share at least half of the
/// shorter one's characters, which forgives the different edges of a discourse unit and of a quote (marks, a
/// trailing <c>,</c> or a leading <c>that</c>) without letting a neighbouring clause count.
/// </summary>
public static class SpanOverlap
{
    /// <summary>The number of characters the spans share.</summary>
    public static int Shared(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>True when the spans share at least half of the shorter one.</summary>
    public static bool Matches(TextSpan a, TextSpan b)
    {
        int shorter = Math.Min(a.Length, b.Length);
        return shorter > 0 && 2 * Shared(a, b) >= shorter;
    }

    /// <summary>The quote of <paramref name="quotes"/> sharing most characters with <paramref name="gold"/>, if it matches; else -1.
    /// Of quotes sharing as many, the shortest: a report nested in another's content (According to X, Y said Z) is
    /// the one whose content is Z.</summary>
    public static int Best(TextSpan gold, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        int best = -1, most = 0, bestLength = int.MaxValue;
        for (int k = 0; k < quotes.Count; k++)
        {
            var span = new TextSpan(quotes[k].Start, quotes[k].End);
            int shared = Shared(gold, span);
            if ((shared > most || (shared == most && span.Length < bestLength)) && shared > 0 && Matches(gold, span))
            {
                best = k;
                most = shared;
                bestLength = span.Length;
            }
        }

        return best;
    }
}
