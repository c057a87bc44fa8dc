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

    /// <summary>
    /// For a stage that walks an ordered layer with a cursor (skipping the items that end before the sentence at hand),
    /// where the cursor stands at each of the ascending character positions <paramref name="starts"/> (the first
    /// sentences of the blocks): the first of the <paramref name="count"/> items that does not end at or before it. One
    /// pass over the positions and the items, so every block starts its walk where one thread's walk would be.
    /// </summary>
    public static int[] Cursors(IReadOnlyList<int> starts, int count, Func<int, int> endOf)
    {
        var cursors = new int[starts.Count];
        int cursor = 0;
        for (int i = 0; i < cursors.Length; i++)
        {
            while (cursor < count && endOf(cursor) <= starts[i])
            {
                cursor++;
            }

            cursors[i] = cursor;
        }

        return cursors;
    }

    /// <summary>The character positions where blocks of <paramref name="perBlock"/> sentences start.</summary>
    public static int[] BlockStarts(IReadOnlyList<Sentence> sentences, int perBlock, int offset = 0)
    {
        var starts = new int[(sentences.Count + perBlock - 1) / perBlock];
        for (int block = 0; block < starts.Length; block++)
        {
            starts[block] = sentences[Math.Max(0, (block * perBlock) + offset)].Start;
        }

        return starts;
    }
}
