using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// <c>train-claim-types [--folds K] [--l2 0.25,0.5,1,2,4] [--no-save]</c>: trains the claim type model
/// (<see cref="ClaimTypeModel"/>: one logistic regression per type, Microsoft.ML) on the gold claims of the commentary dev
/// split. The regularisation and the probability threshold are chosen by the types' micro F1 of K-fold cross-validation
/// over documents, scored on the system's claims as <c>eval-commentary</c> scores them, beside the lexicon rules' types on
/// the same claims. Writes <c>models/claim-types.bin</c> and its <c>models/README.md</c> section.
/// </summary>
internal sealed class TrainClaimTypesCommand : ITrainingCommand
{
    private const string CommandLine = "dotnet run -c Release --project src/PolicyTextAnalysis.Training -- train-claim-types";

    /// <inheritdoc />
    public string Name => "train-claim-types";

    /// <inheritdoc />
    public string Summary => "claim type model (ML.NET logistic regression per type) on commentary dev gold; CV over documents";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--folds", "--l2"], ["--no-save"]);
        int folds = arguments.Int("--folds", 5);
        float[] l2Grid = [.. (arguments.Value("--l2") ?? "0.25,0.5,1,2,4").Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture))];
        double[] thresholds = [.. Enumerable.Range(4, 9).Select(k => k * 0.05)];
        var clock = Stopwatch.StartNew();

        List<ClaimTypeTrainer.AnalysedText> texts = ClaimTypeTrainer.Analyse(PolicyAnalyzer.Create(AnalyzerOptions.Default), CommentarySet.Load("dev"));
        int goldClaims = texts.Sum(t => t.GoldRows.Count);
        int matched = texts.Sum(t => t.SystemItems.Count(i => i.Gold is not null));
        output.WriteLine(FormattableString.Invariant($"commentary dev: {texts.Count} texts, {goldClaims} gold claims, {matched} system claims matched to one ({clock.Elapsed.TotalSeconds:0}s)"));

        (Prf rules, Prf[] rulesByType) = ClaimTypeTrainer.Score(texts, (i, s) => texts[i].SystemItems[s].Rules);
        output.WriteLine($"lexicon rules: {rules}");

        (float L2, double Threshold, Prf Score, Prf[] ByType)? best = null;
        foreach (float l2 in l2Grid)
        {
            double[][][] probabilities = ClaimTypeTrainer.CrossValidate(texts, l2, folds);
            foreach (double threshold in thresholds)
            {
                (Prf score, Prf[] byType) = ClaimTypeTrainer.Score(texts, (i, s) => ClaimTypeTrainer.Decide(probabilities[i][s], threshold));
                output.WriteLine(FormattableString.Invariant($"  L2 {l2,-4} threshold {threshold:0.00}: {score}"));
                if (best is null || score.F1 > best.Value.Score.F1)
                {
                    best = (l2, threshold, score, byType);
                }
            }
        }

        if (best is not { } chosen)
        {
            output.WriteLine("error: no L2 value to try");
            return 2;
        }

        output.WriteLine(FormattableString.Invariant($"chosen: L2 {chosen.L2}, threshold {chosen.Threshold:0.00}: {chosen.Score} (out of fold)"));
        (float[] Weights, float Bias)[] fitted = ClaimTypeTrainer.Fit([.. texts.SelectMany(t => t.GoldRows)], chosen.L2);
        var model = new ClaimTypeModel([.. fitted.Select(m => m.Weights)], [.. fitted.Select(m => m.Bias)], [.. fitted.Select(_ => (float)chosen.Threshold)]);
        // The exported model must give the fitted weights' probabilities through the library's own featurising.
        double maxDiff = texts.SelectMany(t => t.SystemItems.Select(i => (t.Document, Item: i)))
            .Max(x => ClaimTypeTrainer.Probabilities(fitted, x.Item).Zip(model.Probabilities(x.Document, x.Item.First, x.Item.End, x.Item.Cues), (a, b) => Math.Abs(a - b)).Max());
        output.WriteLine(FormattableString.Invariant($"max |exported - fitted| probability on the system claims: {maxDiff:E2}"));
        if (maxDiff > 1e-4)
        {
            output.WriteLine("error: the exported model does not reproduce the fitted probabilities");
            return 1;
        }

        if (arguments.Flag("--no-save"))
        {
            return 0;
        }

        string path = Path.Combine(RepositoryPaths.Models, ClaimTypeModel.FileName);
        using (FileStream file = File.Create(path))
        {
            model.Save(file);
        }

        byte[] bytes = File.ReadAllBytes(path);
        int weights = fitted.Sum(m => m.Weights.Count(w => w != 0));
        ModelCardSection.Write("<!-- claim-types:begin (written by train-claim-types; do not edit) -->", "<!-- claim-types:end -->", "Claim types (train-claim-types)",
            Card(texts.Count, goldClaims, matched, folds, chosen, rules, rulesByType, weights, bytes));
        output.WriteLine($"wrote models/{ClaimTypeModel.FileName} ({bytes.Length:N0} bytes) and its models/README.md section ({clock.Elapsed.TotalSeconds:0}s in all)");
        return 0;
    }

    private static string Card(int texts, int goldClaims, int matched, int folds, (float L2, double Threshold, Prf Score, Prf[] ByType) best,
        Prf rules, Prf[] rulesByType, int weights, byte[] bytes)
    {
        var card = new StringBuilder();
        card.AppendLine(CultureInfo.InvariantCulture, $"`models/{ClaimTypeModel.FileName}`: {bytes.Length / 1024.0 / 1024.0:0.00} MB, sha256 `{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}…`, {weights:N0} non-zero weights over {ClaimTypeFeaturizer.Dimension:N0} hashed features;");
        card.AppendLine(CultureInfo.InvariantCulture, $"made by `{CommandLine}`. Microsoft.ML 5.0.1 LbfgsLogisticRegression, one per type, on our hashed features (`ClaimTypeFeaturizer`: words, word pairs, Penn tags, the lexicon's cues).");
        card.AppendLine(CultureInfo.InvariantCulture, $"Trained on the {goldClaims:N0} gold claims of the commentary **dev** split ({texts} texts); L2 {best.L2} and the threshold {best.Threshold:0.00} (every type) chosen by {folds}-fold");
        card.AppendLine("cross-validation over documents, scored as `eval-commentary` scores claim types: micro P/R/F1 over the system's claims that match a gold claim");
        card.AppendLine(CultureInfo.InvariantCulture, $"({matched:N0}). A claim no type reaches gets the likeliest. The rows below are out of fold (no text's claims trained the model that typed it);");
        card.AppendLine("`eval-commentary --split dev` with the shipped model is in-sample, the test split is reported there.");
        card.AppendLine();
        card.AppendLine("| types | micro P | micro R | micro F1 | statistical | causal | predictive | prescriptive | evaluative | factual |");
        card.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        card.AppendLine(Row("lexicon rules (before)", rules, rulesByType));
        card.AppendLine(Row(FormattableString.Invariant($"**model, out of fold (shipped)**"), best.Score, best.ByType));
        return card.ToString();
    }

    private static string Row(string name, Prf all, Prf[] byType) =>
        FormattableString.Invariant($"| {name} | {all.Precision:0.000} | {all.Recall:0.000} | **{all.F1:0.000}** | ")
        + string.Join(" | ", byType.Select(p => p.F1.ToString("0.000", CultureInfo.InvariantCulture))) + " |";
}
