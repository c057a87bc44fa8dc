namespace PolicyTextAnalysis.Corpus;

/// <summary>One document of the input: an id unique in the corpus, where it came from, and how to get its text.</summary>
/// <param name="Id">The document id (relative path for files, the <c>id</c> field for JSONL).</param>
/// <param name="Source">The file (and line, for JSONL) it came from.</param>
/// <param name="Load">Reads the text, or returns the reason it cannot be used.</param>
public sealed record CorpusDocument(string Id, string Source, Func<(string? Text, string? Error)> Load);
