using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// <c>train-claims [--data DIR] [--out DIR] [--folds K]</c>: trains the check-worthiness model on ClaimBuster
/// train.json (regularisation and class balancing chosen by K-fold cross-validation on train only, probabilities Platt-calibrated on the out-of-fold scores so that 0.5 is the decision point),
/// scores it once on test.json, and writes <c>checkworthiness.bin</c> and its card <c>checkworthiness.card.json</c>.
/// </summary>
internal sealed class TrainClaimsCommand : ITrainingCommand
{
    /// <summary>File name of the model in <c>models/</c>.</summary>
    public const string ModelFile = "checkworthiness.bin";

    /// <summary>File name of the model card in <c>models/</c>.</summary>
    public const string CardFile = "checkworthiness.card.json";

    public string Name => "train-claims";

    public string Summary => "check-worthiness model (Microsoft.ML logistic regression) on ClaimBuster; CV on train, score on test";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--out", "--folds"], []);
        string? data = arguments.Data;
        string outDir = arguments.Value("--out") ?? RepositoryPaths.Models;
        int folds = arguments.Int("--folds", 5);
        if (data is null || !File.Exists(Path.Combine(data, "claimbuster", "train.json")))
        {
            Console.Error.WriteLine("error: claimbuster data not found; pass --data DIR (the shared data folder)");
            return 2;
        }

        var train = ClaimbusterData.Load(data, "train").Select(s => (s.Text, s.CheckWorthy)).ToList();
        var test = ClaimbusterData.Load(data, "test");
        bool[] trainLabels = [.. train.Select(t => t.CheckWorthy)];
        var ml = new MLContext(seed: 1);

        output.WriteLine($"ClaimBuster train: {train.Count} sentences ({trainLabels.Count(l => l)} check-worthy); {folds}-fold CV");
        // The threshold maximises F1 as if check-worthy and other sentences were equally frequent (positives
        // reweighted in the out-of-fold predictions): ClaimBuster's test split is balanced by design (SOURCE.md), and
        // written commentary is far denser in claims than debate transcripts. The train-prior threshold is reported too.
        (CheckworthinessTrainer.Settings Settings, double Threshold, double F1, double PriorThreshold) best = (default, 0.5, -1, 0.5);
        double[] bestOutOfFold = [];
        foreach (bool balance in new[] { false, true })
        {
            foreach (float l1 in new[] { 0f, 0.01f })
            {
                foreach (float l2 in new[] { 0.03f, 0.05f, 0.1f, 0.15f, 0.2f, 0.3f })
                {
                    var settings = new CheckworthinessTrainer.Settings(l1, l2, balance);
                    double[] oof = CheckworthinessTrainer.CrossValidate(ml, train, settings, folds, seed: 7);
                    (double threshold, double bestF1) = CheckworthinessTrainer.BestThreshold(oof, trainLabels, balancedPrior: true);
                    // Chosen by what ships: balanced F1 at 0.5 after calibrating these out-of-fold scores.
                    (double A, double B) c = PlattCalibration.Fit([.. oof.Select(PlattCalibration.Logit)], trainLabels, balanced: true);
                    double f1 = CheckworthinessTrainer.BalancedF1([.. oof.Select(p => 1 / (1 + Math.Exp(-(c.A * PlattCalibration.Logit(p) + c.B))))], trainLabels, 0.5);
                    (double priorThreshold, double priorF1) = CheckworthinessTrainer.BestThreshold(oof, trainLabels, balancedPrior: false);
                    output.WriteLine(FormattableString.Invariant(
                        $"  {settings,-36} CV F1 (balanced) {f1:0.0000} at 0.5 calibrated, {bestF1:0.0000} at best {threshold:0.00}; CV F1 (train prior) {priorF1:0.0000} at {priorThreshold:0.00}"));
                    if (f1 > best.F1)
                    {
                        best = (settings, threshold, f1, priorThreshold);
                        bestOutOfFold = oof;
                    }
                }
            }
        }

        output.WriteLine(FormattableString.Invariant($"chosen: {best.Settings} (balanced CV F1 at 0.5 calibrated {best.F1:0.0000})"));

        // Calibration on the out-of-fold scores of the chosen settings, classes weighted equally: the shipped probability
        // is the chance of check-worthiness were both classes equally frequent, and 0.5 is its decision point.
        (double A, double B) calibration = PlattCalibration.Fit([.. bestOutOfFold.Select(PlattCalibration.Logit)], trainLabels, balanced: true);
        double[] calibratedOutOfFold = [.. bestOutOfFold.Select(p => 1 / (1 + Math.Exp(-(calibration.A * PlattCalibration.Logit(p) + calibration.B))))];
        SpanScore cvAtHalf = CheckworthinessTrainer.Score(calibratedOutOfFold, trainLabels, 0.5);
        (double calibratedBest, double calibratedBestF1) = CheckworthinessTrainer.BestThreshold(calibratedOutOfFold, trainLabels, balancedPrior: true);
        output.WriteLine(FormattableString.Invariant(
            $"calibration A {calibration.A:0.0000} B {calibration.B:0.0000}; CV at 0.5 (train prior): {cvAtHalf}; F1-optimal calibrated threshold {calibratedBest:0.00} (balanced CV F1 {calibratedBestF1:0.0000})"));
        var fitted = CheckworthinessTrainer.Fit(ml, CheckworthinessTrainer.Rows(train, best.Settings.BalanceClasses), best.Settings);
        CheckworthinessModel model = CheckworthinessTrainer.Export(fitted, 0.5f, calibration);

        // Our scorer against ML.NET on the test sentences: the exported weights must give the same scores.
        var testRows = CheckworthinessTrainer.Rows(test.Select(s => (s.Text, s.CheckWorthy)), balance: false);
        var mlPredictions = CheckworthinessTrainer.Predict(ml, fitted, testRows);
        double maxDiff = 0;
        var ours = new double[test.Count];
        for (int i = 0; i < test.Count; i++)
        {
            ours[i] = model.Score(test[i].Text);
            double expected = 1 / (1 + Math.Exp(-(calibration.A * PlattCalibration.Logit(mlPredictions[i].Probability) + calibration.B)));
            maxDiff = Math.Max(maxDiff, Math.Abs(ours[i] - expected));
        }

        SpanScore score = CheckworthinessTrainer.Score(ours, [.. test.Select(s => s.CheckWorthy)], model.Threshold);
        output.WriteLine($"ClaimBuster test ({test.Count} sentences), check-worthy class: {score}");
        SpanScore priorScore = CheckworthinessTrainer.Score(ours, [.. test.Select(s => s.CheckWorthy)], calibratedBest);
        output.WriteLine(FormattableString.Invariant($"  (at the F1-optimal calibrated CV threshold {calibratedBest:0.00}: {priorScore})"));
        output.WriteLine(FormattableString.Invariant($"max |ours - ML.NET| probability on test: {maxDiff:E2}"));

        Directory.CreateDirectory(outDir);
        string modelPath = Path.Combine(outDir, ModelFile);
        using (FileStream file = File.Create(modelPath))
        {
            model.Save(file);
        }

        byte[] bytes = File.ReadAllBytes(modelPath);
        var card = new CheckworthinessCard
        {
            Data = "claimbuster train.json (train, CV) / test.json (test)",
            Trainer = "Microsoft.ML 5.0.1 LbfgsLogisticRegression on our hashed word unigrams, bigrams, 5-letter stems, word classes, Penn tags and 12 dense features",
            Settings = best.Settings.ToString(),
            CrossValidationF1 = Math.Round(best.F1, 4),
            ThresholdCriterion = "0.5 on probabilities Platt-calibrated on the out-of-fold scores of train, classes weighted equally",
            Threshold = 0.5,
            CalibrationA = Math.Round(calibration.A, 6),
            CalibrationB = Math.Round(calibration.B, 6),
            TestPrecision = Math.Round(score.Precision, 4),
            TestRecall = Math.Round(score.Recall, 4),
            TestF1 = Math.Round(score.F1, 4),
            CalibratedF1Threshold = Math.Round(calibratedBest, 2),
            TestF1AtCalibratedF1Threshold = Math.Round(priorScore.F1, 4),
            NonZeroWeights = model.NonZeroWeights,
            Bytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Command = "dotnet run -c Release --project src/PolicyTextAnalysis.Training -- train-claims",
        };
        File.WriteAllText(Path.Combine(outDir, CardFile), JsonSerializer.Serialize(card, CardJson.Options) + "\n");
        output.WriteLine($"wrote {ModelFile} ({bytes.Length:N0} bytes, {model.NonZeroWeights:N0} non-zero weights) and {CardFile}");
        return 0;
    }
}
