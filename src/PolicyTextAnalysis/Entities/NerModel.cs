using System.IO.Compression;
using System.Text;
using PolicyTextAnalysis.Pipeline;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A trained named-entity model: entity types, transition weights, the sparse feature weights and the
/// gazetteer the features were trained with. Self-contained, so inference needs nothing else.
/// </summary>
/// <remarks>
/// File format (little-endian): the magic <c>PTA-NER</c>, a format version (int32), then the payload (a deflate stream
/// up to version 3, stored as is from version 4: the package and the repository compress it anyway, and inflating it
/// was a sixth of a fresh process's start-up) with the types, transitions, gazetteer, common-word hashes, word clusters (from version 2), the syntax features it reads (from version 3, an int32 of <see cref="NerSyntaxFeatures"/>) and feature runs (weights quantised to int16 with one scale), ending with
/// the marker <c>END</c>. Quantisation error is below 1/65,000 of the largest weight, which changes no decision
/// we have seen in evaluation.
/// </remarks>
internal sealed class NerModel
{
    /// <summary>The current format version.</summary>
    public const int FormatVersion = 4;

    /// <summary>The last format version whose payload is a deflate stream.</summary>
    private const int LastDeflatedVersion = 3;

    private static readonly byte[] Magic = "PTA-NER"u8.ToArray();

    public NerModel(NerTagSet tagSet, float[] transitions, NerWeights weights, NerGazetteer gazetteer,
        NerSyntaxFeatures syntax = NerSyntaxFeatures.None)
    {
        if (transitions.Length != (tagSet.Count + 1) * tagSet.Count)
        {
            throw new ArgumentException("The transition table does not match the tag set.", nameof(transitions));
        }

        TagSet = tagSet;
        Transitions = transitions;
        Weights = weights;
        Gazetteer = gazetteer;
        Syntax = syntax;
        Decoder = new NerDecoder(tagSet, transitions);
    }

    public NerTagSet TagSet { get; }

    public float[] Transitions { get; }

    public NerWeights Weights { get; }

    public NerGazetteer Gazetteer { get; }

    public NerDecoder Decoder { get; }

    /// <summary>The syntax-layer facts the model's features read (none for models before format version 3).</summary>
    public NerSyntaxFeatures Syntax { get; }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(FormatVersion));
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(TagSet.Types.Length);
        foreach (string type in TagSet.Types)
        {
            w.Write(type);
        }

        foreach (float x in Transitions)
        {
            w.Write(x);
        }

        w.Write(Gazetteer.Classes.Length);
        foreach (string c in Gazetteer.Classes)
        {
            w.Write(c);
        }

        w.Write(Gazetteer.Entries.Count);
        foreach ((ulong key, ushort mask) in Gazetteer.Entries.OrderBy(e => e.Key))
        {
            w.Write(key);
            w.Write(mask);
        }

        w.Write(Gazetteer.CommonWords.Count);
        foreach (ulong word in Gazetteer.CommonWords.Order())
        {
            w.Write(word);
        }

        Gazetteer.Clusters.Write(w);

        w.Write((int)Syntax);
        float scale = Weights.MaxAbsoluteWeight;
        scale = scale == 0 ? 1 : scale / short.MaxValue;
        w.Write(scale);
        w.Write(Weights.FeatureCount);
        w.Write(Weights.WeightCount);
        Weights.Write(w, scale);

        w.Write("END");
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of a known version, or is truncated or corrupt.</exception>
    public static NerModel Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[Magic.Length + 4];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException(
                $"{sourceName} is not a PolicyTextAnalysis named-entity model (it does not start with 'PTA-NER'). "
                + "Pass a file written by the train-ner command.");
        }

        int version = BitConverter.ToInt32(header[Magic.Length..]);
        if (version is < 1 or > FormatVersion)
        {
            throw new InvalidDataException(
                $"{sourceName} has named-entity model format version {version}; this library reads versions 1 to {FormatVersion}. "
                + "Retrain the model with the matching train-ner command or upgrade the library.");
        }

        try
        {
            // A stored payload already in memory (an embedded resource, a MemoryStream) is parsed where it lies.
            if (version > LastDeflatedVersion && StreamMemory.TryGetBytes(stream, out _))
            {
                using var inPlace = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
                return Read(inPlace, version);
            }

            // Else the payload is read into memory first: parsing from memory is several times faster than small reads
            // from a file or the deflater. The buffer starts at one and a half times the remaining size (a deflated model
            // inflates by about 1.14), so it is allocated once instead of doubled from nothing.
            using var payload = new MemoryStream(stream.CanSeek ? (int)Math.Clamp((stream.Length - stream.Position) * 3 / 2, 0, 1 << 30) : 0);
            if (version > LastDeflatedVersion)
            {
                stream.CopyTo(payload);
            }
            else
            {
                using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
                deflate.CopyTo(payload);
            }

            payload.Position = 0;
            using var r = new BinaryReader(payload, Encoding.UTF8, leaveOpen: true);
            return Read(r, version);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or OverflowException or InvalidDataException)
        {
            throw new InvalidDataException($"{sourceName} is truncated or corrupt ({e.Message}). Replace the model file.", e);
        }
    }

    private static NerModel Read(BinaryReader r, int version)
    {
        int typeCount = Checked(r.ReadInt32(), 1, 64, "type count");
        var types = new string[typeCount];
        for (int i = 0; i < typeCount; i++)
        {
            types[i] = r.ReadString();
        }

        var tagSet = new NerTagSet(types);
        var transitions = new float[(tagSet.Count + 1) * tagSet.Count];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        int classCount = Checked(r.ReadInt32(), 0, NerGazetteer.MaxClasses, "gazetteer class count");
        var classes = new string[classCount];
        for (int i = 0; i < classCount; i++)
        {
            classes[i] = r.ReadString();
        }

        int entryCount = Checked(r.ReadInt32(), 0, 50_000_000, "gazetteer size");
        var entries = new Dictionary<ulong, ushort>(entryCount);
        var cursor = MemoryCursor.At(r.BaseStream);
        for (int i = 0; i < entryCount; i++)
        {
            entries[cursor.ReadUInt64()] = cursor.ReadUInt16();
        }

        cursor.MoveStream(r.BaseStream);
        int commonCount = Checked(r.ReadInt32(), 0, 50_000_000, "common-word count");
        var common = new HashSet<ulong>(commonCount);
        cursor = MemoryCursor.At(r.BaseStream);
        for (int i = 0; i < commonCount; i++)
        {
            common.Add(cursor.ReadUInt64());
        }

        cursor.MoveStream(r.BaseStream);

        // Version 1 models predate word clusters; they read with none and keep their scores.
        NerWordClusters clusters = version >= 2 ? NerWordClusters.Read(r, 50_000_000) : NerWordClusters.Empty;

        var syntax = (NerSyntaxFeatures)(version >= 3 ? Checked(r.ReadInt32(), 0, 3, "syntax feature set") : 0);
        float scale = r.ReadSingle();
        int featureCount = Checked(r.ReadInt32(), 0, 100_000_000, "feature count");
        int weightCount = Checked(r.ReadInt32(), 0, 1_000_000_000, "weight count");
        NerWeights weights = NerWeights.Read(r, featureCount, weightCount, tagSet.Count, scale);
        if (r.ReadString() != "END")
        {
            throw new InvalidDataException("The end marker is missing.");
        }

        return new NerModel(tagSet, transitions, weights, new NerGazetteer(classes, entries, common, clusters), syntax);
    }

    private static int Checked(int value, int min, int max, string what) =>
        value >= min && value <= max ? value : throw new InvalidDataException($"The {what} ({value}) is out of range [{min}, {max}].");
}
