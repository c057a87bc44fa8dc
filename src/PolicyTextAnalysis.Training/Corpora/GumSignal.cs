namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>One signal of a relation: <c>sem-atsrc-31-41-_</c> is type <c>sem</c>, subtype <c>atsrc</c>, words 31 to 41.</summary>
/// <param name="Type">The signal class (<c>sem</c>, <c>lex</c>, <c>syn</c>, <c>dm</c>, ...).</param>
/// <param name="Subtype">The signal subtype (<c>atsrc</c> = attribution source, <c>indwd</c> = indicative word, ...).</param>
/// <param name="Words">The words that carry it, as 0-based document indices (the file counts from 1).</param>
public sealed record GumSignal(string Type, string Subtype, IReadOnlyList<int> Words);
