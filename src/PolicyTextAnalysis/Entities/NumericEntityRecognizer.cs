using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A deterministic grammar for DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL and CARDINAL with normalised values
/// (<see cref="EntityMention.Value"/>, <see cref="EntityMention.ValueMax"/>, <see cref="EntityMention.Unit"/>,
/// <see cref="EntityMention.Normalized"/>).
/// </summary>
/// <remarks>
/// Follows OntoNotes span conventions: approximators and bounds are part of the figure (<c>more than 2,300</c>),
/// a leading preposition never is (<c>in 2023</c> gives <c>2023</c>), and <c>from 4,000 to 6,000</c> is one
/// range <c>4,000 to 6,000</c>. Costs one pass over the tokens with a bounded look-ahead (linear time, no regular
/// expressions); allocates only the mentions it returns. Stateless and thread-safe.
/// </remarks>
public sealed class NumericEntityRecognizer : IEntityRecognizer
{
    /// <summary>The priority of the grammar: above the statistical recogniser (10) for the types it knows.</summary>
    public const int DefaultPriority = 20;

    private const double GrammarConfidence = 0.9;

    /// <summary>The shared instance.</summary>
    public static NumericEntityRecognizer Default { get; } = new();

    /// <inheritdoc />
    public string Name => "numeric";

    /// <inheritdoc />
    public int Priority => DefaultPriority;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<EntityMention>();
        SyntaxLayer? syntax = document.Syntax;
        foreach (NumericMatch match in Matches(document.Text, document.Tokens, document.Sentences, cancellationToken))
        {
            if ((syntax is not null && IsPronounOne(document.Tokens, syntax, match)) || IsOrdinalOfALawName(document.Tokens, match))
            {
                continue;
            }

            int start = document.Tokens.Starts[match.First];
            int end = document.Tokens.Ends[match.End - 1];
            string text = document.Text[start..end];
            mentions.Add(new EntityMention
            {
                Text = text,
                Label = match.Label,
                Start = start,
                End = end,
                Canonical = text,
                Confidence = GrammarConfidence,
                Value = Finite(match.Value),
                ValueMax = Finite(match.ValueMax),
                Unit = match.Unit,
                Normalized = match.Normalized,
            });
        }

        return mentions;
    }

    /// <summary>
    /// True for a lone <c>one</c> the tagger did not read as a number: the pronoun of <c>a familiar one</c>, <c>one by
    /// which</c> or <c>as one discusses</c>, which names no quantity (Universal Dependencies tags it PRON or NOUN, the
    /// counting <c>one</c> NUM).
    /// </summary>
    private static bool IsPronounOne(TokenList tokens, SyntaxLayer syntax, NumericMatch match) =>
        match.Label == EntityLabels.Cardinal && match.End - match.First == 1
        && tokens.CharsAt(match.First).Equals("one", StringComparison.OrdinalIgnoreCase)
        && syntax.Pos(match.First) is "PRON" or "NOUN";

    /// <summary>
    /// True for a capitalised ordinal word right before a capitalised legal head (<c>Second Amendment</c>, <c>Fifth Protocol</c>):
    /// the ordinal is part of the law's name, which the law-name recogniser finds.
    /// </summary>
    private static bool IsOrdinalOfALawName(TokenList tokens, NumericMatch match) =>
        match.Label == EntityLabels.Ordinal && match.End - match.First == 1 && match.End < tokens.Count
        && tokens.Kinds[match.First] == TokenKind.Word && char.IsUpper(tokens.CharsAt(match.First)[0])
        && NameHeadRules.IsLawHead(tokens.CharsAt(match.End));

    /// <summary>The grammar's matches in token order, sentence by sentence (all tokens as one run when there are no sentences).</summary>
    internal static IEnumerable<NumericMatch> Matches(string text, TokenList tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken)
    {
        var grammar = new NumericGrammar(text, tokens);
        if (sentences.Count == 0)
        {
            foreach (NumericMatch m in Scan(grammar, 0, tokens.Count, cancellationToken))
            {
                yield return m;
            }

            yield break;
        }

        foreach (Sentence sentence in sentences)
        {
            foreach (NumericMatch m in Scan(grammar, sentence.FirstToken, sentence.EndToken, cancellationToken))
            {
                yield return m;
            }
        }
    }

    private static IEnumerable<NumericMatch> Scan(NumericGrammar grammar, int first, int end, CancellationToken cancellationToken)
    {
        grammar.SetLimit(end);
        int i = first;
        while (i < end)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (grammar.Match(i) is { } m && m.End > i)
            {
                yield return m;
                i = m.End;
            }
            else
            {
                i++;
            }
        }
    }

    // Scaling binary fractions leaves noise (1.7 * 1e6 = 1700000.0000000002); a round trip through decimal keeps
    // the 15 significant digits a written figure can have.
    private static double? Finite(double? value) => value switch
    {
        { } v when double.IsFinite(v) && Math.Abs(v) < 1e28 => (double)(decimal)v,
        { } v when double.IsFinite(v) => v,
        _ => null,
    };
}
