using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.
/// </summary>
/// <remarks>
/// Offsets index the original <see cref="string"/>; nothing in the library rewrites the text, so a span
/// taken from any layer can be used directly with <see cref="string.Substring(int, int)"/> or
/// <see cref="MemoryExtensions.AsSpan(string?, int, int)"/>.
/// </remarks>
/// <param name="Start">Index of the first code unit (inclusive).</param>
/// <param name="End">Index one past the last code unit (exclusive).</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>True when the span covers no text.</summary>
    [JsonIgnore]
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Returns the covered text of <paramref name="text"/> without copying it.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
