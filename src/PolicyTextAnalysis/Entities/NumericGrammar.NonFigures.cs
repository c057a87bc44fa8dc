namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Numbers that are not figures: a footnote mark (<c>[3]</c>) and the pronoun <c>one</c> (<c>a happy one</c>,
/// <c>one that provides</c>, <c>one's assumptions</c>, <c>one can</c>). General English, not any one text.
/// </summary>
internal sealed partial class NumericGrammar
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterPronounOne =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["that", "who", "which", "whose", "'s", "’s", "can", "could", "must", "should", "may", "might", "cannot", "would"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the one-token cardinal <paramref name="m"/> is a footnote mark or the pronoun <c>one</c>.</summary>
    private bool IsNonFigure(NumericMatch m)
    {
        if (m.Label != EntityLabels.Cardinal || m.End != m.First + 1)
        {
            return false;
        }

        int i = m.First;
        if (_tokens.Kinds[i] == TokenKind.Number)
        {
            // [3] glued to the text or opening a note
            return i > 0 && i + 1 < _tokens.Count && _tokens.CharsAt(i - 1) is "[" && _tokens.CharsAt(i + 1) is "]";
        }

        if (!Chars(i).Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (i + 1 < _tokens.Count && AfterPronounOne.Contains(_tokens.CharsAt(i + 1)))
        {
            return true;
        }

        // "a happy one.", "every single one —": a noun phrase ending in "one" before punctuation.
        bool endsPhrase = i + 1 >= _tokens.Count || _tokens.Kinds[i + 1] == TokenKind.Punctuation;
        for (int k = i - 1; endsPhrase && k >= Math.Max(0, i - 3); k--)
        {
            if (_tokens.Kinds[k] != TokenKind.Word)
            {
                return false;
            }

            if (Syntax.FunctionWords.IsDeterminer(_tokens.CharsAt(k)))
            {
                return true;
            }
        }

        return false;
    }
}
