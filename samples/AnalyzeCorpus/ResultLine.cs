using System.Text;
using System.Text.Json;
using PolicyTextAnalysis;

namespace AnalyzeCorpus;

/// <summary>
/// Formats one document's result as a JSONL line: its id, source and token count (<c>tokenCount</c>; <c>tokens</c> is the
/// schema's array of annotated tokens), then the schema-v1 fields.
/// </summary>
public static class ResultLine
{
    /// <summary>Builds the line (no trailing newline).</summary>
    public static string Format(CorpusDocument document, AnalysisResult result)
    {
        string body = result.ToJson(indented: false);
        var line = new StringBuilder(body.Length + document.Id.Length + document.Source.Length + 64);
        line.Append("{\"id\":").Append(JsonSerializer.Serialize(document.Id, CorpusJsonContext.Default.String))
            .Append(",\"source\":").Append(JsonSerializer.Serialize(document.Source, CorpusJsonContext.Default.String))
            .Append(",\"tokenCount\":").Append(result.Document?.Tokens.Count ?? 0)
            .Append(',').Append(body, 1, body.Length - 1);
        return line.ToString();
    }
}
