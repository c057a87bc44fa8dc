namespace PolicyTextAnalysis;

/// <summary>Finds the sentence that holds a token, by binary search over the sentences (which are in text order).</summary>
internal static class SentenceSearch
{
    /// <summary>
    /// The index of the last sentence starting at or before <paramref name="token"/>: the sentence holding it (the last
    /// sentence for a token past the end). <paramref name="sentences"/> must not be empty.
    /// </summary>
    public static int IndexOfToken(IReadOnlyList<Sentence> sentences, int token) =>
        Math.Max(0, SortedSearch.LastAtOrBefore(sentences, token, static s => s.FirstToken));
}
