using System.Text;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Scores how much a sentence deserves fact-checking, in [0, 1]: a logistic-regression model trained with
/// Microsoft.ML on ClaimBuster (see <c>models/README.md</c>, section Claims) whose weights are exported into a
/// compact file of ours and applied with our own featuriser, so scoring needs no ML.NET at run time and costs
/// one pass over the sentence.
/// </summary>
/// <remarks>
/// File format (little-endian): the ASCII magic <c>PTA-CHECKW</c>, format version (int, 2), featuriser version
/// (int), hash bits (int), dense feature count (int), the fingerprint of the word classes the featuriser reads (ulong,
/// <see cref="Entities.BundledWordClasses"/>), bias (float), decision threshold (float), number of non-zero weights
/// (int), then that many (index int, weight float) pairs. Immutable and thread-safe. The featuriser reads the bundled
/// name model's word classes, so the first score loads that model too.
/// </remarks>
public sealed class CheckworthinessModel
{
    /// <summary>Resource name of the bundled model.</summary>
    internal const string ResourceName = "PolicyTextAnalysis.Models.checkworthiness.bin";

    private static readonly HashedModelHeader Header = new("PTA-CHECKW", 2, CheckworthinessFeaturizer.Version, CheckworthinessFeaturizer.HashBits);

    private static readonly Lazy<CheckworthinessModel> LazyDefault = new(LoadDefault);

    [ThreadStatic]
    private static List<KeyValuePair<int, float>>? t_features;

    private readonly float[] _weights;

    internal CheckworthinessModel(float[] weights, float bias, float threshold)
    {
        if (weights.Length != CheckworthinessFeaturizer.Dimension)
        {
            throw new ArgumentException($"Expected {CheckworthinessFeaturizer.Dimension} weights, got {weights.Length}.", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
    }

    /// <summary>The bundled model, loaded from the library's embedded resources on first use.</summary>
    public static CheckworthinessModel Default => LazyDefault.Value;

    /// <summary>
    /// The decision threshold chosen by cross-validation on the training data: a score at or above it counts as
    /// check-worthy.
    /// </summary>
    public double Threshold { get; }

    /// <summary>The intercept of the linear model.</summary>
    internal float Bias { get; }

    /// <summary>The number of non-zero weights.</summary>
    public int NonZeroWeights => _weights.Count(static w => w != 0f);

    /// <summary>Loads a model saved in our format (for example one you trained with the training program).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a check-worthiness model of a supported version, or is corrupt.</exception>
    public static CheckworthinessModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        try
        {
            Header.Read(reader, "check-worthiness model", "train-claims");
            int dense = reader.ReadInt32();
            if (dense != CheckworthinessFeaturizer.DenseCount)
            {
                throw new InvalidDataException(
                    $"The check-worthiness model has {dense} dense features; this library's featuriser has {CheckworthinessFeaturizer.DenseCount}: retrain with train-claims.");
            }

            Entities.BundledWordClasses.Check(reader.ReadUInt64(), "check-worthiness model", "train-claims");

            float bias = reader.ReadSingle();
            float threshold = reader.ReadSingle();
            int count = reader.ReadInt32();
            if (count < 0 || count > CheckworthinessFeaturizer.Dimension || !float.IsFinite(bias) || !float.IsFinite(threshold))
            {
                throw new InvalidDataException("Check-worthiness model is corrupt: bad header values.");
            }

            var weights = new float[CheckworthinessFeaturizer.Dimension];
            for (int k = 0; k < count; k++)
            {
                int index = reader.ReadInt32();
                float weight = reader.ReadSingle();
                if ((uint)index >= (uint)weights.Length || !float.IsFinite(weight))
                {
                    throw new InvalidDataException($"Check-worthiness model is corrupt: weight {k} has index {index} or value {weight} out of range.");
                }

                weights[index] = weight;
            }

            return new CheckworthinessModel(weights, bias, threshold);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Check-worthiness model is truncated.", e);
        }
    }

    /// <summary>Writes the model in our format.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        Header.Write(writer);
        writer.Write(CheckworthinessFeaturizer.DenseCount);
        writer.Write(Entities.BundledWordClasses.Fingerprint);
        writer.Write(Bias);
        writer.Write((float)Threshold);
        writer.Write(NonZeroWeights);
        for (int i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0f)
            {
                writer.Write(i);
                writer.Write(_weights[i]);
            }
        }
    }

    /// <summary>The probability, in [0, 1], that <paramref name="text"/> is a check-worthy claim.</summary>
    /// <remarks>Tags <paramref name="text"/> with the bundled part-of-speech tagger first; inside the pipeline the claim
    /// stage passes the document's own tags instead.</remarks>
    public double Score(ReadOnlySpan<char> text) => Probability(RawScore(text, CheckworthinessFeaturizer.TagsOf(text)));

    /// <summary>The probability for a claim whose Penn tags are already known (the document's syntax layer).</summary>
    internal double Score(ReadOnlySpan<char> text, IReadOnlyList<string>? tags) => Probability(RawScore(text, tags));

    private static double Probability(float rawScore) => 1.0 / (1.0 + Math.Exp(-rawScore));

    /// <summary>The linear score (log-odds) before the logistic function, as ML.NET's <c>Score</c> column.</summary>
    internal float RawScore(ReadOnlySpan<char> text, IReadOnlyList<string>? tags)
    {
        List<KeyValuePair<int, float>> features = t_features ??= new List<KeyValuePair<int, float>>(256);
        features.Clear();
        CheckworthinessFeaturizer.Featurize(text, tags, features);
        float sum = Bias;
        foreach (KeyValuePair<int, float> f in features)
        {
            sum += _weights[f.Key] * f.Value;
        }

        if (features.Capacity > 4096)
        {
            // Do not keep a huge buffer alive after one enormous sentence.
            t_features = null;
        }

        return sum;
    }

    private static CheckworthinessModel LoadDefault()
    {
        using Stream? stream = typeof(CheckworthinessModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            throw new InvalidOperationException(
                $"The bundled check-worthiness model ({ResourceName}) is missing from the assembly: rebuild the library with models/checkworthiness.bin present.");
        }

        return Load(stream);
    }
}
