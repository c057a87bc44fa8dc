using System.Text;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The probability that one piece of stance evidence (a rule's candidate holder, target and polarity) is a stance a
/// careful reader would mark: a binary logistic-regression model trained by <c>train-stance-evidence</c> with Microsoft.ML
/// on the commentary development gold and exported into a compact file of ours, so scoring needs no ML.NET. The stance
/// stage uses the probability as the evidence's confidence and drops <c>voice-framing</c> candidates below
/// <see cref="FramingThreshold"/>; <see cref="Threshold"/> records the stance confidence that gave the best cross-validated
/// F1 (users choose their own with <see cref="AnalyzerOptions.MinimumStanceConfidence"/>).
/// </summary>
/// <remarks>
/// File format (little-endian): the ASCII magic <c>PTA-STANCE-EVIDENCE</c>, format version (int), featuriser version
/// (int), hash bits (int), threshold (float), framing threshold (float), bias (float), the number of non-zero weights (int), then that many
/// (index int, weight float) pairs. Immutable and thread-safe.
/// </remarks>
internal sealed class StanceEvidenceModel
{
    /// <summary>The file name in <c>models/</c>.</summary>
    public const string FileName = "stance-evidence.bin";

    /// <summary>Resource name of the bundled model.</summary>
    public const string ResourceName = "PolicyTextAnalysis.Models." + FileName;

    private static readonly HashedModelHeader Header = new("PTA-STANCE-EVIDENCE", 2, StanceEvidenceFeaturizer.Version, StanceEvidenceFeaturizer.HashBits);

    private static readonly Lazy<StanceEvidenceModel?> LazyDefault = new(LoadDefault);

    [ThreadStatic]
    private static List<int>? t_features;

    private readonly float[] _weights;

    /// <summary>Creates a model from its weights (length <see cref="StanceEvidenceFeaturizer.Dimension"/>).</summary>
    public StanceEvidenceModel(float[] weights, float bias, float threshold, float framingThreshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != StanceEvidenceFeaturizer.Dimension)
        {
            throw new ArgumentException($"Expected {StanceEvidenceFeaturizer.Dimension} weights.", nameof(weights));
        }

        if (!float.IsFinite(bias) || !(threshold is >= 0f and <= 1f) || !(framingThreshold is >= 0f and <= 1f))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "The bias must be finite and the thresholds in [0, 1].");
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
        FramingThreshold = framingThreshold;
    }

    /// <summary>The bundled model, or null when this build has none (the stage then keeps the rules' own confidences).</summary>
    public static StanceEvidenceModel? Default => LazyDefault.Value;

    /// <summary>The minimum stance confidence that gave the best cross-validated commentary F1 (for the card).</summary>
    public float Threshold { get; }

    /// <summary>
    /// The probability a <c>voice-framing</c> candidate needs to be kept: that rule proposes every noun phrase its
    /// sentence frames, so unlike the other rules' evidence it is only a candidate until the model agrees (chosen by
    /// cross-validated commentary F1).
    /// </summary>
    public float FramingThreshold { get; }

    /// <summary>The intercept.</summary>
    public float Bias { get; }

    /// <summary>The probability that <paramref name="evidence"/> is a real stance; <paramref name="support"/> is the
    /// number of pieces of evidence in the document for the same holder and target.</summary>
    public double Probability(Document document, StanceEvidence evidence, int support)
    {
        List<int> features = t_features ??= new List<int>(64);
        features.Clear();
        StanceEvidenceFeaturizer.Featurize(document, evidence, support, features);
        double score = Bias;
        foreach (int f in features)
        {
            score += _weights[f];
        }

        return 1 / (1 + Math.Exp(-score));
    }

    /// <summary>Reads a model in our format.</summary>
    /// <exception cref="InvalidDataException">The stream is not a stance evidence model of a supported version, or is corrupt.</exception>
    public static StanceEvidenceModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        try
        {
            Header.Read(reader, "stance evidence model", "train-stance-evidence");

            float threshold = reader.ReadSingle();
            float framingThreshold = reader.ReadSingle();
            float bias = reader.ReadSingle();
            int count = reader.ReadInt32();
            if (count < 0 || count > StanceEvidenceFeaturizer.Dimension)
            {
                throw new InvalidDataException($"Stance evidence model is corrupt: {count} weights.");
            }

            var weights = new float[StanceEvidenceFeaturizer.Dimension];
            for (int k = 0; k < count; k++)
            {
                int index = reader.ReadInt32();
                float weight = reader.ReadSingle();
                if ((uint)index >= StanceEvidenceFeaturizer.Dimension || !float.IsFinite(weight))
                {
                    throw new InvalidDataException($"Stance evidence model is corrupt at weight {k}.");
                }

                weights[index] = weight;
            }

            return new StanceEvidenceModel(weights, bias, threshold, framingThreshold);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Stance evidence model is truncated.", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException("Stance evidence model is corrupt: " + e.Message, e);
        }
    }

    /// <summary>Writes the model in our format.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        Header.Write(writer);
        writer.Write(Threshold);
        writer.Write(FramingThreshold);
        writer.Write(Bias);
        writer.Write(_weights.Count(static w => w != 0f));
        for (int i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0f)
            {
                writer.Write(i);
                writer.Write(_weights[i]);
            }
        }
    }

    private static StanceEvidenceModel? LoadDefault()
    {
        using Stream? stream = typeof(StanceEvidenceModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
