using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>
/// Why one document of a batch (<see cref="PolicyAnalyzer.AnalyzeMany(IEnumerable{string}, CancellationToken)"/>) has no
/// analysis. The batch goes on; the failed document's result has empty layers and this error.
/// </summary>
/// <param name="Index">The document's position in the batch, from 0.</param>
/// <param name="Kind">Bad input, or a failure inside the library.</param>
/// <param name="Message">The reason, in one line.</param>
public sealed record AnalysisError(int Index, AnalysisErrorKind Kind, string Message)
{
    /// <summary>The exception behind the error, for logging; not serialised.</summary>
    [JsonIgnore]
    public Exception? Exception { get; init; }
}
