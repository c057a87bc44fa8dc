using System.Text;

namespace PolicyTextAnalysis;

/// <summary>
/// The header our hashed linear model files share (check-worthiness, claim types, stance polarity, stance evidence): an
/// ASCII magic, then the file format version, the featuriser version and the hash bits as little-endian integers. A
/// header for another model, format or feature set is refused with a message that names the command retraining it.
/// </summary>
/// <param name="Magic">The ASCII magic that opens the file.</param>
/// <param name="Format">The file format version this library writes and reads.</param>
/// <param name="Featurizer">The version of the featuriser whose features the weights belong to.</param>
/// <param name="HashBits">The bits of the featuriser's hash.</param>
internal readonly record struct HashedModelHeader(string Magic, int Format, int Featurizer, int HashBits)
{
    /// <summary>Writes the header.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Format);
        writer.Write(Featurizer);
        writer.Write(HashBits);
    }

    /// <summary>Reads a header and checks it is this one.</summary>
    /// <param name="reader">The reader, at the start of the file.</param>
    /// <param name="model">What the file holds, for messages (<c>check-worthiness model</c>).</param>
    /// <param name="command">The training command that makes it (<c>train-claims</c>).</param>
    /// <exception cref="InvalidDataException">The file is not such a model, or was made for another format or feature set.</exception>
    /// <exception cref="EndOfStreamException">The file ends inside the header.</exception>
    public void Read(BinaryReader reader, string model, string command)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
        {
            throw new InvalidDataException($"Not a {model}: the file does not start with '{Magic}'.");
        }

        int format = reader.ReadInt32();
        if (format != Format)
        {
            throw new InvalidDataException($"The {model} file is format version {format}; this library reads version {Format}: retrain with {command}.");
        }

        int featurizer = reader.ReadInt32();
        int hashBits = reader.ReadInt32();
        if (featurizer != Featurizer || hashBits != HashBits)
        {
            throw new InvalidDataException(
                $"The {model} was made for featuriser v{featurizer} ({hashBits} hash bits); this library has v{Featurizer} ({HashBits} bits): retrain with {command}.");
        }
    }
}
