namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// Pairs system and gold spans one to one when they overlap by at least half of the shorter span, largest overlap first
/// (GUIDE.md, quotes and claims).
/// </summary>
public static class OverlapMatcher
{
    /// <summary>The matched pairs as (system index, gold index).</summary>
    public static IReadOnlyList<(int System, int Gold)> Match(
        IReadOnlyList<(int Start, int End)> system, IReadOnlyList<(int Start, int End)> gold)
    {
        var candidates = new List<(int Overlap, int System, int Gold)>();
        for (int s = 0; s < system.Count; s++)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                int overlap = Math.Min(system[s].End, gold[g].End) - Math.Max(system[s].Start, gold[g].Start);
                int shorter = Math.Min(system[s].End - system[s].Start, gold[g].End - gold[g].Start);
                if (overlap > 0 && 2 * overlap >= shorter)
                {
                    candidates.Add((overlap, s, g));
                }
            }
        }

        // Largest overlap first; ties by position so the result does not depend on list order.
        candidates.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.System.CompareTo(b.System));
        var usedSystem = new HashSet<int>();
        var usedGold = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach ((_, int s, int g) in candidates)
        {
            if (usedSystem.Add(s))
            {
                if (usedGold.Add(g))
                {
                    pairs.Add((s, g));
                }
                else
                {
                    usedSystem.Remove(s);
                }
            }
        }

        return pairs;
    }
}
