using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyTextAnalysis.Corpus;

/// <summary>
/// The results folder. Results are written in numbered chunk files, each first written to a temporary file and
/// then renamed, so a chunk is either complete or absent whatever happens to the process (Ctrl+C, kill, power
/// loss after the rename). Resuming reads the ids in the complete chunks and skips those documents.
/// A writer that must lose nothing it has finished (the cluster coordinator) appends line by line to an open chunk
/// instead (<see cref="OpenAppender"/>); opening the store seals the complete lines of an open chunk left by a killed
/// process and drops its torn last line. Not thread-safe: one writer per folder.
/// </summary>
public sealed class ChunkStore
{
    private const string ChunkExtension = ".jsonl";
    private const string TemporaryExtension = ".tmp";
    private const string OpenExtension = ".open";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private int _nextChunk;

    /// <summary>Opens (and creates) the results folder.</summary>
    public ChunkStore(string folder)
    {
        Folder = Path.GetFullPath(folder);
        ChunkFolder = Path.Combine(Folder, "chunks");
        Directory.CreateDirectory(ChunkFolder);
        _nextChunk = ChunkFiles().Concat(Directory.EnumerateFiles(ChunkFolder, "*" + OpenExtension)).Select(NumberOf).DefaultIfEmpty(0).Max() + 1;
        foreach (string open in Directory.EnumerateFiles(ChunkFolder, "*" + OpenExtension))
        {
            SealOpenChunk(open);
        }
    }

    /// <summary>The results folder.</summary>
    public string Folder { get; }

    /// <summary>Where chunk files are kept.</summary>
    public string ChunkFolder { get; }

    /// <summary>The merged results file.</summary>
    public string ResultsPath => Path.Combine(Folder, "results.jsonl");

    /// <summary>Starts an appender that writes each line as it comes and seals a chunk every <paramref name="chunkSize"/> lines.</summary>
    public ChunkAppender OpenAppender(int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        return new ChunkAppender(this, chunkSize);
    }

    /// <summary>Reserves the next chunk number and returns the path of its open file.</summary>
    internal (int Number, string OpenPath) NextOpenChunk()
    {
        int number = _nextChunk++;
        return (number, Path.Combine(ChunkFolder, number.ToString("D6", CultureInfo.InvariantCulture) + OpenExtension));
    }

    /// <summary>
    /// Turns an open chunk into a sealed one: keeps every line that ends with a newline and parses as JSON with an id
    /// (a killed writer can leave one torn line at the end, never in the middle), then renames it.
    /// </summary>
    internal void SealOpenChunk(string openPath)
    {
        string sealedPath = Path.ChangeExtension(openPath, ChunkExtension);
        string text = File.ReadAllText(openPath, Utf8);
        int end = text.LastIndexOf('\n') + 1;
        var complete = new List<string>();
        foreach (string line in text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                IdOf(line);
                complete.Add(line);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                // A torn line: its document is not finished and is analysed again on resume.
            }
        }

        if (complete.Count == 0)
        {
            File.Delete(openPath);
            return;
        }

        string temporary = Path.ChangeExtension(openPath, TemporaryExtension);
        File.WriteAllText(temporary, string.Concat(complete.Select(l => l + "\n")), Utf8);
        File.Move(temporary, sealedPath, overwrite: true);
        File.Delete(openPath);
    }

    /// <summary>True when an earlier run left complete chunks.</summary>
    public bool HasChunks => ChunkFiles().Any();

    /// <summary>Removes temporary files of an interrupted write and returns the ids already stored.</summary>
    public HashSet<string> CompletedIds()
    {
        foreach (string temporary in Directory.EnumerateFiles(ChunkFolder, "*" + TemporaryExtension))
        {
            File.Delete(temporary);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in ReadAll())
        {
            ids.Add(IdOf(line));
        }

        return ids;
    }

    /// <summary>Writes one chunk atomically: temporary file, flush to disk, rename.</summary>
    public void WriteChunk(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        string name = _nextChunk.ToString("D6", CultureInfo.InvariantCulture);
        _nextChunk++;
        string temporary = Path.Combine(ChunkFolder, name + TemporaryExtension);
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new StreamWriter(stream, Utf8))
        {
            foreach (string line in lines)
            {
                writer.Write(line);
                writer.Write('\n');
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(ChunkFolder, name + ChunkExtension));
    }

    /// <summary>Every stored result line, chunk by chunk in order.</summary>
    public IEnumerable<string> ReadAll()
    {
        foreach (string chunk in ChunkFiles().OrderBy(NumberOf))
        {
            foreach (string line in File.ReadLines(chunk, Utf8))
            {
                if (line.Length > 0)
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>Writes <see cref="ResultsPath"/> from all chunks (atomically) and returns the number of lines.</summary>
    public int Merge()
    {
        string temporary = ResultsPath + TemporaryExtension;
        int count = 0;
        using (var writer = new StreamWriter(temporary, append: false, Utf8))
        {
            foreach (string line in ReadAll())
            {
                writer.Write(line);
                writer.Write('\n');
                count++;
            }
        }

        File.Move(temporary, ResultsPath, overwrite: true);
        return count;
    }

    /// <summary>The id of a result line (its first property).</summary>
    public static string IdOf(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("id"u8) && reader.Read())
            {
                return reader.GetString() ?? "";
            }
        }

        throw new InvalidDataException("A result line has no id.");
    }

    private IEnumerable<string> ChunkFiles() => Directory.EnumerateFiles(ChunkFolder, "*" + ChunkExtension);

    private static int NumberOf(string path) =>
        int.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
}
