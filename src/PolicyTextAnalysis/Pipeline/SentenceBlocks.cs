namespace PolicyTextAnalysis;

/// <summary>
/// Runs a per-sentence stage over a large document in blocks of sentences on several threads, and joins each block's
/// results in document order, so the output is the same as one thread's. Sentences must be independent for the stage.
/// </summary>
internal static class SentenceBlocks
{
    /// <summary>
    /// Calls <paramref name="work"/>(first, end, results) for blocks of <paramref name="perBlock"/> sentences out of
    /// <paramref name="sentences"/>, on up to <paramref name="threads"/> threads, and returns the results in order.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static List<T> Run<T>(int sentences, int perBlock, int threads, CancellationToken cancellationToken, Action<int, int, List<T>> work)
    {
        int blocks = (sentences + perBlock - 1) / perBlock;
        var found = new List<T>[blocks];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, blocks, options, block =>
            {
                var list = new List<T>();
                work(block * perBlock, Math.Min(sentences, (block + 1) * perBlock), list);
                found[block] = list;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException("The analysis was cancelled.", e, cancellationToken);
        }

        var joined = new List<T>(found.Sum(f => f.Count));
        foreach (List<T> list in found)
        {
            joined.AddRange(list);
        }

        return joined;
    }
}
