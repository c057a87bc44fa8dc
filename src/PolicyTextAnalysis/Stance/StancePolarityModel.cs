using System.Text;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Says how a sentence treats a target span in it: the probabilities that it is positive (favour), negative (against)
/// or neutral toward the target. A multiclass logistic-regression model trained by <c>train-stance-polarity</c> with
/// Microsoft.ML on NewsMTSC (see <c>models/README.md</c>, section Stance polarity) and exported into a compact file of
/// ours, so prediction needs no ML.NET: one pass over the sentence and a dot product per class.
/// </summary>
/// <remarks>
/// The label is the sentence's framing of the target (NewsMTSC's annotation), not yet the stance of a named holder.
/// File format (little-endian): the ASCII magic <c>PTA-POLARITY</c>, format version (int), featuriser version (int),
/// hash bits (int), feature groups (int), class count (int, 3: against, neutral, favour), the biases (float each),
/// the number of non-zero feature rows (int), then that many rows of (index int, one weight float per class).
/// Immutable and thread-safe.
/// </remarks>
public sealed class StancePolarityModel
{
    /// <summary>The file name in <c>models/</c>.</summary>
    internal const string FileName = "stance-polarity.bin";

    /// <summary>Resource name of the bundled model.</summary>
    internal const string ResourceName = "PolicyTextAnalysis.Models." + FileName;

    /// <summary>Number of classes; in the file and in the weights they come in the order against, neutral, favour.</summary>
    internal const int Classes = 3;

    private static readonly HashedModelHeader Header = new("PTA-POLARITY", 1, StancePolarityFeaturizer.Version, StancePolarityFeaturizer.HashBits);

    private static readonly Lazy<StancePolarityModel> LazyDefault = new(LoadDefault);

    [ThreadStatic]
    private static List<KeyValuePair<int, float>>? t_features;

    // Row-major: the Classes weights of feature i start at i * Classes.
    private readonly float[] _weights;
    private readonly float[] _biases;

    internal StancePolarityModel(float[] weights, float[] biases, PolarityFeatureSet features)
    {
        if (weights.Length != StancePolarityFeaturizer.Dimension * Classes || biases.Length != Classes)
        {
            throw new ArgumentException($"Expected {StancePolarityFeaturizer.Dimension} x {Classes} weights and {Classes} biases.", nameof(weights));
        }

        _weights = weights;
        _biases = biases;
        Features = features;
    }

    /// <summary>The bundled model, loaded from the library's embedded resources on first use.</summary>
    /// <exception cref="InvalidOperationException">This build has no bundled model.</exception>
    public static StancePolarityModel Default => LazyDefault.Value;

    /// <summary>True when the model reads the dependency parse (then documents need the syntax layer).</summary>
    public bool NeedsSyntax => (Features & PolarityFeatureSet.Parse) != 0;

    /// <summary>The number of features with a non-zero weight.</summary>
    public int NonZeroFeatures
    {
        get
        {
            int count = 0;
            for (int i = 0; i < StancePolarityFeaturizer.Dimension; i++)
            {
                count += HasWeights(i) ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The feature groups the model was trained on.</summary>
    internal PolarityFeatureSet Features { get; }

    /// <summary>
    /// The polarity of the sentence holding tokens <c>[targetFirstToken, targetEndToken)</c> toward that target.
    /// </summary>
    /// <param name="document">A document with tokens and sentences (<c>TextStage</c>) and, when
    /// <see cref="NeedsSyntax"/>, the syntax layer (<c>SyntaxStage</c>).</param>
    /// <param name="targetFirstToken">Index of the target's first token.</param>
    /// <param name="targetEndToken">Index one past the target's last token (exclusive end).</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The token span is empty or outside the document.</exception>
    /// <exception cref="InvalidOperationException">The model reads the parse and the document has no syntax layer: run SyntaxStage first.</exception>
    public StancePolarityPrediction Predict(Document document, int targetFirstToken, int targetEndToken)
    {
        Span<double> scores = stackalloc double[Classes];
        Scores(document, targetFirstToken, targetEndToken, scores);
        double max = Math.Max(scores[0], Math.Max(scores[1], scores[2]));
        double sum = 0;
        for (int c = 0; c < Classes; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        return new StancePolarityPrediction(Favor: scores[2] / sum, Against: scores[0] / sum, Neutral: scores[1] / sum);
    }

    /// <summary>Loads a model saved in our format (for example one you trained with the training program).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a stance polarity model of a supported version, or is corrupt.</exception>
    public static StancePolarityModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        try
        {
            Header.Read(reader, "stance polarity model", "train-stance-polarity");
            var features = (PolarityFeatureSet)reader.ReadInt32();
            int classes = reader.ReadInt32();

            if (classes != Classes || features == 0 || (features & ~PolarityFeatureSet.All) != 0)
            {
                throw new InvalidDataException($"Stance polarity model is corrupt: {classes} classes, feature groups {(int)features}.");
            }

            var biases = new float[Classes];
            for (int c = 0; c < Classes; c++)
            {
                biases[c] = Finite(reader.ReadSingle(), "a bias");
            }

            int rows = reader.ReadInt32();
            if (rows < 0 || rows > StancePolarityFeaturizer.Dimension)
            {
                throw new InvalidDataException($"Stance polarity model is corrupt: {rows} weight rows.");
            }

            var weights = new float[StancePolarityFeaturizer.Dimension * Classes];
            for (int k = 0; k < rows; k++)
            {
                int index = reader.ReadInt32();
                if ((uint)index >= StancePolarityFeaturizer.Dimension)
                {
                    throw new InvalidDataException($"Stance polarity model is corrupt: weight row {k} has index {index} out of range.");
                }

                for (int c = 0; c < Classes; c++)
                {
                    weights[index * Classes + c] = Finite(reader.ReadSingle(), "a weight");
                }
            }

            return new StancePolarityModel(weights, biases, features);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Stance polarity model is truncated: the file ends before its weights do.", e);
        }
    }

    /// <summary>Writes the model in our format.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        Header.Write(writer);
        writer.Write((int)Features);
        writer.Write(Classes);
        foreach (float b in _biases)
        {
            writer.Write(b);
        }

        writer.Write(NonZeroFeatures);
        for (int i = 0; i < StancePolarityFeaturizer.Dimension; i++)
        {
            if (HasWeights(i))
            {
                writer.Write(i);
                for (int c = 0; c < Classes; c++)
                {
                    writer.Write(_weights[i * Classes + c]);
                }
            }
        }
    }

    /// <summary>The linear scores per class (against, neutral, favour) before the softmax, as ML.NET's.</summary>
    internal void Scores(Document document, int targetFirstToken, int targetEndToken, Span<double> scores)
    {
        List<KeyValuePair<int, float>> features = t_features ??= new List<KeyValuePair<int, float>>(512);
        features.Clear();
        StancePolarityFeaturizer.Featurize(document, targetFirstToken, targetEndToken, Features, features);
        for (int c = 0; c < Classes; c++)
        {
            scores[c] = _biases[c];
        }

        foreach (KeyValuePair<int, float> f in features)
        {
            int row = f.Key * Classes;
            for (int c = 0; c < Classes; c++)
            {
                scores[c] += _weights[row + c] * f.Value;
            }
        }

        if (features.Capacity > 8192)
        {
            // Do not keep a huge buffer alive after one enormous sentence.
            t_features = null;
        }
    }

    private bool HasWeights(int index) =>
        _weights[index * Classes] != 0f || _weights[index * Classes + 1] != 0f || _weights[index * Classes + 2] != 0f;

    private static float Finite(float value, string what) =>
        float.IsFinite(value) ? value : throw new InvalidDataException($"Stance polarity model is corrupt: {what} is {value}.");

    private static StancePolarityModel LoadDefault()
    {
        using Stream? stream = typeof(StancePolarityModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            throw new InvalidOperationException(
                $"The bundled stance polarity model ({ResourceName}) is missing from the assembly: run train-stance-polarity and rebuild the library.");
        }

        return Load(stream);
    }
}
