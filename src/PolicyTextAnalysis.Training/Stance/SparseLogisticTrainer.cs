using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// Microsoft.ML logistic regression over hashed sparse features (<see cref="StanceFeaturizer.Dimension"/> by default),
/// returned as plain weights so the library scores with a dot product (no ML.NET at run time).
/// </summary>
internal static class SparseLogisticTrainer
{
    /// <summary>Fits weights and bias to <paramref name="rows"/> (feature dictionary, label) over <paramref name="dimension"/>
    /// hashed features (<see cref="StanceFeaturizer.Dimension"/> when 0).</summary>
    public static (float[] Weights, float Bias) Train(IEnumerable<(Dictionary<int, float> Features, bool Label)> rows, float l1, float l2, int dimension = 0)
    {
        dimension = dimension > 0 ? dimension : StanceFeaturizer.Dimension;
        var ml = new MLContext(seed: 1);
        var data = new List<Row>();
        foreach ((Dictionary<int, float> features, bool label) in rows)
        {
            int[] indices = [.. features.Keys.Order()];
            float[] values = [.. indices.Select(k => features[k])];
            data.Add(new Row { Label = label, Features = new VBuffer<float>(dimension, indices.Length, values, indices) });
        }

        SchemaDefinition schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView view = ml.Data.LoadFromEnumerable(data, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = l1,
            L2Regularization = l2,
            MaximumNumberOfIterations = 200,
        });
        LinearBinaryModelParameters linear = trainer.Fit(view).Model.SubModel;
        var weights = new float[dimension];
        linear.Weights.ToList().CopyTo(weights);
        return (weights, linear.Bias);
    }

    /// <summary>The logit of <paramref name="features"/> under (<paramref name="weights"/>, <paramref name="bias"/>).</summary>
    public static double Score(float[] weights, float bias, Dictionary<int, float> features)
    {
        double score = bias;
        foreach ((int index, float value) in features)
        {
            score += weights[index] * value;
        }

        return score;
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
