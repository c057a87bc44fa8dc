namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// <c>eval-attribution-litbank [--errors] [--record] [--data DIR]</c>: quote detection recall and precision and
/// quote-to-speaker accuracy on LitBank's 1,765 quotations (<c>litbank-quotes</c>, fiction, out of domain; the set
/// defines no split, so every text is scored). Texts are detokenised (<see cref="LitBankText"/>) and run through
/// <see cref="PolicyAnalyzer.CreateDefault"/>; matching as in <see cref="LitBankEvaluation"/>. It prints the speaker accuracy of
/// each quote rule too (<c>--errors</c> names the rule on each wrong speaker). <c>--record</c> writes the figures to
/// <c>models/attribution-external-scores.json</c> and the model card.
/// </summary>
internal sealed class EvalAttributionLitBankCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "eval-attribution-litbank";

    /// <inheritdoc />
    public string Summary => "quote detection and speaker accuracy on LitBank fiction quotes (out of domain)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data"], ["--errors", "--record"]);
        string data = arguments.Data ?? throw new DirectoryNotFoundException("no shared data folder: pass --data DIR or set POLICYTEXT_DATA");
        string folder = Path.Combine(data, "litbank-quotes");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"LitBank folder not found: {folder}");
        }

        var errors = arguments.Flag("--errors") ? new List<string>() : null;
        var byRule = new SortedDictionary<string, (int Right, int Judged)>(StringComparer.Ordinal);
        AttributionFigures f = LitBankEvaluation.Evaluate(LitBankQuotes.LoadAll(folder), PolicyAnalyzer.CreateDefault(), errors, byRule);
        errors?.ForEach(output.WriteLine);
        output.WriteLine($"speakers by rule (right/judged): {string.Join(", ", byRule.Select(p => $"{p.Key} {p.Value.Right}/{p.Value.Judged}"))}");
        output.WriteLine(ExternalAttributionScores.Describe("LitBank (all texts)", f, "quotes"));
        if (arguments.Flag("--record"))
        {
            ExternalAttributionScores.Record(new Dictionary<string, AttributionFigures>(StringComparer.Ordinal) { ["litbank-all"] = f });
            output.WriteLine($"recorded in {Path.GetRelativePath(RepositoryPaths.Root, ExternalAttributionScores.FilePath)} and models/README.md");
        }

        return 0;
    }
}
