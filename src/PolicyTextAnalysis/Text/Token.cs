namespace PolicyTextAnalysis;

/// <summary>
/// A light view of one token of a <see cref="Document"/>. Creating it allocates nothing; the text is
/// read from the document's string on demand.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly string _source;
    private readonly SyntaxLayer? _syntax;

    internal Token(string source, int index, int start, int end, TokenKind kind, SyntaxLayer? syntax = null)
    {
        _source = source;
        _syntax = syntax;
        Index = index;
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>Position of the token in the document's token list.</summary>
    public int Index { get; }

    /// <summary>UTF-16 offset of the first character (inclusive).</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset one past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>The coarse class of the token.</summary>
    public TokenKind Kind { get; }

    /// <summary>Universal part-of-speech tag (<c>NOUN</c>, <c>VERB</c>, ...); null when the document has no syntax layer.</summary>
    public string? Pos => _syntax?.Pos(Index);

    /// <summary>Penn Treebank tag (<c>NNS</c>, <c>VBD</c>, ...); null without the syntax layer.</summary>
    public string? Tag => _syntax?.Tag(Index);

    /// <summary>The lemma (<c>oppose</c> for <c>opposed</c>); null without the syntax layer.</summary>
    public string? Lemma => _syntax?.Lemma(Index);

    /// <summary>The token index of the head in the dependency tree (a root is its own head); null without the syntax layer.</summary>
    public int? Head => _syntax?.Head(Index);

    /// <summary>The Universal Dependencies relation to the head (<c>nsubj</c>, <c>root</c>, ...); null without the syntax layer.</summary>
    public string? Dep => _syntax?.Dep(Index);

    /// <summary>The token's extent as a span.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters, without copying.</summary>
    public ReadOnlySpan<char> Chars => _source.AsSpan(Start, End - Start);

    /// <summary>The token's text as a new string (allocates; prefer <see cref="Chars"/> on hot paths).</summary>
    public string Text => _source.Substring(Start, End - Start);

    /// <summary>True when whitespace (or the start of the text) comes right before the token.</summary>
    public bool IsPrecededBySpace => Start == 0 || char.IsWhiteSpace(_source[Start - 1]);

    /// <summary>True when whitespace (or the end of the text) comes right after the token.</summary>
    public bool IsFollowedBySpace => End >= _source.Length || char.IsWhiteSpace(_source[End]);

    /// <inheritdoc />
    public bool Equals(Token other) =>
        ReferenceEquals(_source, other._source) && Index == other.Index && Start == other.Start && End == other.End && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Start, End, Kind);

    /// <summary>Compares two tokens for equality.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens for inequality.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Text;
}
