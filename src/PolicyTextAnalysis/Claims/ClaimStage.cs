namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Finds claims: splits sentences into claim units, drops headlines, bylines, bios, questions and other lines that
/// assert nothing, types each unit (the claim type model over the words, tags and the lexicon's cues, <see cref="ClaimTypeModel"/>;
/// the lexicon rules alone without it or without the syntax layer; both in <c>models/README.md</c>), and attaches the
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

    /// <summary>The fewest sentences a document needs before its sentences are read on several threads.</summary>
    internal const int ParallelSentenceThreshold = 512;

    // Bios ("NAME is a fellow at ORG.") are only looked for among the last lines, where they appear.
    private const int BioWindow = 3;

    private const int SentencesPerBlock = 128;

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

    /// <summary>The most threads that read one large document's sentences (1: the calling thread only).</summary>
    internal int MaxDegreeOfParallelism { get; init; } = 1;

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Claims;

    /// <inheritdoc />
    public DocumentLayers Uses => DocumentLayers.Quotes | DocumentLayers.Turns;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(Requires))
        {
            throw new InvalidOperationException("ClaimStage needs tokens, sentences and entities: add the text and entity stages before it.");
        }

        CheckworthinessModel model = _model ?? CheckworthinessModel.Default;
        int sentences = document.Sentences.Count;
        List<ClaimMention> claims;
        if (MaxDegreeOfParallelism > 1 && sentences >= ParallelSentenceThreshold)
        {
            // Sentences are independent here; the blocks' claims are joined in document order, as one thread finds them.
            IReadOnlyList<Quote> quotes = QuotesOf(document);
            IReadOnlyList<EntityMention> entities = document.Entities;
            int[] starts = SentenceBlocks.BlockStarts(document.Sentences, SentencesPerBlock);
            int[] quoteCursors = SentenceBlocks.Cursors(starts, quotes.Count, q => quotes[q].End);
            int[] entityCursors = SentenceBlocks.Cursors(starts, entities.Count, e => entities[e].End);
            claims = SentenceBlocks.Run<ClaimMention>(sentences, SentencesPerBlock, MaxDegreeOfParallelism, cancellationToken,
                (first, end, found) => FindClaims(document, model, first, end, (quoteCursors[first / SentencesPerBlock], entityCursors[first / SentencesPerBlock]), found, cancellationToken));
        }
        else
        {
            claims = [];
            FindClaims(document, model, 0, sentences, (0, 0), claims, cancellationToken);
        }

        return document.WithClaims(claims);
    }

    private static IReadOnlyList<Quote> QuotesOf(Document document) => document.Has(DocumentLayers.Quotes) ? document.Quotes : [];

    // The claims of sentences [first, end), in order; the cursors skip the quotes and entities that end before the claim
    // at hand, from where they stand at the first sentence.
    private static void FindClaims(Document document, CheckworthinessModel model, int first, int end, (int Quote, int Entity) cursors,
        List<ClaimMention> claims, CancellationToken cancellationToken)
    {
        IReadOnlyList<Quote> quotes = QuotesOf(document);
        IReadOnlyList<Turn> turns = document.Turns;
        (int quoteCursor, int entityCursor) = cursors;
        for (int s = first; s < end; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool mayBeBio = s >= document.Sentences.Count - BioWindow;
            // A question from the floor claims nothing; another participant's turn is that participant's.
            Turn? turn = turns.Count == 0 ? null : TurnAt(turns, document.Sentences[s].Start);
            if (turn is { Role: TurnRole.Question })
            {
                continue;
            }

            // A speaker label is no part of what is said: the sentence is read from after the label's colon.
            Sentence sentence = document.Sentences[s];
            if (turn is not null && turn.Start >= sentence.Start && turn.Start < sentence.End)
            {
                int content = document.Tokens.IndexAtOrAfter(turn.ContentStart);
                if (content >= sentence.EndToken)
                {
                    continue;
                }

                sentence = new Sentence(document.Tokens.Starts[content], sentence.End, content, sentence.EndToken - content);
            }

            foreach (ClaimUnit unit in ClaimAnalyzer.Analyze(document, sentence, mayBeBio))
            {
                ClaimMention claim = ToClaim(document, unit, model, quotes, ref quoteCursor, ref entityCursor);
                claims.Add(turn is { Role: TurnRole.Participant, Speaker: { } speaker } && claim.Speaker == Author
                    ? claim with { Speaker = speaker, SpeakerClusterId = turn.SpeakerClusterId }
                    : claim);
            }
        }
    }

    /// <summary>The Penn tags of the tokens inside <paramref name="span"/>, from the document's syntax layer.</summary>
    private static List<string> TagsIn(Document document, TextSpan span)
    {
        TokenList tokens = document.Tokens;
        var tags = new List<string>();
        for (int t = tokens.IndexAtOrAfter(span.Start); t < tokens.Count && tokens.Starts[t] < span.End; t++)
        {
            tags.Add(document.Syntax!.Tag(t));
        }

        return tags;
    }

    private static Turn? TurnAt(IReadOnlyList<Turn> turns, int offset) =>
        Attribution.TranscriptTurns.IndexAt(turns, offset) is >= 0 and int i ? turns[i] : null;

    private static ClaimMention ToClaim(Document document, ClaimUnit unit, CheckworthinessModel model, IReadOnlyList<Quote> quotes, ref int quoteCursor, ref int entityCursor)
    {
        ReadOnlySpan<char> text = unit.Span.Slice(document.Text);
        Quote? source = SpeakerOf(document.Text, unit.Span, quotes, ref quoteCursor, document.Syntax is null ? null : cue => IsBackgroundReport(document, unit.Span, cue));
        string? speaker = source is null ? Author : source.Speaker;
        string? speakerClusterId = source?.SpeakerClusterId;
        IReadOnlyList<ClaimType> cueTypes = unit.Types;
        return new ClaimMention
        {
            Text = text.ToString(),
            Start = unit.Span.Start,
            End = unit.Span.End,
            // The type model reads the parse's tags; a document without the syntax layer keeps the lexicon's types.
            Types = document.Syntax is not null && ClaimTypeModel.Default is { } typer ? typer.Predict(document, unit.FirstToken, unit.EndToken, unit.Cues) : cueTypes,
            CueTypes = cueTypes,
            Speaker = speaker,
            SpeakerClusterId = speakerClusterId,
            Checkworthiness = Math.Round(document.Syntax is null ? model.Score(text) : model.Score(text, TagsIn(document, unit.Span)), 4),
            Quantities = QuantitiesIn(unit.Span, document.Entities, ref entityCursor),
            Certainty = unit.Certainty,
            Time = unit.Time is { } time ? time.Slice(document.Text).ToString() : null,
        };
    }

    /// <summary>
    /// Who makes the claim. A claim that reports speech (<c>X said that ...</c>, <c>X accused Y of ...</c>: a speech
    /// or accusation verb of a quote inside the claim, before the quoted content) belongs to the speaker, as does a
    /// claim that one speaker's quotes cover at least half of; otherwise <see cref="Author"/> (returned as null: no quote
    /// speaks it). Utterance nouns (<c>the statement by X that ...</c>) do not count: the sentence's own verb is then the
    /// author's. Claims are in text order, so a cursor over the quotes keeps this linear.
    /// </summary>
    /// <returns>The quote whose speaker makes the claim, or null for the author.</returns>
    internal static Quote? SpeakerOf(string text, TextSpan claim, IReadOnlyList<Quote> quotes, ref int cursor, Func<int, bool>? background = null)
    {
        while (cursor < quotes.Count && quotes[cursor].End <= claim.Start)
        {
            cursor++;
        }

        Quote? best = null;
        int bestOverlap = 0;
        for (int q = cursor; q < quotes.Count && quotes[q].Start < claim.End; q++)
        {
            Quote quote = quotes[q];
            // A source the text does not name (studies, critics) leaves the claim in the author's voice, and so does a
            // bid or a pledge (urged governors to act, called for a ceasefire, pledged to invest) or a noun phrase
            // announced or estimated: what is asked, promised or estimated is no proposition, so the sentence claims
            // only that it was, in the author's voice.
            if (quote.Kind == QuoteKind.Scare || quote.Speaker is null || quote.SpeakerIsDescription || ReportsNoProposition(quote))
            {
                continue;
            }

            // A report the sentence only sets the scene with (When X said ..., If they confirmed ..., a picture of a bear
            // saying ...) leaves the sentence the author's.
            if (background is not null && quote.CueSpan is { } cueSpan && cueSpan.Start > claim.Start && cueSpan.Start < quote.Start
                && background(cueSpan.Start))
            {
                continue;
            }

            if (ReportsSpeech(text, claim, quote) || OpensWithItsQuotation(text, claim, quote))
            {
                return quote;
            }

            int overlap = 0;
            for (int other = q; other < quotes.Count && quotes[other].Start < claim.End; other++)
            {
                if (quotes[other].Speaker == quote.Speaker && quotes[other].Kind != QuoteKind.Scare)
                {
                    overlap += Math.Max(0, Math.Min(quotes[other].End, claim.End) - Math.Max(quotes[other].Start, claim.Start));
                }
            }

            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (quote, overlap);
            }
        }

        return best is not null && bestOverlap * 2 >= claim.Length ? best : null;
    }

    /// <summary>
    /// True when the cue at <paramref name="cueOffset"/> only sets the scene of the claim: it sits in an adverbial clause
    /// of time, condition, cause or concession (When X said ..., If they confirmed ...) or in a participle modifying a
    /// word of the claim (a picture of a bear saying ..., an idea to ensure ... by committing ...). Relative clauses are
    /// not scenes: a poll that found that X, the things that he said was that X, report X.
    /// </summary>
    private static bool IsBackgroundReport(Document document, TextSpan claim, int cueOffset)
    {
        SyntaxLayer syntax = document.Syntax!;
        Syntax.DependencyTree tree = syntax.Tree;
        TokenList tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(cueOffset);
        if (cue >= tokens.Count)
        {
            return false;
        }

        // The cue's own clause opened by such a subordinator is one, wherever the parser hung it (When X said that ...,
        // the council voted: the parser may make "said" the root).
        if (ScenesClause(document, cue, before: cue))
        {
            return true;
        }

        // Up from the cue while the head is inside the claim: a subordinate clause on the way backgrounds it.
        for (int t = cue, steps = 0; steps < 64; steps++)
        {
            int head = tree.Head(t);
            if (head < 0 || head == t || tokens.Starts[head] < claim.Start || tokens.Starts[head] >= claim.End)
            {
                return false;
            }

            // (As X said, ... is the report itself, not its scene; so is a clause on a verb of speech: X acknowledged
            // a shift when it stated that ...)
            if ((tree.Is(t, "advcl") && ScenesClause(document, t) && !IsReportingVerb(document, head))
                || (tree.Is(t, "acl") && !tree.Is(t, "acl:relcl")))
            {
                return true;
            }

            t = head;
        }

        return false;
    }

    private static bool IsReportingVerb(Document document, int t) =>
        (Attribution.CueLexicon.Default.ClassOf(document.Tokens.CharsAt(t).ToString())
            & (Attribution.CueClass.Speech | Attribution.CueClass.Thought | Attribution.CueClass.Accuse)) != 0;

    /// <summary>An adverbial clause opened by a subordinator of time, condition, cause or concession (when, if, because,
    /// although, while, unless, since, after, before); with <paramref name="before"/>, only a subordinator before that token.</summary>
    private static bool ScenesClause(Document document, int clause, int before = int.MaxValue)
    {
        foreach (int c in document.Syntax!.Tree.Children.Of(clause))
        {
            if (c < before && (document.Syntax.Tree.Is(c, "mark") || document.Syntax.Tree.Is(c, "advmod"))
                && Syntax.FunctionWords.IsSceneSubordinator(document.Tokens.CharsAt(c)))
            {
                return true;
            }
        }

        return false;
    }

    // A noun phrase announced or estimated (estimated losses of 0.4 percent) is no proposition either.
    private static bool ReportsNoProposition(Quote quote) =>
        quote.Rule is Attribution.RuleIds.ObjectInfinitive or Attribution.RuleIds.ForComplement or Attribution.RuleIds.SpeakerInfinitive
            or Attribution.RuleIds.ObjectContent;

    private static readonly string[] Determiners = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose"];

    /// <summary>
    /// True when the claim opens with a direct quotation whose speech verb follows it within the claim (<c>"We cannot
    /// afford it," said Senator X of Wyoming.</c>): the sentence reports those words, however long the speaker's phrase.
    /// </summary>
    private static bool OpensWithItsQuotation(string text, TextSpan claim, Quote quote)
    {
        if (quote.Kind != QuoteKind.Direct || quote.Cue is null || quote.CueSpan is not { } cue || cue.Start < quote.End || cue.Start >= claim.End
            || quote.Start < claim.Start || (Attribution.CueLexicon.Default.ClassOf(quote.Cue) & Attribution.CueClass.Speech) == 0)
        {
            return false;
        }

        foreach (char c in text.AsSpan(claim.Start, quote.Start - claim.Start))
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReportsSpeech(string text, TextSpan claim, Quote quote)
    {
        if (quote.Cue is null || quote.Start <= claim.Start || quote.Start >= claim.End
            || (Attribution.CueLexicon.Default.ClassOf(quote.Cue) & (Attribution.CueClass.Speech | Attribution.CueClass.Accuse)) == 0)
        {
            return false;
        }

        // The quote layer publishes where its cue is; the text is searched only for quotes made without one.
        ReadOnlySpan<char> frame = text.AsSpan(claim.Start, quote.Start - claim.Start);
        int at = quote.CueSpan is { } cue ? cue.Start - claim.Start : frame.LastIndexOf(quote.Cue, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at >= frame.Length || IsAfterDeterminer(frame[..at]))
        {
            return false;
        }

        // "the recent report by X that ...": a cue followed by "by" or "of" is a noun naming the utterance.
        ReadOnlySpan<char> after = frame[Math.Min(frame.Length, at + quote.Cue.Length)..].TrimStart();
        return !(after.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("of ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the word before a cue makes it a noun (<c>the report</c>, <c>his statement</c>, <c>Kabul's claim</c>).</summary>
    private static bool IsAfterDeterminer(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        int space = before.LastIndexOfAny(' ', '\n', '\t');
        ReadOnlySpan<char> word = before[(space + 1)..];
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (string determiner in Determiners)
        {
            if (word.Equals(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
