using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Corpus;

/// <summary>Enumerates the documents of a folder (recursively), a glob, or a JSONL file, lazily and in a stable order.</summary>
public static class CorpusSource
{
    /// <summary>Returns the documents of <paramref name="input"/>, or an error message when it names nothing usable.</summary>
    public static (IEnumerable<CorpusDocument>? Documents, string? Error) Open(string input, long maxBytes)
    {
        if (Directory.Exists(input))
        {
            string root = Path.GetFullPath(input);
            return (FromFiles(root, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories), maxBytes), null);
        }

        if (File.Exists(input))
        {
            return input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || input.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                ? (FromJsonLines(input, maxBytes), null)
                : (FromFiles(Path.GetDirectoryName(Path.GetFullPath(input))!, [Path.GetFullPath(input)], maxBytes), null);
        }

        if (input.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            // The fixed folder part of the glob is the root; the rest is the pattern (Microsoft.Extensions.FileSystemGlobbing).
            string normalized = input.Replace('\\', '/');
            int wildcard = normalized.IndexOfAny(['*', '?']);
            int slash = normalized.LastIndexOf('/', wildcard);
            string root = slash < 0 ? "." : normalized[..Math.Max(1, slash)];
            string pattern = slash < 0 ? normalized : normalized[(slash + 1)..];
            if (!Directory.Exists(root))
            {
                return (null, $"{input}: folder '{root}' not found");
            }

            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(pattern);
            string fullRoot = Path.GetFullPath(root);
            return (FromFiles(fullRoot, matcher.GetResultsInFullPath(fullRoot), maxBytes), null);
        }

        return (null, $"{input}: no such file or folder");
    }

    private static IEnumerable<CorpusDocument> FromFiles(string root, IEnumerable<string> files, long maxBytes)
    {
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            string id = Path.GetRelativePath(root, file).Replace('\\', '/');
            yield return new CorpusDocument(id, file, () => TextDecoder.ReadFile(file, maxBytes));
        }
    }

    private static IEnumerable<CorpusDocument> FromJsonLines(string path, long maxBytes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false));
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string source = $"{path}:{lineNumber}";
            (string id, string? text, string? error) = ParseLine(line, lineNumber, maxBytes);
            if (error is null && !seen.Add(id))
            {
                error = $"duplicate id '{id}' (first seen earlier in the file)";
                id = $"{id}#line{lineNumber}";
            }

            string? capturedText = text;
            string? capturedError = error;
            yield return new CorpusDocument(id, source, () => (capturedText, capturedError));
        }
    }

    private static (string Id, string? Text, string? Error) ParseLine(string line, int lineNumber, long maxBytes)
    {
        string fallbackId = $"line{lineNumber}";
        if (Encoding.UTF8.GetByteCount(line) > maxBytes)
        {
            return (fallbackId, null, $"is larger than the limit ({maxBytes:N0} bytes)");
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (fallbackId, null, "is not a JSON object");
            }

            string id = root.TryGetProperty("id", out JsonElement idElement)
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText()
                : fallbackId;
            if (!root.TryGetProperty("text", out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return (id, null, "has no string field 'text'");
            }

            string text = textElement.GetString()!;
            return text.Contains('\0', StringComparison.Ordinal) ? (id, null, "is binary, not text") : (id, text, null);
        }
        catch (JsonException e)
        {
            return (fallbackId, null, $"is not valid JSON ({e.Message})");
        }
    }
}
