using System.Collections;

namespace PolicyTextAnalysis;

/// <summary>
/// The tokens of a document, stored as parallel arrays (struct of arrays) so that a document of a
/// million tokens costs three arrays, not a million objects. Immutable once built.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly string _source;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly TokenKind[] _kinds;

    internal TokenList(string source, int[] starts, int[] ends, TokenKind[] kinds, int count)
    {
        _source = source;
        _starts = starts;
        _ends = ends;
        _kinds = kinds;
        Count = count;
    }

    /// <summary>An empty token list over <paramref name="source"/>.</summary>
    internal static TokenList Empty(string source) => new(source, [], [], [], 0);

    /// <summary>The syntax layer the token views read, when the document has one.</summary>
    internal SyntaxLayer? Syntax { get; private init; }

    /// <summary>The same tokens (arrays shared) whose views read <paramref name="syntax"/>.</summary>
    internal TokenList WithSyntax(SyntaxLayer syntax) => new(_source, _starts, _ends, _kinds, Count) { Syntax = syntax };

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Token index must be in [0, {Count}).");
            }

            return new Token(_source, index, _starts[index], _ends[index], _kinds[index], Syntax);
        }
    }

    /// <summary>Start offsets of all tokens, in order.</summary>
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    /// <summary>End offsets (exclusive) of all tokens, in order.</summary>
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>Kinds of all tokens, in order.</summary>
    public ReadOnlySpan<TokenKind> Kinds => _kinds.AsSpan(0, Count);

    /// <summary>The characters of token <paramref name="index"/>, without copying.</summary>
    public ReadOnlySpan<char> CharsAt(int index) => _source.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>True when a line break stands between token <paramref name="index"/> and the one before it.</summary>
    public bool LineBreakBefore(int index) =>
        index > 0 && _source.AsSpan(_ends[index - 1], _starts[index] - _ends[index - 1]).IndexOfAny('\n', '\r', '\u2029') >= 0;

    /// <summary>
    /// Index of the first token whose end is after <paramref name="offset"/>, i.e. the token containing
    /// the offset or the next one after it; <see cref="Count"/> when none.
    /// </summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <inheritdoc />
    public IEnumerator<Token> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
