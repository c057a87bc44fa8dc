using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.ML;
using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>train-stance-polarity [--data DIR] [--folds K] [--l2 4,8,16] [--no-save]</c>: trains the (sentence, target) polarity model on
/// NewsMTSC train.jsonl. Feature groups, regularisation and class balancing are chosen by K-fold cross-validation on
/// train only (the text-only features are cross-validated too, as the ablation of the parse features); the devtest
/// files are scored once, to report. Writes <c>models/stance-polarity.bin</c>, its card and its README section.
/// </summary>
internal sealed class TrainStancePolarityCommand : ITrainingCommand
{
    /// <summary>The sets scored and recorded in the card.</summary>
    public static readonly string[] TestSets = ["devtest_rw", "devtest_mt"];

    private const string CommandLine = "dotnet run -c Release --project src/PolicyTextAnalysis.Training -- train-stance-polarity";

    /// <inheritdoc />
    public string Name => "train-stance-polarity";

    /// <inheritdoc />
    public string Summary => "stance polarity toward a target (ML.NET maximum entropy) on NewsMTSC; CV on train, score devtest";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--folds", "--l2"], ["--no-save"]);
        string? data = arguments.Data;
        int folds = arguments.Int("--folds", 5);
        float[] l2Grid = [.. (arguments.Value("--l2") ?? "4,8,16").Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture))];
        if (data is null || !File.Exists(Path.Combine(data, "newsmtsc", "train.jsonl")))
        {
            output.WriteLine("error: NewsMTSC not found; pass --data DIR (the shared data folder holding newsmtsc/)");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        List<NewsMtscTarget> train = NewsMtsc.Load(data, "train");
        int[] gold = [.. train.Select(t => t.Label)];
        output.WriteLine(FormattableString.Invariant($"NewsMTSC train: {train.Count} targets (against/neutral/favor {gold.Count(g => g == 0)}/{gold.Count(g => g == 1)}/{gold.Count(g => g == 2)}), parsed in {clock.Elapsed.TotalSeconds:0}s; {folds}-fold CV over sentences"));

        var ml = new MLContext(seed: 1);
        var best = new Dictionary<PolarityFeatureSet, (StancePolarityTrainer.Settings Settings, PolarityScore Score)>();
        foreach (PolarityFeatureSet features in new[] { PolarityFeatureSet.Text, PolarityFeatureSet.All })
        {
            List<StancePolarityTrainer.Row> rows = StancePolarityTrainer.Rows(train, features);
            foreach (bool balance in new[] { false, true })
            {
                foreach (float l2 in l2Grid)
                {
                    var settings = new StancePolarityTrainer.Settings(features, 0f, l2, balance);
                    var score = new PolarityScore(gold, StancePolarityTrainer.CrossValidate(ml, train, rows, settings, folds, seed: 7));
                    output.WriteLine(FormattableString.Invariant($"  {settings,-40} CV macro F1 {score.MacroF1:0.0000}, accuracy {score.Accuracy:0.0000}  ({clock.Elapsed.TotalSeconds:0}s)"));
                    if (!best.TryGetValue(features, out var current) || score.MacroF1 > current.Score.MacroF1)
                    {
                        best[features] = (settings, score);
                    }
                }
            }
        }

        var chosen = best.Values.MaxBy(b => b.Score.MacroF1);
        output.WriteLine(FormattableString.Invariant($"ablation: CV macro F1 {best[PolarityFeatureSet.Text].Score.MacroF1:0.0000} without parse features, {best[PolarityFeatureSet.All].Score.MacroF1:0.0000} with"));
        output.WriteLine($"chosen: {chosen.Settings}");
        output.WriteLine(chosen.Score.Describe("CV on train"));

        List<StancePolarityTrainer.Row> finalRows = StancePolarityTrainer.Rows(train, chosen.Settings.Features);
        StancePolarityTrainer.Balance(finalRows, chosen.Settings.BalanceClasses);
        var fitted = StancePolarityTrainer.Fit(ml, finalRows, chosen.Settings);
        StancePolarityModel model = StancePolarityTrainer.Export(fitted, chosen.Settings.Features);

        var scores = new List<PolaritySetScore> { Record("cv-train", chosen.Score) };
        double microseconds = 0;
        foreach (string set in TestSets)
        {
            List<NewsMtscTarget> test = NewsMtsc.Load(data, set);
            (PolarityScore score, double maxDiff, double perTarget) = Evaluate(ml, fitted, model, test);
            output.WriteLine(score.Describe(set));
            output.WriteLine(FormattableString.Invariant($"  max |ours - ML.NET| probability {maxDiff:E2}; {perTarget:0} µs per target"));
            scores.Add(Record(set, score));
            microseconds = set == TestSets[0] ? perTarget : microseconds;
        }

        if (arguments.Flag("--no-save"))
        {
            return 0;
        }

        string path = Path.Combine(RepositoryPaths.Models, StancePolarityModel.FileName);
        using (FileStream file = File.Create(path))
        {
            model.Save(file);
        }

        byte[] bytes = File.ReadAllBytes(path);
        var card = new StancePolarityCard(
            CommandLine,
            "Microsoft.ML 5.0.1 LbfgsMaximumEntropy (multinomial logistic regression) on our hashed target-aware features",
            chosen.Settings.ToString(), train.Count, folds,
            Math.Round(best[PolarityFeatureSet.All].Score.MacroF1, 4), Math.Round(best[PolarityFeatureSet.Text].Score.MacroF1, 4), scores,
            model.NonZeroFeatures, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), Math.Round(microseconds, 1));
        StancePolarityCard.Write(card);
        output.WriteLine($"wrote models/{StancePolarityModel.FileName} ({bytes.Length:N0} bytes, {model.NonZeroFeatures:N0} features), its card and its models/README.md section ({clock.Elapsed.TotalSeconds:0}s in all)");
        return 0;
    }

    /// <summary>Scores <paramref name="model"/> on <paramref name="test"/>, checking it against ML.NET and timing it.</summary>
    internal static (PolarityScore Score, double MaxDifference, double MicrosecondsPerTarget) Evaluate(
        MLContext ml, ITransformer fitted, StancePolarityModel model, IReadOnlyList<NewsMtscTarget> test)
    {
        var clock = Stopwatch.StartNew();
        var ours = new StancePolarityPrediction[test.Count];
        for (int i = 0; i < test.Count; i++)
        {
            ours[i] = model.Predict(test[i].Sentence, test[i].FirstToken, test[i].EndToken);
        }

        double perTarget = clock.Elapsed.TotalMicroseconds / Math.Max(1, test.Count);
        List<float[]> expected = StancePolarityTrainer.Predict(ml, fitted, StancePolarityTrainer.Rows(test, model.Features));
        double maxDiff = 0;
        for (int i = 0; i < test.Count; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(ours[i].Against - expected[i][0]));
            maxDiff = Math.Max(maxDiff, Math.Abs(ours[i].Neutral - expected[i][1]));
            maxDiff = Math.Max(maxDiff, Math.Abs(ours[i].Favor - expected[i][2]));
        }

        return (Score(model, test), maxDiff, perTarget);
    }

    /// <summary>The scores of <paramref name="model"/> on <paramref name="test"/> (argmax class).</summary>
    internal static PolarityScore Score(StancePolarityModel model, IReadOnlyList<NewsMtscTarget> test) =>
        new([.. test.Select(t => t.Label)], [.. test.Select(t => ClassOf(model.Predict(t.Sentence, t.FirstToken, t.EndToken).Polarity))]);

    private static int ClassOf(StancePolarity polarity) => polarity switch
    {
        StancePolarity.Against => 0,
        StancePolarity.Favor => 2,
        _ => 1,
    };

    private static PolaritySetScore Record(string set, PolarityScore score) =>
        new(set, score.Count, Math.Round(score.MacroF1, 4), Math.Round(score.Accuracy, 4),
            [.. NewsMtsc.LabelNames.Select((name, c) => new PolarityClassScore(
                name, score.Of(c).Gold, Math.Round(score.Of(c).Precision, 4), Math.Round(score.Of(c).Recall, 4), Math.Round(score.Of(c).F1, 4)))]);
}
