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

    /// <summary>The fewest sentences a document needs before its sentences are read on several threads.</summary>
    internal const int ParallelSentenceThreshold = 512;

    private const int SentencesPerBlock = 128;

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

    /// <summary>The most threads that read one large document's sentences (1: the calling thread only).</summary>
    internal int MaxDegreeOfParallelism { get; init; } = 1;

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
        List<StanceEvidence> evidence = FindEvidence(document, cancellationToken, framing: scored, MaxDegreeOfParallelism);
        if (scored)
        {
            evidence = Score(document, evidence, _model!, MaxDegreeOfParallelism);
        }

        Func<string, string?> clusterOf = StanceClusterLinker.ClusterFinder(document.Entities);
        IReadOnlyList<StanceRelation> relations = StanceAggregator.Aggregate(evidence, clusterOf);
        if (_minimumConfidence > 0)
        {
            relations = [.. relations.Where(r => r.Confidence >= _minimumConfidence)];
        }

        return document.WithStances(StanceClusterLinker.Link(relations, clusterOf));
    }

    /// <summary>
    /// The evidence, each piece with its probability under <paramref name="model"/> as its confidence; framing candidates
    /// below the model's <see cref="StanceEvidenceModel.FramingThreshold"/> are dropped.
    /// </summary>
    internal static List<StanceEvidence> Score(Document document, List<StanceEvidence> evidence, StanceEvidenceModel model, int maxDegreeOfParallelism = 1)
    {
        Dictionary<(string, string), int> support = SupportCounts(evidence);
        var probabilities = new double[evidence.Count];
        void ScoreRange(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                StanceEvidence e = evidence[i];
                probabilities[i] = Math.Round(model.Probability(document, e, support[(e.Holder, e.Target)]), 4);
            }
        }

        // Each piece is scored alone (the model's buffers are per thread), so a large document's pieces share the threads.
        const int PiecesPerBlock = 64;
        if (maxDegreeOfParallelism > 1 && evidence.Count >= 4 * PiecesPerBlock)
        {
            Parallel.For(0, (evidence.Count + PiecesPerBlock - 1) / PiecesPerBlock, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                block => ScoreRange(block * PiecesPerBlock, Math.Min(evidence.Count, (block + 1) * PiecesPerBlock)));
        }
        else
        {
            ScoreRange(0, evidence.Count);
        }

        var scored = new List<StanceEvidence>(evidence.Count);
        for (int i = 0; i < evidence.Count; i++)
        {
            StanceEvidence e = evidence[i];
            if (!IsFraming(e) || probabilities[i] >= model.FramingThreshold)
            {
                scored.Add(e with { Confidence = probabilities[i] });
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
    /// <param name="maxDegreeOfParallelism">The most threads that read a large document's sentences; the evidence is
    /// the same, in the same order, with any number.</param>
    internal static List<StanceEvidence> FindEvidence(Document document, CancellationToken cancellationToken, bool framing, int maxDegreeOfParallelism = 1)
    {
        bool[] quoted = QuotedTokens(document);
        IReadOnlyList<Quote> quotes = document.Has(DocumentLayers.Quotes) ? document.Quotes : [];
        IReadOnlyList<ClaimMention>? claims = document.Has(DocumentLayers.Claims) ? document.Claims : null;
        IReadOnlyList<Sentence> sentences = document.Sentences;
        StancePronouns? pronouns = StancePronouns.For(document);
        List<StanceEvidence> evidence;
        if (maxDegreeOfParallelism > 1 && sentences.Count >= ParallelSentenceThreshold)
        {
            // Each block of sentences starts its cursors where one thread's walk would be, and re-reads the sentence before
            // it (the rules look one sentence back); the blocks' evidence is joined in document order.
            IReadOnlyList<EntityMention> entities = document.Entities;
            int[] starts = SentenceBlocks.BlockStarts(sentences, SentencesPerBlock);
            int[] previousStarts = SentenceBlocks.BlockStarts(sentences, SentencesPerBlock, offset: -1);
            int[] entityCursors = SentenceBlocks.Cursors(starts, entities.Count, e => entities[e].End);
            int[] previousEntityCursors = SentenceBlocks.Cursors(previousStarts, entities.Count, e => entities[e].End);
            int[] quoteCursors = SentenceBlocks.Cursors(starts, quotes.Count, q => quotes[q].End);
            int[] claimCursors = claims is null ? new int[starts.Length] : SentenceBlocks.Cursors(starts, claims.Count, c => claims[c].End);
            evidence = SentenceBlocks.Run<StanceEvidence>(sentences.Count, SentencesPerBlock, maxDegreeOfParallelism, cancellationToken, (first, end, found) =>
            {
                int block = first / SentencesPerBlock;
                var words = new LowerWords();
                int previousCursor = previousEntityCursors[block];
                SentenceTokens? previous = first == 0 ? null : SentenceTokens.Create(document, sentences[first - 1], ref previousCursor, words, pronouns);
                SentenceEvidence(document, first, end, (entityCursors[block], quoteCursors[block], claimCursors[block]), previous, words, quoted, pronouns, found, cancellationToken);
            });
        }
        else
        {
            evidence = [];
            SentenceEvidence(document, 0, sentences.Count, (0, 0, 0), null, new LowerWords(), quoted, pronouns, evidence, cancellationToken);
        }

        ParsedStanceFinder.Find(document, evidence, framing, cancellationToken, maxDegreeOfParallelism, pronouns);
        return evidence;
    }

    // The evidence of the rules that read one sentence (and the one before it) for sentences [first, end), in order; the
    // cursors skip the entities, quotes and claims that end before the sentence at hand, from where they stand at first.
    private static void SentenceEvidence(Document document, int first, int end, (int Entity, int Quote, int Claim) cursors,
        SentenceTokens? previous, LowerWords words, bool[] quoted, StancePronouns? pronouns, List<StanceEvidence> evidence, CancellationToken cancellationToken)
    {
        IReadOnlyList<Quote> quotes = document.Has(DocumentLayers.Quotes) ? document.Quotes : [];
        IReadOnlyList<ClaimMention>? claims = document.Has(DocumentLayers.Claims) ? document.Claims : null;
        (int entityCursor, int quoteCursor, int claimCursor) = cursors;
        for (int i = first; i < end; i++)
        {
            Sentence sentence = document.Sentences[i];
            cancellationToken.ThrowIfCancellationRequested();
            SentenceTokens s = SentenceTokens.Create(document, sentence, ref entityCursor, words, pronouns);
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
    }

    /// <summary>
    /// With a claims layer, only sentences holding an evaluative, prescriptive or predictive claim in the author's
    /// voice, by the claim lexicon's cue types (<see cref="ClaimMention.CueTypes"/>: reading the claim type model's types
    /// instead was measured, see the model card); without one, every sentence.
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
            if (claims[c].Speaker == Author && (claims[c].CueTypes ?? claims[c].Types).Any(t => t is ClaimType.Evaluative or ClaimType.Prescriptive or ClaimType.Predictive))
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
