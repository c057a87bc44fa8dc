using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using PolicyTextAnalysis.Claims;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// Trains the check-worthiness model with Microsoft.ML (L-BFGS logistic regression) on vectors from our own
/// <see cref="CheckworthinessFeaturizer"/>, and exports the weights into <see cref="CheckworthinessModel"/>.
/// Regularisation and the decision threshold are chosen by k-fold cross-validation on the training data only.
/// </summary>
public static class CheckworthinessTrainer
{
    /// <summary>One training row as ML.NET sees it.</summary>
    public sealed class Row
    {
        /// <summary>True for check-worthy.</summary>
        public bool Label { get; set; }

        /// <summary>Example weight (balances the classes).</summary>
        public float Weight { get; set; } = 1f;

        /// <summary>The sparse feature vector.</summary>
        [VectorType(CheckworthinessFeaturizer.Dimension)]
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>ML.NET's prediction columns.</summary>
    public sealed class Prediction
    {
        /// <summary>Raw linear score.</summary>
        public float Score { get; set; }

        /// <summary>Calibrated probability.</summary>
        public float Probability { get; set; }
    }

    /// <summary>Hyper-parameters searched by cross-validation.</summary>
    public readonly record struct Settings(float L1, float L2, bool BalanceClasses)
    {
        /// <inheritdoc />
        public override string ToString() => FormattableString.Invariant($"L1 {L1}, L2 {L2}, balanced {BalanceClasses}");
    }

    /// <summary>Featurises one text into a sorted sparse vector (duplicate indices summed).</summary>
    public static VBuffer<float> Vector(string text)
    {
        var features = new List<KeyValuePair<int, float>>();
        CheckworthinessFeaturizer.Featurize(text, CheckworthinessFeaturizer.TagsOf(text), features);
        var merged = new SortedDictionary<int, float>();
        foreach (KeyValuePair<int, float> f in features)
        {
            merged[f.Key] = merged.GetValueOrDefault(f.Key) + f.Value;
        }

        return new VBuffer<float>(CheckworthinessFeaturizer.Dimension, merged.Count, [.. merged.Values], [.. merged.Keys]);
    }

    /// <summary>Builds ML.NET rows from labelled texts.</summary>
    public static List<Row> Rows(IEnumerable<(string Text, bool Label)> items, bool balance)
    {
        var rows = items.Select(i => new Row { Label = i.Label, Features = Vector(i.Text) }).ToList();
        if (balance)
        {
            int positives = rows.Count(r => r.Label);
            float positiveWeight = positives == 0 ? 1f : (float)(rows.Count - positives) / positives;
            foreach (Row r in rows.Where(r => r.Label))
            {
                r.Weight = positiveWeight;
            }
        }

        return rows;
    }

    /// <summary>Trains ML.NET's logistic regression and returns the fitted transformer.</summary>
    public static BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Fit(
        MLContext ml, IEnumerable<Row> rows, Settings settings)
    {
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
        });
        return trainer.Fit(data);
    }

    /// <summary>
    /// Exports the linear weights of a fitted model into our format with <paramref name="threshold"/>, folding the
    /// calibration <c>sigmoid(A * score + B)</c> into the weights (A times each weight, A times the bias plus B).
    /// </summary>
    public static CheckworthinessModel Export(
        BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> fitted, float threshold,
        (double A, double B) calibration)
    {
        LinearBinaryModelParameters linear = fitted.Model.SubModel;
        var weights = new float[CheckworthinessFeaturizer.Dimension];
        int i = 0;
        foreach (float w in linear.Weights)
        {
            weights[i++] = (float)(calibration.A * w);
        }

        return new CheckworthinessModel(weights, (float)(calibration.A * linear.Bias + calibration.B), threshold);
    }

    /// <summary>Scores rows with ML.NET (batch transform), returning (score, probability) per row.</summary>
    public static List<Prediction> Predict(MLContext ml, ITransformer model, IEnumerable<Row> rows)
    {
        IDataView scored = model.Transform(ml.Data.LoadFromEnumerable(rows));
        return ml.Data.CreateEnumerable<Prediction>(scored, reuseRowObject: false).ToList();
    }

    /// <summary>Out-of-fold probabilities by <paramref name="folds"/>-fold cross-validation (fixed shuffled folds).</summary>
    public static double[] CrossValidate(MLContext ml, IReadOnlyList<(string Text, bool Label)> items, Settings settings, int folds, int seed)
    {
        int[] fold = FoldAssignment(items.Count, folds, seed);
        var probabilities = new double[items.Count];
        List<Row> all = Rows(items, settings.BalanceClasses);
        for (int f = 0; f < folds; f++)
        {
            var train = new List<Row>();
            var heldOut = new List<int>();
            for (int i = 0; i < all.Count; i++)
            {
                if (fold[i] == f)
                {
                    heldOut.Add(i);
                }
                else
                {
                    train.Add(all[i]);
                }
            }

            var model = Fit(ml, train, settings);
            List<Prediction> predictions = Predict(ml, model, heldOut.Select(i => all[i]));
            for (int k = 0; k < heldOut.Count; k++)
            {
                probabilities[heldOut[k]] = predictions[k].Probability;
            }
        }

        return probabilities;
    }

    /// <summary>
    /// The threshold maximising F1 of the positive class, and that F1. With <paramref name="balancedPrior"/>, each
    /// positive counts (negatives / positives) times, so F1 is measured as if the classes were equally frequent.
    /// </summary>
    public static (double Threshold, double F1) BestThreshold(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, bool balancedPrior)
    {
        int positives = labels.Count(l => l);
        double w = balancedPrior && positives > 0 ? (double)(labels.Count - positives) / positives : 1;
        (double Threshold, double F1) best = (0.5, 0);
        for (int step = 5; step <= 95; step++)
        {
            double t = step / 100.0;
            double tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < probabilities.Count; i++)
            {
                bool p = probabilities[i] >= t;
                if (labels[i])
                {
                    tp += p ? w : 0;
                    fn += p ? 0 : w;
                }
                else
                {
                    fp += p ? 1 : 0;
                }
            }

            double f1 = tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
            if (f1 > best.F1)
            {
                best = (t, f1);
            }
        }

        return best;
    }

    /// <summary>F1 of the positive class at <paramref name="threshold"/> with each positive weighted negatives / positives.</summary>
    public static double BalancedF1(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, double threshold)
    {
        int positives = labels.Count(l => l);
        double w = positives > 0 ? (double)(labels.Count - positives) / positives : 1;
        double tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < probabilities.Count; i++)
        {
            bool p = probabilities[i] >= threshold;
            tp += labels[i] && p ? w : 0;
            fn += labels[i] && !p ? w : 0;
            fp += !labels[i] && p ? 1 : 0;
        }

        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }

    /// <summary>P/R/F1 of the positive class at threshold <paramref name="threshold"/>.</summary>
    public static Evaluation.SpanScore Score(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, double threshold)
    {
        int tp = 0, predicted = 0, gold = 0;
        for (int i = 0; i < probabilities.Count; i++)
        {
            bool p = probabilities[i] >= threshold;
            predicted += p ? 1 : 0;
            gold += labels[i] ? 1 : 0;
            tp += p && labels[i] ? 1 : 0;
        }

        return new Evaluation.SpanScore(tp, predicted, gold);
    }

    private static int[] FoldAssignment(int count, int folds, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (int k = 0; k < count; k++)
        {
            fold[order[k]] = k % folds;
        }

        return fold;
    }
}
