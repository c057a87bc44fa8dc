using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Names of laws, treaties and other instruments written as a run of capitalised words that ends in a legal head noun
/// (<c>the Inflation Reduction Act</c>, <c>CHIPS and Science Act</c>, <c>Second Amendment</c>, <c>Paris Agreement</c>), with an
/// "of" or "on" tail of capitalised words (<c>Bill of Rights</c>, <c>Declaration on Migration and Protection</c>). The
/// name recogniser, trained on corpora that mostly leave laws unlabelled, misses many of them. Reads the parse (only
/// nouns, proper nouns, adjectives and numbers are name words), so it finds nothing in a document without the syntax
/// layer. Spans are at most <see cref="MaxTokens"/> tokens, so the cost is linear.
/// </summary>
internal sealed class LawNameRecognizer : IEntityRecognizer
{
    /// <summary>Above the name recogniser (its partial or mistyped span yields), below numbers and dates.</summary>
    public const int DefaultPriority = 15;

    /// <summary>Longest name, in tokens.</summary>
    public const int MaxTokens = 12;

    /// <summary>The shared instance.</summary>
    public static LawNameRecognizer Default { get; } = new();

    /// <inheritdoc />
    public string Name => "law names";

    /// <inheritdoc />
    public int Priority => DefaultPriority;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<EntityMention>();
        if (document.Syntax is not { } syntax)
        {
            return mentions;
        }

        TokenList tokens = document.Tokens;
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int a = sentence.FirstToken, b = sentence.EndToken;
            for (int h = a + 1; h < b; h++)
            {
                if (!NameHeadRules.IsLawHead(tokens.CharsAt(h)) || syntax.Pos(h) is not ("NOUN" or "PROPN"))
                {
                    continue;
                }

                // Two heads in a row (Tobacco Products Control Amendment Bill) are one name: the last one heads it.
                if (h + 1 < b && NameHeadRules.IsLawHead(tokens.CharsAt(h + 1)) && syntax.Pos(h + 1) is "NOUN" or "PROPN")
                {
                    continue;
                }

                int first = h;
                if (h - 1 >= a && NameHeadRules.IsLawHead(tokens.CharsAt(h - 1)) && IsNameWord(tokens, syntax, h - 1))
                {
                    first = h - 1;
                }

                // Leftwards over name words and name connectors other than "on" and "to"; another law's head (the Inflation Reduction Act
                // and the CHIPS Act) or a title (Director for the Affordable Care Act) ends the name.
                while (first - 1 >= a && h - (first - 1) < MaxTokens
                    && (((IsNameWord(tokens, syntax, first - 1) || (first - 1 > a && IsNameParticiple(tokens, syntax, first - 1))) && !NameHeadRules.IsLawHead(tokens.CharsAt(first - 1)) && !Resolution.RoleFinder.IsHead(tokens.CharsAt(first - 1)))
                        || (IsConnector(tokens, first - 1) && tokens.CharsAt(first - 1) is not ("on" or "to"))))
                {
                    first--;
                }

                while (first < h && IsConnector(tokens, first))
                {
                    first++;
                }

                int last = h;
                if (h + 2 < b && tokens.CharsAt(h + 1) is "of" or "on" && IsNameWord(tokens, syntax, h + 2))
                {
                    int t = h + 2;
                    while (t + 1 < b && t + 1 - first < MaxTokens && (IsNameWord(tokens, syntax, t + 1) || (IsConnector(tokens, t + 1) && t + 2 < b && IsNameWord(tokens, syntax, t + 2))))
                    {
                        t++;
                    }

                    last = t;
                }

                if (first == h && last == h)
                {
                    continue;   // a head alone ("the Act") names nothing in particular; "Treaty of Versailles" does
                }

                string text = document.Text[tokens.Starts[first]..tokens.Ends[last]];
                mentions.Add(new EntityMention
                {
                    Text = text,
                    Label = EntityLabels.Law,
                    Start = tokens.Starts[first],
                    End = tokens.Ends[last],
                    Canonical = text,
                    Confidence = 0.9,
                });
                h = last;
            }
        }

        return mentions;
    }

    // A capitalised noun, proper noun, adjective or number (Inflation, CHIPS, Second, 1964).
    private static bool IsNameWord(TokenList tokens, SyntaxLayer syntax, int t)
    {
        ReadOnlySpan<char> w = tokens.CharsAt(t);
        return tokens.Kinds[t] is TokenKind.Word or TokenKind.Number && w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]))
            && syntax.Pos(t) is "PROPN" or "NOUN" or "ADJ" or "NUM";
    }

    // A capitalised participle inside a name (Controlled Substances Act, Endangered Species Act), never the sentence's first word,
    // where a capitalised verb is an imperative or a sentence opening (Repeal the Affordable Care Act).
    private static bool IsNameParticiple(TokenList tokens, SyntaxLayer syntax, int t) =>
        tokens.Kinds[t] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t)[0]) && syntax.Tag(t) is "VBN";

    private static bool IsConnector(TokenList tokens, int t) => FunctionWords.IsNameConnector(tokens.CharsAt(t));
}
