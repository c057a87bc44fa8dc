using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>One sentence of a document: its character extent and its tokens.</summary>
/// <param name="Start">UTF-16 offset of the sentence's first character (inclusive).</param>
/// <param name="End">UTF-16 offset one past its last character (exclusive).</param>
/// <param name="FirstToken">Index of its first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in it.</param>
public readonly record struct Sentence(
    int Start,
    int End,
    [property: JsonIgnore] int FirstToken,
    [property: JsonIgnore] int TokenCount)
{
    /// <summary>The sentence's extent as a span.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);

    /// <summary>Index one past its last token.</summary>
    [JsonIgnore]
    public int EndToken => FirstToken + TokenCount;
}
