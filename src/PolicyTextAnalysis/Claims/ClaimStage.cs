namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Finds claims: splits sentences into claim units, drops headlines, bylines, bios, questions and other lines that
/// assert nothing, types each unit (rules of our own, documented in <c>models/README.md</c>), and attaches the
/// speaker (the quote layer's speaker when a quote covers the claim, else <c>"author"</c>), certainty, time,
/// quantities (from numeric entity mentions) and a check-worthiness score.
/// </summary>
/// <remarks>
/// Requires tokens, sentences and entities; reads quotes when the document has them. Adds
/// <see cref="DocumentLayers.Claims"/>. Cost: one linear pass over each sentence's tokens plus one over each
/// claim's characters for the score; thread-safe (the model is immutable).
/// </remarks>
public sealed class ClaimStage : IPipelineStage
{
    /// <summary>The speaker of the text's own voice.</summary>
    public const string Author = "author";

    // Bios ("NAME is a fellow at ORG.") are only looked for among the last lines, where they appear.
    private const int BioWindow = 3;

    private readonly CheckworthinessModel? _model;

    /// <summary>Creates the stage with the bundled check-worthiness model (loaded on first use).</summary>
    public ClaimStage()
    {
    }

    /// <summary>Creates the stage with a check-worthiness model of your own.</summary>
    public ClaimStage(CheckworthinessModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Claims;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(Requires))
        {
            throw new InvalidOperationException("ClaimStage needs tokens, sentences and entities: add the text and entity stages before it.");
        }

        CheckworthinessModel model = _model ?? CheckworthinessModel.Default;
        var claims = new List<Claim>();
        IReadOnlyList<Quote> quotes = document.Has(DocumentLayers.Quotes) ? document.Quotes : [];
        int quoteCursor = 0, entityCursor = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool mayBeBio = s >= document.Sentences.Count - BioWindow;
            foreach (ClaimUnit unit in ClaimAnalyzer.Analyze(document, document.Sentences[s], mayBeBio))
            {
                claims.Add(ToClaim(document, unit, model, quotes, ref quoteCursor, ref entityCursor));
            }
        }

        return document.WithClaims(claims);
    }

    private static Claim ToClaim(Document document, ClaimUnit unit, CheckworthinessModel model, IReadOnlyList<Quote> quotes, ref int quoteCursor, ref int entityCursor)
    {
        ReadOnlySpan<char> text = unit.Span.Slice(document.Text);
        return new Claim
        {
            Text = text.ToString(),
            Start = unit.Span.Start,
            End = unit.Span.End,
            Types = unit.Types,
            Speaker = SpeakerOf(unit.Span, quotes, ref quoteCursor),
            Checkworthiness = Math.Round(model.Score(text), 4),
            Quantities = QuantitiesIn(unit.Span, document.Entities, ref entityCursor),
            Certainty = unit.Certainty,
            Time = unit.Time is { } time ? time.Slice(document.Text).ToString() : null,
        };
    }

    /// <summary>
    /// The speaker of the quote that covers at least half of the claim (claims are in text order, so a cursor over
    /// the quotes keeps this linear); <see cref="Author"/> when none does.
    /// </summary>
    internal static string? SpeakerOf(TextSpan claim, IReadOnlyList<Quote> quotes, ref int cursor)
    {
        while (cursor < quotes.Count && quotes[cursor].End <= claim.Start)
        {
            cursor++;
        }

        for (int q = cursor; q < quotes.Count && quotes[q].Start < claim.End; q++)
        {
            Quote quote = quotes[q];
            if (quote.Kind == QuoteKind.Scare || quote.Speaker is null)
            {
                continue;
            }

            int overlap = Math.Min(quote.End, claim.End) - Math.Max(quote.Start, claim.Start);
            if (overlap * 2 >= claim.Length)
            {
                return quote.Speaker;
            }
        }

        return Author;
    }

    private static IReadOnlyList<Quantity> QuantitiesIn(TextSpan claim, IReadOnlyList<EntityMention> entities, ref int cursor)
    {
        while (cursor < entities.Count && entities[cursor].End <= claim.Start)
        {
            cursor++;
        }

        List<Quantity>? result = null;
        for (int e = cursor; e < entities.Count && entities[e].Start < claim.End; e++)
        {
            EntityMention mention = entities[e];
            if (mention.Start >= claim.Start && mention.End <= claim.End && QuantityMapping.IsNumericLabel(mention.Label))
            {
                (result ??= []).Add(QuantityMapping.FromMention(mention));
            }
        }

        return result ?? (IReadOnlyList<Quantity>)[];
    }
}
