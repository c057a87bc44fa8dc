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
        foreach (NumericMatch match in Matches(document.Text, document.Tokens, document.Sentences, cancellationToken))
        {
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

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
