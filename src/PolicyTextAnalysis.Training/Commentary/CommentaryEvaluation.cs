namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>The tallies of one split: overall and per form, with the error lines when asked for.</summary>
public sealed record CommentaryEvaluation(
    string Split, int Texts, CommentaryTally Overall, IReadOnlyDictionary<string, CommentaryTally> ByForm, IReadOnlyList<string> Errors)
{
    /// <summary>Runs <paramref name="analyzer"/> on every text of <paramref name="split"/> and scores it.</summary>
    public static CommentaryEvaluation Run(PolicyAnalyzer analyzer, string split, bool collectErrors = false, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        IReadOnlyList<CommentaryDocument> documents = [.. CommentarySet.Load(split).Where(d => include?.Invoke(d.Name) ?? true)];
        if (documents.Count == 0)
        {
            throw new InvalidDataException($"no gold files in eval/commentary/gold/{split}");
        }

        var overall = new CommentaryTally();
        var byForm = new SortedDictionary<string, CommentaryTally>(StringComparer.Ordinal);
        List<string>? errors = collectErrors ? [] : null;
        foreach (CommentaryDocument document in documents)
        {
            CommentaryTally tally = CommentaryScorer.Score(document, analyzer.Analyze(document.Text), errors);
            overall += tally;
            byForm[document.Gold.Form] = byForm.TryGetValue(document.Gold.Form, out CommentaryTally? sum) ? sum + tally : tally;
        }

        return new CommentaryEvaluation(split, documents.Count, overall, byForm, errors ?? []);
    }
}
