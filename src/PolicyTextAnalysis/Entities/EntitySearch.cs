namespace PolicyTextAnalysis.Entities;

/// <summary>Finds entity mentions by offset, by binary search over a document's mentions (which are ordered by start).</summary>
internal static class EntitySearch
{
    /// <summary>The index of the first mention starting at or after character <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<EntityMention> entities, int offset)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Start < offset)
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
}
