using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.ML;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>train-stance-evidence [--folds K] [--l2 0.5,1,2,4] [--claim-types shipped|rules|oof] [--no-save]</c>: trains the stance evidence scorer on the
/// commentary dev split. Every piece of evidence the stance rules produce is labelled by whether its holder, target and
/// polarity match a gold stance (the scorer's rules); regularisation and the keep threshold are chosen by the commentary
/// stance F1 of K-fold cross-validation over documents. Writes <c>models/stance-evidence.bin</c>, its card and its
/// README section. After a change of <see cref="StanceEvidenceFeaturizer.Version"/> the bundled model no longer loads
/// (the analyzer refuses it): delete <c>models/stance-evidence.bin</c> and rebuild before retraining.
/// </summary>
internal sealed class TrainStanceEvidenceCommand : ITrainingCommand
{
    private const string CommandLine = "dotnet run -c Release --project src/PolicyTextAnalysis.Training -- train-stance-evidence";

    /// <inheritdoc />
    public string Name => "train-stance-evidence";

    /// <inheritdoc />
    public string Summary => "stance evidence scorer (ML.NET logistic regression) on commentary dev; CV over documents";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--folds", "--l2", "--news", "--claim-types"], ["--no-save"]);
        int folds = arguments.Int("--folds", 5);
        float[] l2Grid = [.. (arguments.Value("--l2") ?? "0.5,1,2,4,8").Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture))];
        var clock = Stopwatch.StartNew();

        // The evidence comes from the rules alone: the bundled scorer is neither applied by FindEvidence nor loaded (it may
        // have been made for another feature set).
        PolicyAnalyzer analyzer = PolicyAnalyzer.Create(AnalyzerOptions.Default, null, useStanceEvidenceModel: false);
        // The rules choose the author's judging sentences by the claim lexicon's types: --claim-types oof gives them the
        // claim type model's types instead, each text typed by a model trained without it (the shipped one has seen every
        // dev text), to measure that choice; rules (the default, as the pipeline does) the lexicon's.
        IReadOnlyList<CommentaryDocument> dev = CommentarySet.Load("dev");
        Func<CommentaryDocument, Document, Document>? retype = arguments.Value("--claim-types") switch
        {
            null or "shipped" => null,
            "rules" => Claims.ClaimTypeTrainer.Retyper(dev, null),
            "oof" => Claims.ClaimTypeTrainer.Retyper(dev, analyzer),
            string other => throw new ArgumentException($"--claim-types takes shipped, rules or oof, not '{other}'"),
        };
        List<StanceEvidenceTrainer.AnalysedDocument> documents = StanceEvidenceTrainer.Analyse(analyzer, dev, retype);
        int evidence = documents.Sum(d => d.Rows.Count);
        int positive = documents.Sum(d => d.Rows.Count(r => r.Label));
        output.WriteLine(FormattableString.Invariant($"commentary dev: {documents.Count} texts, {evidence} pieces of evidence, {positive} positive ({clock.Elapsed.TotalSeconds:0}s)"));

        // Judged news stances of the tuning sets, as extra training rows in every fold (never scored).
        string[] newsSets = [.. (arguments.Value("--news") ?? "none").Split(',').Where(s => s != "none")];
        List<StanceEvidenceTrainer.Row> news = [];
        if (newsSets.Length > 0)
        {
            if (arguments.Data is not { } data || newsSets.Any(s => s is "gum-heldout" or "gmb-test"))
            {
                output.WriteLine("error: --news needs the shared data folder and takes only tuning sets (gum-train, gmb-dev, gmb-train)");
                return 2;
            }

            news = StanceEvidenceTrainer.NewsRows(analyzer, data, newsSets, NewsStanceJudgments.Load(NewsStanceJudgments.FilePath));
            output.WriteLine(FormattableString.Invariant($"news ({string.Join(", ", newsSets)}): {news.Count} judged pieces of evidence, {news.Count(r => r.Label)} positive ({clock.Elapsed.TotalSeconds:0}s)"));
        }

        var rows = new List<StanceEvidenceRow>();
        Prf baseline = StanceEvidenceTrainer.Score(documents, null, 0, 1);
        rows.Add(Row("rules alone (no model)", 0, baseline));
        output.WriteLine($"rules alone: {baseline}");

        var ml = new MLContext(seed: 1);
        // The framing threshold is part of the default output (framing candidates are only candidates), so it is chosen
        // with no stance threshold; the stance threshold is then chosen for the card and the option.
        (float L2, double Framing, Prf Score) bestFraming = (0, 1, new Prf(0, 1, 0, 1));
        double[] thresholds = [0, .. Enumerable.Range(1, 14).Select(k => k * 0.05)];
        double[] framingThresholds = [.. Enumerable.Range(2, 14).Select(k => k * 0.05), 1.01];
        var byL2 = new Dictionary<float, double[][]>();
        foreach (float l2 in l2Grid)
        {
            double[][] probabilities = StanceEvidenceTrainer.CrossValidate(ml, documents, news, l2, folds, seed: 7);
            byL2[l2] = probabilities;
            foreach (double f in framingThresholds)
            {
                Prf score = StanceEvidenceTrainer.Score(documents, probabilities, 0, f);
                output.WriteLine(FormattableString.Invariant($"  L2 {l2,-4} framing threshold {f:0.00}: {score}"));
                if (score.F1 > bestFraming.Score.F1)
                {
                    bestFraming = (l2, f, score);
                }
            }
        }

        float chosenL2 = bestFraming.L2;
        double framingThreshold = Math.Min(1, bestFraming.Framing);
        double[][] chosen = byL2[chosenL2];
        (double Threshold, Prf Score) best = (0, bestFraming.Score);
        foreach (double t in thresholds)
        {
            Prf score = StanceEvidenceTrainer.Score(documents, chosen, t, framingThreshold);
            if (score.F1 > best.Score.F1)
            {
                best = (t, score);
            }
        }

        output.WriteLine(FormattableString.Invariant($"chosen: L2 {chosenL2}, framing threshold {framingThreshold:0.00} ({bestFraming.Score}); best stance threshold {best.Threshold:0.00}: {best.Score}"));
        rows.Add(Row(FormattableString.Invariant($"model, L2 {chosenL2} (out-of-fold), no framing candidates"), 0, StanceEvidenceTrainer.Score(documents, chosen, 0, 1.01)));
        foreach (double t in thresholds.Where(t => t <= 0.5))
        {
            string note = t == 0 ? ", the default (no threshold)" : Math.Abs(t - best.Threshold) < 1e-9 ? ", best F1" : "";
            rows.Add(Row(FormattableString.Invariant($"model, L2 {chosenL2} (out-of-fold), framing {framingThreshold:0.00}{note}"), t, StanceEvidenceTrainer.Score(documents, chosen, t, framingThreshold)));
        }

        var fitted = StanceEvidenceTrainer.Fit(ml, documents.SelectMany(d => d.Rows).Concat(news), chosenL2);
        StanceEvidenceModel model = StanceEvidenceTrainer.Export(fitted, (float)best.Threshold, (float)framingThreshold);
        double maxDiff = MaxDifference(ml, fitted, model, documents);
        output.WriteLine(FormattableString.Invariant($"max |ours - ML.NET| probability on the training rows: {maxDiff:E2}"));
        if (maxDiff > 1e-4)
        {
            output.WriteLine("error: the exported model does not reproduce ML.NET's probabilities");
            return 1;
        }

        if (arguments.Flag("--no-save"))
        {
            return 0;
        }

        string path = Path.Combine(RepositoryPaths.Models, StanceEvidenceModel.FileName);
        using (FileStream file = File.Create(path))
        {
            model.Save(file);
        }

        byte[] bytes = File.ReadAllBytes(path);
        int nonZero = 0;
        foreach (float w in fitted.Model.SubModel.Weights)
        {
            nonZero += w != 0 ? 1 : 0;
        }

        StanceEvidenceCard.Write(new StanceEvidenceCard(
            CommandLine, "Microsoft.ML 5.0.1 LbfgsLogisticRegression on our hashed evidence features (StanceEvidenceFeaturizer)",
            documents.Count, evidence, positive, string.Join(", ", newsSets), news.Count, news.Count(r => r.Label), folds, chosenL2, Math.Round(best.Threshold, 2), Math.Round(framingThreshold, 2), rows, nonZero, bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes))));
        output.WriteLine($"wrote models/{StanceEvidenceModel.FileName} ({bytes.Length:N0} bytes), its card and its models/README.md section ({clock.Elapsed.TotalSeconds:0}s in all)");
        return 0;
    }

    private static double MaxDifference(MLContext ml, ITransformer fitted, StanceEvidenceModel model, IReadOnlyList<StanceEvidenceTrainer.AnalysedDocument> documents)
    {
        double max = 0;
        foreach (StanceEvidenceTrainer.AnalysedDocument d in documents)
        {
            float[] expected = StanceEvidenceTrainer.Predict(ml, fitted, d.Rows);
            Dictionary<(string, string), int> support = StanceStage.SupportCounts(d.Evidence);
            for (int i = 0; i < d.Evidence.Count; i++)
            {
                double ours = model.Probability(d.Document, d.Evidence[i], support[(d.Evidence[i].Holder, d.Evidence[i].Target)]);
                max = Math.Max(max, Math.Abs(ours - expected[i]));
            }
        }

        return max;
    }

    private static StanceEvidenceRow Row(string setting, double threshold, Prf p) =>
        new(setting, Math.Round(threshold, 2), Math.Round(p.Precision, 4), Math.Round(p.Recall, 4), Math.Round(p.F1, 4), p.Predicted, p.PredictedRight, p.GoldFound, p.Gold);
}
