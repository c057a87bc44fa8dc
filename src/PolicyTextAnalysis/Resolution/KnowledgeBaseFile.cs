using System.IO.Compression;
using System.Text;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// The knowledge-base file format: the ASCII magic <c>PTAKB</c>, one format-version byte, then a gzip stream of
/// the entries (length-prefixed UTF-8 strings) and an end marker with the entry count, so truncation is detected.
/// </summary>
internal static class KnowledgeBaseFile
{
    /// <summary>The current format version.</summary>
    public const byte FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "PTAKB"u8;

    private const string EndMarker = "END";

    /// <summary>Writes entries and a free-text description of their sources to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<KnowledgeBaseEntry> entries, string description)
    {
        stream.Write(Magic);
        stream.WriteByte(FormatVersion);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(description);
        writer.Write(entries.Count);
        foreach (KnowledgeBaseEntry e in entries)
        {
            writer.Write(e.Id);
            writer.Write((byte)e.Kind);
            writer.Write(e.Name);
            writer.Write(e.Label);
            writer.Write(e.CountryId ?? string.Empty);
            writer.Write(e.Role ?? string.Empty);
            writer.Write(e.CapitalId ?? string.Empty);
            writer.Write(e.Population);
            writer.Write(e.Names.Count);
            foreach (KnowledgeBaseName n in e.Names)
            {
                writer.Write(n.Text);
                writer.Write((byte)n.Kind);
                writer.Write(n.CaseSensitive);
                writer.Write(n.IsCommonWord);
            }
        }

        writer.Write(EndMarker);
        writer.Write(entries.Count);
    }

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a knowledge base, has another version, or is corrupt.</exception>
    public static (List<KnowledgeBaseEntry> Entries, string Description) Read(Stream stream, string sourceName)
    {
        Span<byte> header = stackalloc byte[Magic.Length + 1];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{sourceName} is not a PolicyTextAnalysis knowledge base (the 'PTAKB' header is missing).");
        }

        if (header[^1] != FormatVersion)
        {
            throw new InvalidDataException(
                $"{sourceName} has knowledge-base format version {header[^1]}; this library reads version {FormatVersion}. "
                + "Rebuild it with the build-kb command of this version.");
        }

        try
        {
            // Inflated into memory first, then parsed: a string read straight from the inflater costs a locked call into
            // it each (the shipped file inflates from 0.6 to 3 MB, so the buffer starts at five times the compressed size).
            using var payload = new MemoryStream(stream.CanSeek ? (int)Math.Clamp((stream.Length - stream.Position) * 5, 0, 1 << 30) : 0);
            using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
            {
                gzip.CopyTo(payload);
            }

            payload.Position = 0;
            using var reader = new BinaryReader(payload, Encoding.UTF8, leaveOpen: true);
            string description = reader.ReadString();
            int count = ReadCount(reader);
            var entries = new List<KnowledgeBaseEntry>(count);
            for (int i = 0; i < count; i++)
            {
                string id = reader.ReadString();
                var kind = (KnowledgeBaseKind)reader.ReadByte();
                string name = reader.ReadString();
                string label = reader.ReadString();
                string country = reader.ReadString();
                string role = reader.ReadString();
                string capital = reader.ReadString();
                long population = reader.ReadInt64();
                int nameCount = ReadCount(reader);
                var names = new KnowledgeBaseName[nameCount];
                for (int k = 0; k < nameCount; k++)
                {
                    names[k] = new KnowledgeBaseName(reader.ReadString(), (KnowledgeBaseNameKind)reader.ReadByte(), reader.ReadBoolean(), reader.ReadBoolean());
                }

                if (!Enum.IsDefined(kind) || id.Length == 0 || name.Length == 0)
                {
                    throw new InvalidDataException($"entry {i} is malformed");
                }

                entries.Add(new KnowledgeBaseEntry
                {
                    Id = id,
                    Kind = kind,
                    Name = name,
                    Label = label,
                    CountryId = country.Length == 0 ? null : country,
                    Role = role.Length == 0 ? null : role,
                    CapitalId = capital.Length == 0 ? null : capital,
                    Population = population,
                    Names = names,
                });
            }

            if (reader.ReadString() != EndMarker || reader.ReadInt32() != count)
            {
                throw new InvalidDataException("the end marker is missing");
            }

            return (entries, description);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{sourceName} is a corrupt knowledge base ({e.Message}). Rebuild it with the build-kb command.", e);
        }
    }

    private static int ReadCount(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        return count is >= 0 and <= 10_000_000 ? count : throw new InvalidDataException($"an entry count of {count} is impossible");
    }
}
