using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Corpus;

/// <summary>Source-generated JSON metadata for the strings this package writes into result lines.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;
