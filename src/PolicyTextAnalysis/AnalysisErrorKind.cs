using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>What kind of failure an <see cref="AnalysisError"/> reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnalysisErrorKind>))]
public enum AnalysisErrorKind
{
    /// <summary>The document was not acceptable input (null, or longer than <see cref="AnalyzerOptions.MaxTextLength"/>); fix the input.</summary>
    [JsonStringEnumMemberName("input")]
    Input,

    /// <summary>A stage failed on the document: a bug in the library; please report it with the text.</summary>
    [JsonStringEnumMemberName("internal")]
    Internal,
}
