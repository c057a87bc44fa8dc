namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Adds <see cref="DocumentLayers.Stances"/>: actor stances from the relation lexicon (who condemns, supports,
/// accuses, pledges allegiance to whom or what), the author's stance from evaluative sentences in the
/// author's own voice, quoted speakers' stances inside their quotes, and, when the document has the syntax layer,
/// the parse-based rules of <see cref="ParsedStanceFinder"/>. Requires tokens, sentences and
/// entities; uses quotes (to keep quoted voices apart from the author) and claims (to pick the author's
/// claims) when present. Holder and target names are <see cref="EntityMention.Canonical"/>.
/// </summary>
/// <remarks>
/// Rules over small embedded lexicons and the parse; when the document has the syntax layer, each piece of evidence is
/// then scored by the bundled stance evidence model (<c>models/stance-evidence.bin</c>, trained by
/// <c>train-stance-evidence</c>): its probability that the evidence is right is the evidence's confidence, from which
/// each stance's confidence is aggregated. Linear in the text; thread-safe.
/// </remarks>
public sealed class StanceStage : IPipelineStage
{
    /// <summary>The holder name used for the text's own voice.</summary>
    public const string Author = "author";

    private readonly StanceEvidenceModel? _model;
    private readonly double _minimumConfidence;

    /// <summary>A stance stage that scores evidence with the bundled model when the document has the syntax layer.</summary>
    public StanceStage()
        : this(useEvidenceModel: true)
    {
    }

    /// <summary>
    /// A stance stage. <paramref name="useEvidenceModel"/> false keeps every rule's own confidence; stances whose
    /// confidence is below <paramref name="minimumConfidence"/> are left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumConfidence"/> is not in [0, 1].</exception>
    public StanceStage(bool useEvidenceModel, double minimumConfidence = 0)
        : this(useEvidenceModel ? StanceEvidenceModel.Default : null, minimumConfidence)
    {
    }

    internal StanceStage(StanceEvidenceModel? model, double minimumConfidence = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumConfidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumConfidence, 1);
        _model = model;
        _minimumConfidence = minimumConfidence;
    }

    /// <inheritdoc />
    public string Name => "stance";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Stances;

    /// <inheritdoc />
    public DocumentLayers Uses => DocumentLayers.Quotes | DocumentLayers.Claims | DocumentLayers.Syntax | DocumentLayers.Turns;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        bool scored = _model is not null && document.Syntax is not null;
        List<StanceEvidence> evidence = FindEvidence(document, cancellationToken, framing: scored);
        if (scored)
        {
            evidence = Score(document, evidence, _model!);
        }

        IReadOnlyList<StanceRelation> relations = StanceAggregator.Aggregate(evidence);
        if (_minimumConfidence > 0)
        {
            relations = [.. relations.Where(r => r.Confidence >= _minimumConfidence)];
        }

        return document.WithStances(StanceClusterLinker.Link(relations, document.Entities));
    }

    /// <summary>
    /// The evidence, each piece with its probability under <paramref name="model"/> as its confidence; framing candidates
    /// below the model's <see cref="StanceEvidenceModel.FramingThreshold"/> are dropped.
    /// </summary>
    internal static List<StanceEvidence> Score(Document document, List<StanceEvidence> evidence, StanceEvidenceModel model)
    {
        Dictionary<(string, string), int> support = SupportCounts(evidence);
        var scored = new List<StanceEvidence>(evidence.Count);
        foreach (StanceEvidence e in evidence)
        {
            double probability = Math.Round(model.Probability(document, e, support[(e.Holder, e.Target)]), 4);
            if (!IsFraming(e) || probability >= model.FramingThreshold)
            {
                scored.Add(e with { Confidence = probability });
            }
        }

        return scored;
    }

    /// <summary>True for a candidate of the <c>voice-framing</c> rule.</summary>
    internal static bool IsFraming(StanceEvidence evidence) =>
        evidence.Cue.StartsWith(ParsedStanceRules.VoiceFraming + ":", StringComparison.Ordinal);

    /// <summary>How many pieces of evidence each (holder, target) pair has.</summary>
    internal static Dictionary<(string Holder, string Target), int> SupportCounts(IEnumerable<StanceEvidence> evidence)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (StanceEvidence e in evidence)
        {
            counts[(e.Holder, e.Target)] = counts.GetValueOrDefault((e.Holder, e.Target)) + 1;
        }

        return counts;
    }

    /// <summary>Every piece of stance evidence in <paramref name="document"/>, before aggregation (the "predict" half).</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="cancellationToken">Checked per sentence.</param>
    /// <param name="framing">Adds the <c>voice-framing</c> candidates, which only a scorer can sort (see
    /// <see cref="StanceEvidenceModel.FramingThreshold"/>).</param>
    internal static List<StanceEvidence> FindEvidence(Document document, CancellationToken cancellationToken, bool framing)
    {
        var evidence = new List<StanceEvidence>();
        bool[] quoted = QuotedTokens(document);
        IReadOnlyList<Quote> quotes = document.Has(DocumentLayers.Quotes) ? document.Quotes : [];
        IReadOnlyList<ClaimMention>? claims = document.Has(DocumentLayers.Claims) ? document.Claims : null;
        int entityCursor = 0, quoteCursor = 0, claimCursor = 0;
        SentenceTokens? previous = null;
        var words = new LowerWords();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SentenceTokens s = SentenceTokens.Create(document, sentence, ref entityCursor, words);
            RelationExtractor.Default.Extract(s, previous, evidence);
            if (IsAuthorSentence(sentence, claims, ref claimCursor))
            {
                foreach ((int from, int to) in UnquotedRuns(s, quoted))
                {
                    AuthorStance.Extract(s, from, to, Author, evidence);
                }
            }

            while (quoteCursor < quotes.Count && quotes[quoteCursor].End <= sentence.Start)
            {
                quoteCursor++;
            }

            for (int q = quoteCursor; q < quotes.Count && quotes[q].Start < sentence.End; q++)
            {
                Quote quote = quotes[q];
                if (quote.Speaker is { } speaker && quote.Kind != QuoteKind.Scare && !quote.SpeakerIsDescription)
                {
                    int from = Math.Max(0, document.Tokens.IndexAtOrAfter(quote.Start) - s.First);
                    int to = Math.Min(s.Count, document.Tokens.IndexAtOrAfter(quote.End) - s.First);
                    if (to > from)
                    {
                        AuthorStance.Extract(s, from, to, speaker, evidence);
                    }
                }
            }

            previous = s;
        }

        ParsedStanceFinder.Find(document, evidence, framing, cancellationToken);
        return evidence;
    }

    /// <summary>
    /// With a claims layer, only sentences holding an evaluative, prescriptive or predictive claim in the author's
    /// voice; without one, every sentence.
    /// </summary>
    internal static bool IsAuthorSentence(Sentence sentence, IReadOnlyList<ClaimMention>? claims, ref int cursor)
    {
        if (claims is null)
        {
            return true;
        }

        while (cursor < claims.Count && claims[cursor].End <= sentence.Start)
        {
            cursor++;
        }

        for (int c = cursor; c < claims.Count && claims[c].Start < sentence.End; c++)
        {
            // Only judgements and recommendations carry the author's stance; a factual report ("X was
            // successfully re-elected") does not, however positive its words.
            if (claims[c].Speaker == Author && claims[c].Types.Any(t => t is ClaimType.Evaluative or ClaimType.Prescriptive or ClaimType.Predictive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tokens that are not in the author's own voice: inside the quote layer's spans (scare quotes included) when
    /// present, else between quotation marks.
    /// </summary>
    private static bool[] QuotedTokens(Document document)
    {
        TokenList tokens = document.Tokens;
        var quoted = new bool[tokens.Count];
        if (document.Has(DocumentLayers.Quotes))
        {
            // Scare quotes too: the author distances the text from those words ("illegal Afghan refugees"), so their
            // evaluative words are not the author's stance.
            foreach (Quote quote in document.Quotes)
            {
                for (int k = tokens.IndexAtOrAfter(quote.Start); k < tokens.Count && tokens.Starts[k] < quote.End; k++)
                {
                    quoted[k] = true;
                }
            }

            return quoted;
        }

        bool inside = false;
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (kinds[k] == TokenKind.Quote && IsDoubleQuote(tokens.CharsAt(k)))
            {
                inside = !inside;
                quoted[k] = true;
                continue;
            }

            quoted[k] = inside;
        }

        return quoted;
    }

    private static bool IsDoubleQuote(ReadOnlySpan<char> token) => token is "\"" or "\u201c" or "\u201d" or "\u00ab" or "\u00bb";

    private static IEnumerable<(int From, int To)> UnquotedRuns(SentenceTokens s, bool[] quoted)
    {
        int from = -1;
        for (int k = 0; k <= s.Count; k++)
        {
            bool inside = k < s.Count && quoted[s.First + k];
            if (k < s.Count && !inside)
            {
                from = from < 0 ? k : from;
                continue;
            }

            if (from >= 0)
            {
                yield return (from, k);
                from = -1;
            }
        }
    }
}
