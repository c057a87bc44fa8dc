using System.Globalization;
using System.Text.Json;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// <c>eval-claims [--split dev|test] [--errors] [--data DIR] [--write-card] [--show FILE]</c>: claim detection and per-type
/// P/R/F1 on our typed-claim set (test half unless told), and check-worthiness P/R/F1 of the bundled model on
/// ClaimBuster test.json.
/// </summary>
internal sealed class EvalClaimsCommand : ITrainingCommand
{
    /// <summary>File name of the claim-stage card in <c>models/</c>.</summary>
    public const string CardFile = "claims.card.json";

    public string Name => "eval-claims";

    public string Summary => "claim detection and per-type P/R/F1 on our claim set; check-worthiness P/R/F1 on ClaimBuster test";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--show", "--split", "--data"], ["--errors", "--write-card"]);
        if (arguments.Value("--show") is { } file)
        {
            // Prints the claims of one file, for reading the rules' behaviour on a text of your choice.
            var pipeline = new AnalysisPipeline([new global::PolicyTextAnalysis.Text.TextStage(), new global::PolicyTextAnalysis.Entities.EntityStage([]), new ClaimStage()]);
            foreach (ClaimMention c in pipeline.Run(Document.FromText(File.ReadAllText(file))).Claims)
            {
                output.WriteLine(FormattableString.Invariant(
                    $"{c.Checkworthiness:0.00} {string.Join(",", c.Types),-24} {c.Certainty,-9} [{c.Time}] {c.Speaker}: {c.Text}"));
            }

            return 0;
        }

        string split = arguments.Value("--split") ?? "test";
        string? data = arguments.Data;
        var stage = new ClaimStage();
        ClaimSetEvaluation.Result r = ClaimSetEvaluation.Evaluate(ClaimSet.Load(split), stage);
        output.WriteLine($"Our typed-claim set, {split} half:");
        output.WriteLine($"  claim detection  {r.Detection}");
        foreach ((ClaimType type, SpanScore score) in r.PerType)
        {
            output.WriteLine($"  {type,-16} {score}");
        }

        output.WriteLine(FormattableString.Invariant($"  macro F1 over types {r.MacroF1:0.0000}"));
        if (arguments.Flag("--errors"))
        {
            foreach (string e in r.Errors)
            {
                output.WriteLine(e);
            }
        }

        SpanScore? checkworthiness = null;
        if (data is not null && File.Exists(Path.Combine(data, "claimbuster", "test.json")))
        {
            var test = ClaimbusterData.Load(data, "test");
            CheckworthinessModel model = CheckworthinessModel.Default;
            var scores = test.Select(s => model.Score(s.Text)).ToList();
            checkworthiness = CheckworthinessTrainer.Score(scores, [.. test.Select(s => s.CheckWorthy)], model.Threshold);
            output.WriteLine(FormattableString.Invariant($"ClaimBuster test ({test.Count} sentences), check-worthy class at threshold {model.Threshold:0.00}: {checkworthiness}"));
        }
        else
        {
            output.WriteLine("ClaimBuster data not found: check-worthiness not scored (pass --data DIR).");
        }

        if (arguments.Flag("--write-card") && split == "test")
        {
            var card = new Dictionary<string, object>
            {
                ["split"] = "tests/PolicyTextAnalysis.Tests/Data/claims/test.jsonl",
                ["detectionF1"] = Math.Round(r.Detection.F1, 4),
                ["macroTypeF1"] = Math.Round(r.MacroF1, 4),
                ["typeF1"] = r.PerType.ToDictionary(kv => kv.Key.ToString().ToLowerInvariant(), kv => Math.Round(kv.Value.F1, 4)),
                ["command"] = "dotnet run -c Release --project src/PolicyTextAnalysis.Training -- eval-claims --write-card",
            };
            File.WriteAllText(Path.Combine(RepositoryPaths.Models, CardFile), JsonSerializer.Serialize(card, CardJson.Options) + "\n");
            output.WriteLine($"wrote {CardFile}");
        }

        return 0;
    }
}
