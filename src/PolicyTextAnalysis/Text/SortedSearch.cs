namespace PolicyTextAnalysis;

/// <summary>Binary search over lists kept in text order (sentences, turns, entities, roles).</summary>
internal static class SortedSearch
{
    /// <summary>
    /// The index of the last item of <paramref name="items"/> whose key is at or before <paramref name="key"/>, or -1 when
    /// none is; <paramref name="items"/> must be sorted by <paramref name="keyOf"/>.
    /// </summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int key, Func<T, int> keyOf)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keyOf(items[mid]) <= key)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
