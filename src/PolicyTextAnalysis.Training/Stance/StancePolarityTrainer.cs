using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// Trains the stance polarity model with Microsoft.ML (L-BFGS maximum entropy, i.e. multinomial logistic regression)
/// on vectors from our own <see cref="StancePolarityFeaturizer"/>, and exports the weights into
/// <see cref="StancePolarityModel"/>. Settings are chosen by cross-validation on the training data only, with the
/// targets of one sentence kept in one fold.
/// </summary>
internal static class StancePolarityTrainer
{
    /// <summary>One training row as ML.NET sees it.</summary>
    public sealed class Row
    {
        /// <summary>The class: 0 against, 1 neutral, 2 favour (mapped to keys by value, so the slots keep this order).</summary>
        public uint Label { get; set; }

        /// <summary>Example weight (balances the classes when asked).</summary>
        public float Weight { get; set; } = 1f;

        /// <summary>The sparse feature vector.</summary>
        [VectorType(StancePolarityFeaturizer.Dimension)]
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>ML.NET's prediction columns.</summary>
    public sealed class Prediction
    {
        /// <summary>Class probabilities in key order (against, neutral, favour).</summary>
        public float[] Score { get; set; } = [];
    }

    /// <summary>Hyper-parameters searched by cross-validation.</summary>
    public readonly record struct Settings(PolarityFeatureSet Features, float L1, float L2, bool BalanceClasses)
    {
        /// <inheritdoc />
        public override string ToString() => FormattableString.Invariant($"{Features}, L1 {L1}, L2 {L2}, balanced {BalanceClasses}");
    }

    /// <summary>Featurises one target into a sorted sparse vector (duplicate indices summed).</summary>
    public static VBuffer<float> Vector(Document document, int first, int end, PolarityFeatureSet features)
    {
        var list = new List<KeyValuePair<int, float>>();
        StancePolarityFeaturizer.Featurize(document, first, end, features, list);
        var merged = new SortedDictionary<int, float>();
        foreach (KeyValuePair<int, float> f in list)
        {
            merged[f.Key] = merged.GetValueOrDefault(f.Key) + f.Value;
        }

        return new VBuffer<float>(StancePolarityFeaturizer.Dimension, merged.Count, [.. merged.Values], [.. merged.Keys]);
    }

    /// <summary>Builds ML.NET rows from labelled targets.</summary>
    public static List<Row> Rows(IReadOnlyList<NewsMtscTarget> targets, PolarityFeatureSet features) =>
        [.. targets.Select(t => new Row { Label = (uint)t.Label, Features = Vector(t.Sentence, t.FirstToken, t.EndToken, features) })];

    /// <summary>Sets each row's weight to (rows / classes) / rows of its class, or back to one.</summary>
    public static void Balance(IReadOnlyList<Row> rows, bool balance)
    {
        var counts = new int[StancePolarityModel.Classes];
        foreach (Row r in rows)
        {
            counts[r.Label]++;
        }

        foreach (Row r in rows)
        {
            r.Weight = balance ? rows.Count / (float)StancePolarityModel.Classes / counts[r.Label] : 1f;
        }
    }

    /// <summary>Trains ML.NET's maximum entropy classifier on <paramref name="rows"/> (weights as set on the rows).</summary>
    /// <remarks>
    /// The label goes through <c>MapValueToKey</c> ordered by value: a raw <c>KeyType</c> column put the classes in
    /// the wrong slots, and a first-seen order would depend on the row order.
    /// </remarks>
    public static TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> Fit(MLContext ml, IEnumerable<Row> rows, Settings settings)
    {
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var toKey = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
        });
        return toKey.Append(trainer).Fit(data);
    }

    /// <summary>Exports the weights and biases of a fitted model into our format.</summary>
    public static StancePolarityModel Export(TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> fitted, PolarityFeatureSet features)
    {
        MaximumEntropyModelParameters parameters = fitted.LastTransformer.Model;
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out int classes);
        if (classes != StancePolarityModel.Classes)
        {
            throw new InvalidOperationException($"ML.NET returned {classes} classes; the model needs {StancePolarityModel.Classes} (is a class missing from the training rows?).");
        }

        var weights = new float[StancePolarityFeaturizer.Dimension * StancePolarityModel.Classes];
        for (int c = 0; c < classes; c++)
        {
            foreach ((int index, float value) in perClass[c].Items())
            {
                weights[index * StancePolarityModel.Classes + c] = value;
            }
        }

        return new StancePolarityModel(weights, [.. parameters.GetBiases()], features);
    }

    /// <summary>Class probabilities from ML.NET (batch transform), one array per row.</summary>
    public static List<float[]> Predict(MLContext ml, ITransformer model, IEnumerable<Row> rows)
    {
        IDataView scored = model.Transform(ml.Data.LoadFromEnumerable(rows));
        return [.. ml.Data.CreateEnumerable<Prediction>(scored, reuseRowObject: false).Select(p => p.Score)];
    }

    /// <summary>
    /// Out-of-fold predicted classes by <paramref name="folds"/>-fold cross-validation; folds are drawn over sentences
    /// (a seeded shuffle), so a sentence's targets never train the model that predicts them.
    /// </summary>
    public static int[] CrossValidate(MLContext ml, IReadOnlyList<NewsMtscTarget> targets, IReadOnlyList<Row> rows, Settings settings, int folds, int seed)
    {
        int[] fold = FoldAssignment(targets, folds, seed);
        var predicted = new int[rows.Count];
        for (int f = 0; f < folds; f++)
        {
            var train = new List<Row>();
            var heldOut = new List<int>();
            for (int i = 0; i < rows.Count; i++)
            {
                if (fold[i] == f)
                {
                    heldOut.Add(i);
                }
                else
                {
                    train.Add(rows[i]);
                }
            }

            Balance(train, settings.BalanceClasses);
            var model = Fit(ml, train, settings);
            List<float[]> scores = Predict(ml, model, heldOut.Select(i => rows[i]));
            for (int k = 0; k < heldOut.Count; k++)
            {
                predicted[heldOut[k]] = ArgMax(scores[k]);
            }
        }

        return predicted;
    }

    /// <summary>The index of the largest value (the first on a tie).</summary>
    public static int ArgMax(IReadOnlyList<float> values)
    {
        int best = 0;
        for (int c = 1; c < values.Count; c++)
        {
            best = values[c] > values[best] ? c : best;
        }

        return best;
    }

    private static int[] FoldAssignment(IReadOnlyList<NewsMtscTarget> targets, int folds, int seed)
    {
        var sentences = targets.Select(t => t.Sentence).Distinct().ToArray();
        new Random(seed).Shuffle(sentences);
        var foldOf = new Dictionary<Document, int>(ReferenceEqualityComparer.Instance);
        for (int k = 0; k < sentences.Length; k++)
        {
            foldOf[sentences[k]] = k % folds;
        }

        return [.. targets.Select(t => foldOf[t.Sentence])];
    }
}
