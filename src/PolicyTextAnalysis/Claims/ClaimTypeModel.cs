using System.Text;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// The types of a claim unit (<see cref="ClaimType"/>: several may hold) from one binary logistic-regression model per
/// type over <see cref="ClaimTypeFeaturizer"/>'s features, trained by <c>train-claim-types</c> with Microsoft.ML on the
/// commentary development gold and exported into a compact file of ours, so typing needs no ML.NET. A type is given when
/// its probability reaches its threshold (chosen by cross-validation over documents); a unit no type reaches gets the
/// likeliest. The lexicon rules' cues are among the features, and stay the types when no model is bundled or the document
/// has no syntax layer (the model reads the parse's tags).
/// </summary>
/// <remarks>
/// File format (little-endian): the ASCII magic <c>PTA-CLAIM-TYPES</c>, format version (int), featuriser version (int),
/// hash bits (int), the number of types (int, the members of <see cref="ClaimType"/> in declaration order); then per type
/// its threshold (float), bias (float), the number of non-zero weights (int) and that many (index int, weight float)
/// pairs. Immutable and thread-safe.
/// </remarks>
internal sealed class ClaimTypeModel
{
    /// <summary>The file name in <c>models/</c>.</summary>
    public const string FileName = "claim-types.bin";

    /// <summary>Resource name of the bundled model.</summary>
    public const string ResourceName = "PolicyTextAnalysis.Models." + FileName;

    private static readonly HashedModelHeader Header = new("PTA-CLAIM-TYPES", 1, ClaimTypeFeaturizer.Version, ClaimTypeFeaturizer.HashBits);

    private static readonly ClaimType[] Types = Enum.GetValues<ClaimType>();
    private static readonly Lazy<ClaimTypeModel?> LazyDefault = new(LoadDefault);

    [ThreadStatic]
    private static List<int>? t_features;

    // Weights interleaved by feature (index * type count + type): one feature's weights share a cache line.
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly float[] _thresholds;

    /// <summary>Creates a model from one weight vector (length <see cref="ClaimTypeFeaturizer.Dimension"/>), bias and
    /// threshold per type, in <see cref="ClaimType"/> order.</summary>
    public ClaimTypeModel(IReadOnlyList<float[]> weights, IReadOnlyList<float> biases, IReadOnlyList<float> thresholds)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (weights.Count != Types.Length || biases.Count != Types.Length || thresholds.Count != Types.Length)
        {
            throw new ArgumentException($"Expected weights, a bias and a threshold for each of the {Types.Length} claim types.", nameof(weights));
        }

        _weights = new float[ClaimTypeFeaturizer.Dimension * Types.Length];
        for (int type = 0; type < Types.Length; type++)
        {
            if (weights[type] is not { Length: ClaimTypeFeaturizer.Dimension } w)
            {
                throw new ArgumentException($"Expected {ClaimTypeFeaturizer.Dimension} weights for each type.", nameof(weights));
            }

            if (!float.IsFinite(biases[type]) || !(thresholds[type] is > 0f and < 1f))
            {
                throw new ArgumentOutOfRangeException(nameof(thresholds), "Each bias must be finite and each threshold in (0, 1).");
            }

            for (int i = 0; i < w.Length; i++)
            {
                _weights[i * Types.Length + type] = w[i];
            }
        }

        _biases = [.. biases];
        _thresholds = [.. thresholds];
    }

    // The interleaved weights as read from a file (checked by the reader).
    private ClaimTypeModel(float[] interleaved, float[] biases, float[] thresholds)
    {
        _weights = interleaved;
        _biases = biases;
        _thresholds = thresholds;
    }

    /// <summary>The bundled model, or null when this build has none (the claim stage then keeps the lexicon's types).</summary>
    public static ClaimTypeModel? Default => LazyDefault.Value;

    /// <summary>The probability threshold of <paramref name="type"/>.</summary>
    public float Threshold(ClaimType type) => _thresholds[(int)type];

    /// <summary>The probability of each type (indexed by <see cref="ClaimType"/>) for tokens <c>[first, end)</c> with the
    /// lexicon's <paramref name="cues"/>.</summary>
    public double[] Probabilities(Document document, int first, int end, ClaimCues cues)
    {
        List<int> features = t_features ??= new List<int>(64);
        ClaimTypeFeaturizer.Featurize(document, first, end, cues, features);
        Span<double> scores = stackalloc double[Types.Length];
        for (int type = 0; type < Types.Length; type++)
        {
            scores[type] = _biases[type];
        }

        // Each feature's weights are a likely cache miss in a table of megabytes: asking for all of them first lets the
        // misses overlap.
        foreach (int f in features)
        {
            Pipeline.CachePrefetch.Hint(ref _weights[f * Types.Length]);
        }

        foreach (int f in features)
        {
            int row = f * Types.Length;
            for (int type = 0; type < Types.Length; type++)
            {
                scores[type] += _weights[row + type];
            }
        }

        var probabilities = new double[Types.Length];
        for (int type = 0; type < Types.Length; type++)
        {
            probabilities[type] = 1 / (1 + Math.Exp(-scores[type]));
        }

        return probabilities;
    }

    /// <summary>The types of tokens <c>[first, end)</c>: those at or above their threshold, else the likeliest one.</summary>
    public IReadOnlyList<ClaimType> Predict(Document document, int first, int end, ClaimCues cues)
    {
        double[] p = Probabilities(document, first, end, cues);
        var types = new List<ClaimType>(2);
        int best = 0;
        for (int type = 0; type < Types.Length; type++)
        {
            if (p[type] >= _thresholds[type])
            {
                types.Add(Types[type]);
            }

            best = p[type] > p[best] ? type : best;
        }

        if (types.Count == 0)
        {
            types.Add(Types[best]);
        }

        return types;
    }

    /// <summary>Reads a model in our format.</summary>
    /// <exception cref="InvalidDataException">The stream is not a claim type model of a supported version, or is corrupt.</exception>
    public static ClaimTypeModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        try
        {
            Header.Read(reader, "claim type model", "train-claim-types");
            int typeCount = reader.ReadInt32();
            if (typeCount != Types.Length)
            {
                throw new InvalidDataException($"The claim type model has {typeCount} types; this library has {Types.Length}: retrain with train-claim-types.");
            }

            var weights = new float[ClaimTypeFeaturizer.Dimension * typeCount];
            var biases = new float[typeCount];
            var thresholds = new float[typeCount];
            for (int type = 0; type < typeCount; type++)
            {
                thresholds[type] = reader.ReadSingle();
                biases[type] = reader.ReadSingle();
                int count = reader.ReadInt32();
                if (count < 0 || count > ClaimTypeFeaturizer.Dimension || !float.IsFinite(biases[type]) || !(thresholds[type] is > 0f and < 1f))
                {
                    throw new InvalidDataException($"Claim type model is corrupt: type {type} has {count} weights, bias {biases[type]}, threshold {thresholds[type]}.");
                }

                for (int k = 0; k < count; k++)
                {
                    int index = reader.ReadInt32();
                    float weight = reader.ReadSingle();
                    if ((uint)index >= ClaimTypeFeaturizer.Dimension || !float.IsFinite(weight))
                    {
                        throw new InvalidDataException($"Claim type model is corrupt at weight {k} of type {type}.");
                    }

                    weights[index * typeCount + type] = weight;
                }
            }

            return new ClaimTypeModel(weights, biases, thresholds);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Claim type model is truncated.", e);
        }
    }

    /// <summary>Writes the model in our format.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        Header.Write(writer);
        writer.Write(Types.Length);
        for (int type = 0; type < Types.Length; type++)
        {
            writer.Write(_thresholds[type]);
            writer.Write(_biases[type]);
            int count = 0;
            for (int i = 0; i < ClaimTypeFeaturizer.Dimension; i++)
            {
                count += _weights[i * Types.Length + type] != 0f ? 1 : 0;
            }

            writer.Write(count);
            for (int i = 0; i < ClaimTypeFeaturizer.Dimension; i++)
            {
                float w = _weights[i * Types.Length + type];
                if (w != 0f)
                {
                    writer.Write(i);
                    writer.Write(w);
                }
            }
        }
    }

    private static ClaimTypeModel? LoadDefault()
    {
        using Stream? stream = typeof(ClaimTypeModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
