using System.Text;
using System.Text.Json;

namespace PolicyTextAnalysis.Corpus;

/// <summary>
/// Formats one document's result as a JSONL line: its id, source and token count (<c>tokenCount</c>; <c>tokens</c> is the
/// schema's array of annotated tokens), then the schema-v1 fields. The line is the same whichever process (a local
/// thread or a cluster silo) produced it, so outputs of both kinds of run can be compared byte for byte.
/// </summary>
public static class ResultLine
{
    /// <summary>Builds the line (no trailing newline).</summary>
    public static string Format(CorpusDocument document, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Format(document.Id, document.Source, result);
    }

    /// <summary>Builds the line (no trailing newline) of the document <paramref name="id"/> read from <paramref name="source"/>.</summary>
    public static string Format(string id, string source, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        string body = result.ToJson(indented: false);
        var line = new StringBuilder(body.Length + id.Length + source.Length + 64);
        line.Append("{\"id\":").Append(JsonSerializer.Serialize(id, CorpusJsonContext.Default.String))
            .Append(",\"source\":").Append(JsonSerializer.Serialize(source, CorpusJsonContext.Default.String))
            .Append(",\"tokenCount\":").Append(result.Document?.Tokens.Count ?? 0)
            .Append(',').Append(body, 1, body.Length - 1);
        return line.ToString();
    }
}
