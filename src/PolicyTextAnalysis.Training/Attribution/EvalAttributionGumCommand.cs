namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// <c>eval-attribution-gum [--split dev|test|train] [--errors] [--record] [--data DIR]</c>: held-out quote attribution
/// on GUM's eRST attribution relations (<c>gum-news-interview</c> and <c>gum-open-genres</c>, official splits).
/// <para>
/// Gold: every <c>attribution-positive</c> and <c>attribution-negative</c> relation, primary or secondary edge. Its
/// target unit is the reported content; its source unit the attributing clause. The gold speaker is the entity the
/// source names (<see cref="GumAttributionGold"/>: the <c>sem-atsrc</c> signal words, else the subject of the cue
/// verb; the smallest mention over their head word; its coreference chain's mention texts, pronouns left out).
/// </para>
/// <para>
/// Scoring: each document's text is rebuilt from its tokens (<c>SpaceAfter=No</c>, paragraphs on new lines) and run
/// through <see cref="PolicyAnalyzer.CreateDefault"/>. Recall: share of relations whose content unit shares at least
/// half of the shorter span with one of our non-scare quotes (<see cref="SpanOverlap"/>). Speaker accuracy: among
/// matched relations with an identifiable gold speaker, the share whose <c>Quote.Speaker</c> names it
/// (<see cref="SpeakerForms"/>: lower-cased, no leading <c>the</c>, equal to a chain mention; a person also by
/// surname). Precision: share of our non-scare quotes that match some content unit, a lower bound since GUM marks
/// no other speech. <c>--errors</c> lists misses with rough tags and their counts (dev or train only: test is for
/// reporting). <c>--record</c> scores all three splits and writes them to <c>models/attribution-external-scores.json</c>
/// and the model card.
/// </para>
/// </summary>
internal sealed class EvalAttributionGumCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "eval-attribution-gum";

    /// <inheritdoc />
    public string Summary => "quote recall and speaker accuracy on GUM's attribution relations (held out)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--split", "--data"], ["--errors", "--record"]);
        string data = arguments.Data ?? throw new DirectoryNotFoundException("no shared data folder: pass --data DIR or set POLICYTEXT_DATA");
        bool errors = arguments.Flag("--errors");
        bool record = arguments.Flag("--record");
        string[] splits = arguments.Value("--split") is { } one ? [one] : ["dev", "test", "train"];
        if (splits.Any(s => s is not ("dev" or "test" or "train")))
        {
            throw new ArgumentException("--split takes dev, test or train");
        }

        if (errors && splits.Contains("test"))
        {
            throw new ArgumentException("--errors lists dev or train errors only (the test split is looked at only to report): add --split dev or --split train");
        }

        if (record && splits.Length != 3)
        {
            throw new ArgumentException("--record scores every split: leave out --split");
        }

        var analyzer = PolicyAnalyzer.CreateDefault();
        var figures = new Dictionary<string, AttributionFigures>(StringComparer.Ordinal);
        foreach (string split in splits)
        {
            var lines = errors ? new List<string>() : null;
            var byRule = new SortedDictionary<string, (int Right, int Judged)>(StringComparer.Ordinal);
            AttributionFigures f = GumAttributionEvaluation.Evaluate(data, split, analyzer, lines, byRule);
            figures["gum-" + split] = f;
            output.WriteLine(ExternalAttributionScores.Describe($"GUM {split}", f, "relations"));
            output.WriteLine($"  speakers by rule (right/judged): {string.Join(", ", byRule.Select(p => $"{p.Key} {p.Value.Right}/{p.Value.Judged}"))}");
            if (lines is not null)
            {
                lines.ForEach(output.WriteLine);
                output.WriteLine("-- error tags (a line may have several)");
                foreach (var tag in lines.SelectMany(l => l.Split('\t')[1].Split(',').Select(t => l.Split('\t')[0] + ": " + t))
                    .CountBy(t => t).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
                {
                    output.WriteLine($"  {tag.Value,5}  {tag.Key}");
                }
            }
        }

        if (record)
        {
            ExternalAttributionScores.Record(figures);
            output.WriteLine($"recorded in {Path.GetRelativePath(RepositoryPaths.Root, ExternalAttributionScores.FilePath)} and models/README.md");
        }

        return 0;
    }
}
