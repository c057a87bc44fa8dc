using System.Reflection;
using System.Text;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The linear (text, target) -> favor/against classifier: logistic-regression weights over
/// <see cref="StanceFeaturizer"/> features, trained by <c>train-stance</c> with Microsoft.ML and exported to
/// our own compact format (magic, version, hash bits, bias, sparse weights). Scoring is a dot product over
/// a few hundred features, so it is fast and thread-safe: no <c>PredictionEngine</c> at run time.
/// </summary>
internal sealed class TargetStanceModel
{
    /// <summary>The file name in <c>models/</c> and the embedded resource suffix.</summary>
    public const string FileName = "stance-target.bin";

    private const string Magic = "PTA-STANCE";
    private const int FormatVersion = 1;
    private static readonly Lazy<TargetStanceModel> LazyDefault = new(LoadDefault);
    private readonly float[] _weights;

    /// <summary>Creates a model from dense weights of length <see cref="StanceFeaturizer.Dimension"/>.</summary>
    public TargetStanceModel(float[] weights, float bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != StanceFeaturizer.Dimension)
        {
            throw new ArgumentException($"Expected {StanceFeaturizer.Dimension} weights, got {weights.Length}.", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
    }

    /// <summary>The embedded default model, loaded on first use.</summary>
    public static TargetStanceModel Default => LazyDefault.Value;

    /// <summary>The intercept.</summary>
    public float Bias { get; }

    /// <summary>Number of non-zero weights.</summary>
    public int NonZeroCount => _weights.Count(w => w != 0f);

    /// <summary>Probability that <paramref name="text"/> is in favour of <paramref name="target"/>.</summary>
    public double FavorProbability(string text, string target)
    {
        var features = new Dictionary<int, float>();
        StanceFeaturizer.Featurize(text, target, features);
        double score = Bias;
        foreach ((int index, float value) in features)
        {
            score += _weights[index] * value;
        }

        return 1.0 / (1.0 + Math.Exp(-score));
    }

    /// <summary>
    /// Probability that <paramref name="text"/> favours <paramref name="target"/>, where the target may be a
    /// proposal (<c>We should ban X</c>): the stance toward its core is flipped when the proposal is against it.
    /// </summary>
    public double Predict(string text, string target)
    {
        (string core, int sign) = TargetProposition.Parse(target);
        double p = FavorProbability(text, core);
        return sign > 0 ? p : 1.0 - p;
    }

    /// <summary>Writes the model in format version 1.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(StanceFeaturizer.HashBits);
        writer.Write(Bias);
        writer.Write(NonZeroCount);
        for (int i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0f)
            {
                writer.Write(i);
                writer.Write(_weights[i]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a stance model of a known version, or is corrupt.</exception>
    public static TargetStanceModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            byte[] magic = reader.ReadBytes(Magic.Length);
            if (Encoding.ASCII.GetString(magic) != Magic)
            {
                throw new InvalidDataException($"Not a stance model: the file does not start with '{Magic}'.");
            }

            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Stance model format version {version} is not supported (this library reads version {FormatVersion}).");
            }

            int bits = reader.ReadInt32();
            if (bits != StanceFeaturizer.HashBits)
            {
                throw new InvalidDataException($"Stance model uses {bits} hash bits; this library needs {StanceFeaturizer.HashBits}.");
            }

            float bias = reader.ReadSingle();
            int count = reader.ReadInt32();
            if (count < 0 || count > StanceFeaturizer.Dimension)
            {
                throw new InvalidDataException($"Stance model is corrupt: {count} weights.");
            }

            var weights = new float[StanceFeaturizer.Dimension];
            for (int k = 0; k < count; k++)
            {
                int index = reader.ReadInt32();
                if ((uint)index >= (uint)weights.Length)
                {
                    throw new InvalidDataException($"Stance model is corrupt: weight index {index} out of range.");
                }

                weights[index] = reader.ReadSingle();
            }

            return new TargetStanceModel(weights, bias);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Stance model is truncated: the file ends before its weights do.", e);
        }
    }

    private static TargetStanceModel LoadDefault()
    {
        const string resource = "PolicyTextAnalysis.Models." + FileName;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded model '{resource}' is missing: run train-stance and rebuild.");
        return Load(stream);
    }
}
