using System.Text.Json.Serialization;

namespace AnalyzeCorpus;

/// <summary>Source-generated JSON metadata for the batch sample's own records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(CorpusSummary))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;
