using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Output;

/// <summary>Source-generated System.Text.Json metadata for schema v1 (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(AnalysisResult))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
