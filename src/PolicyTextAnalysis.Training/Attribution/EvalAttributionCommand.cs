namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// <c>eval-attribution [--cases FILE] [--split dev|test|all] [--errors]</c>: speaker accuracy and quote-span F1
/// on the hand-written attribution set (test half by default), with the real pipeline.
/// </summary>
internal sealed class EvalAttributionCommand : ITrainingCommand
{
    public string Name => "eval-attribution";

    public string Summary => "speaker accuracy and quote-span F1 on our attribution set (test split)";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--cases", "--split"], ["--errors"]);
        string path = arguments.Value("--cases") ?? AttributionCase.DefaultPath;
        string split = arguments.Value("--split") ?? "test";
        bool errors = arguments.Flag("--errors");

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: cases file not found: {path}");
            return 2;
        }

        IReadOnlyList<AttributionCase> cases = AttributionCase.Load(path);
        var selected = cases.Where(c => split == "all" || c.Split == split).ToList();
        AnalysisPipeline pipeline = AttributionEvaluation.CreatePipeline();
        AttributionEvaluation.Result r = AttributionEvaluation.Evaluate(selected, pipeline, errors ? output : null);
        output.WriteLine($"attribution set, split {split}: {r.Cases} cases, {r.Gold} expected quotes, {r.Predicted} predicted");
        output.WriteLine($"  pipeline          {string.Join(" -> ", pipeline.Stages.Select(s => s.Name))}");
        output.WriteLine($"  quote span        P {r.Precision:F3}  R {r.Recall:F3}  F1 {r.F1:F3}");
        output.WriteLine($"  speaker accuracy  {r.SpeakerAccuracy:F3} ({r.SpeakerCorrect}/{r.Gold})");
        output.WriteLine($"  kind accuracy     {r.KindAccuracy:F3} ({r.KindCorrect}/{r.Gold})");
        return 0;
    }
}
