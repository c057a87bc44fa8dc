namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The attribution of one document. Sentence by sentence (so that pronouns see only what came before), the parse
/// gives reports (<see cref="ReportFinder"/>) and label lines give their speakers (<see cref="LabelLines"/>); each
/// speaker phrase is resolved to a name. Then every report becomes a quote: direct when its content is mostly inside
/// quotation marks, mixed when it only contains a quoted fragment, indirect otherwise. Quotations no report covers take
/// the speaker of a cue next to them in their sentence, or else become scare quotes (short, inside the author's
/// sentence) or continue the latest speaker.
/// </summary>
internal sealed partial class AttributionRun
{
    /// <summary>Most tokens between a closing mark and a cue that still reports it (<c>," the minister said</c>).</summary>
    private const int PostCueWindow = 8;

    // The most tokens between the voice's own speech verb and the quotation it frames: I said to him, "...; "...," I told her.
    private const int MaxOwnFrame = 4;

    /// <summary>Longest quotation, in words, that can be a scare quote.</summary>
    private const int MaxScareWords = 6;

    /// <summary>Longest title in quotation marks inside the author's sentence that is read as a term, not speech.</summary>
    private const int MaxTitleWords = 15;

    /// <summary>Most words of a report outside its quotation marks for it to be direct (<c>that</c>); more make it mixed.</summary>
    private const int MaxUnquotedInDirect = 1;

    /// <summary>Fewest words a reported clause needs to count as a quote.</summary>
    private const int MinContentWords = 3;

    /// <summary>Most sentences a quotation without a cue looks back for the speaker it continues (also: any sentence of
    /// its own paragraph or the paragraph before, the news convention of a quotation paragraph after its speaker's).</summary>
    private const int ContinuationSentences = 2;

    /// <summary>Longest label before a quotation in its paragraph, in tokens (a person, a role and an affiliation).</summary>
    private const int MaxUnreadLabelTokens = 30;

    private readonly Document _document;
    private readonly CancellationToken _cancellationToken;
    private readonly List<QuoteScanner.QuoteSpan> _spans;
    private readonly int[] _openToken;
    private readonly int[] _closeToken;
    private readonly bool[] _inQuote;
    private readonly int[] _words;
    private readonly int[] _letterWords;   // prefix counts of word tokens alone (no numbers)
    private readonly int[] _quotedWords;
    private readonly SpeakerLocator _speakers;
    private readonly ReportFinder _finder;
    private readonly LabelLines _labels;
    private readonly DashSources _dashes;
    private readonly NamingSentences _naming;
    private readonly SpeakerResolver _resolver;
    private int[] _paragraphOf = [];
    private Speaker?[] _subjectOf = [];
    // The voice's reports of its own words (I said, "What?"), which are no quotes.
    private readonly List<Report> _ownReports = [];

    public AttributionRun(Document document, IReadOnlyList<Turn> turns, CueLexicon lexicon, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
        _spans = QuoteScanner.Scan(document.Text, cancellationToken);
        TokenList tokens = document.Tokens;
        _openToken = new int[_spans.Count];
        _closeToken = new int[_spans.Count];
        _inQuote = new bool[tokens.Count];
        for (int q = 0; q < _spans.Count; q++)
        {
            QuoteScanner.QuoteSpan span = _spans[q];
            _openToken[q] = tokens.IndexAtOrAfter(span.OpenMark);
            int last = span.Closed ? span.CloseMark : span.End - 1;
            _closeToken[q] = Math.Min(tokens.IndexAtOrAfter(last), tokens.Count - 1);
            for (int t = _openToken[q]; t <= _closeToken[q]; t++)
            {
                _inQuote[t] = true;
            }
        }

        // Prefix counts of words and of quoted words: the quoted share of any range in constant time.
        _words = new int[tokens.Count + 1];
        _quotedWords = new int[tokens.Count + 1];
        _letterWords = new int[tokens.Count + 1];
        for (int t = 0; t < tokens.Count; t++)
        {
            bool word = tokens.Kinds[t] is TokenKind.Word or TokenKind.Number;
            _words[t + 1] = _words[t] + (word ? 1 : 0);
            _quotedWords[t + 1] = _quotedWords[t] + (word && _inQuote[t] ? 1 : 0);
            _letterWords[t + 1] = _letterWords[t] + (tokens.Kinds[t] == TokenKind.Word ? 1 : 0);
        }

        _speakers = new SpeakerLocator(document);
        _finder = new ReportFinder(document, lexicon, _inQuote, turns);
        _labels = new LabelLines(document, _speakers, lexicon, turns);
        _dashes = new DashSources(document);
        _naming = new NamingSentences(document, lexicon, _inQuote);
        _resolver = new SpeakerResolver(document, _speakers, _inQuote, turns, lexicon);
    }

    public List<Quote> Run()
    {
        List<(Report Report, Speaker? Speaker, int Sentence)> reports = FindReports();
        var result = new List<Quote>();
        var taken = new bool[_spans.Count];
        var lastSpeaker = new (Speaker? Speaker, int Sentence)[_document.Sentences.Count];
        TakeOwnQuotations(taken);
        int contentEnd = -1, contentFirst = -1, previousCue = -1, previousQuotes = 0;
        Report? previous = null;
        foreach ((Report r, Speaker? speaker, int s) in reports)
        {
            // A cue without content, a report inside the content of the one before it, or a second cue of the same
            // content (said in a statement that ...: the parse may give the clause to the noun too). A source phrase's
            // content that is itself someone's report (According to the Herald, Professor Burrows said ...) keeps that
            // report too: both are quotes, the inner one with its own speaker.
            bool nested = previous is { } outer && IsReportInSourcePhrase(outer, r);
            if (r.ContentEnd <= r.ContentFirst
                || (!nested && ((r.Cue >= contentFirst && r.Cue < contentEnd) || WordsWithin(r.ContentFirst, r.ContentEnd, contentFirst, contentEnd))))
            {
                continue;
            }

            // A quotation the report before gave alone from outside this one's content (he told reporters, adding that
            // inflation remained "somewhat elevated": the parse made the marked words a complement of "told") is part of
            // this report's content: the shorter report's quotes give way. A report whose cue is inside this content
            // (she said he told them "..."), nested speech, keeps its own.
            int resultBefore = result.Count;
            bool widens = contentEnd > contentFirst && r.ContentFirst <= contentFirst && r.ContentEnd >= contentEnd
                && r.ContentEnd - r.ContentFirst > contentEnd - contentFirst && (previousCue < r.ContentFirst || previousCue >= r.ContentEnd)
                && !(previous is { } inner && IsReportInSourcePhrase(r, inner));

            string? cue = CueText(r);
            int words = _words[r.ContentEnd] - _words[r.ContentFirst];
            int quoted = _quotedWords[r.ContentEnd] - _quotedWords[r.ContentFirst];
            (int firstSpan, int endSpan) = SpansIn(r.ContentFirst, r.ContentEnd);
            if (endSpan > firstSpan && words - quoted <= MaxUnquotedInDirect)
            {
                for (int q = firstSpan; q < endSpan; q++)
                {
                    if (!taken[q])
                    {
                        taken[q] = true;
                        result.Add(Make(_spans[q].Start, _spans[q].End, QuoteKind.Direct, speaker, cue, r.Rule, r));
                    }
                }
            }
            else if (words - quoted >= MinContentWords || (endSpan > firstSpan && words >= MinContentWords))
            {
                for (int q = firstSpan; q < endSpan; q++)
                {
                    taken[q] = true;
                }

                QuoteKind kind = endSpan > firstSpan ? QuoteKind.Mixed
                    : r.Rule is RuleIds.ColonBlock or RuleIds.LabelLine or RuleIds.CreditLine ? QuoteKind.Direct : QuoteKind.Indirect;
                if (ContentSpan(r.ContentFirst, r.ContentEnd) is { } content)
                {
                    result.Add(Make(content.Start, content.End, kind, speaker, cue, r.Rule, r));
                }
            }
            else
            {
                continue;
            }

            int added = result.Count - resultBefore;
            if (widens && previousQuotes > 0 && added > 0)
            {
                result.RemoveRange(resultBefore - previousQuotes, previousQuotes);
            }

            // A nested report leaves the source phrase's report the frame the next reports are read against.
            if (!nested)
            {
                previousQuotes = added;
                previousCue = r.Cue;
                previous = r;
                contentFirst = r.ContentFirst;
                contentEnd = r.ContentEnd;
            }

            if (speaker is not null)
            {
                // The speaker was last heard where the content ends: a colon block's quoted paragraph is followed by
                // the quotation paragraphs that continue it.
                int end = SentenceOfToken(r.ContentEnd - 1, s);
                lastSpeaker[end] = (speaker, end);
            }
        }

        QuotesWithoutReport(reports, taken, lastSpeaker, result);
        result.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        return result;
    }

    /// <summary>Whether <paramref name="inner"/> is the report a source phrase's content consists of: <paramref name="outer"/>
    /// is an <c>according to X</c> report whose phrase modifies the inner report's cue, and its content opens with the
    /// inner report's speaker and holds its cue and content (According to the Herald, [Professor Burrows, the panel's
    /// chair, said [the flag ...]]). A cue deeper in the content (according to X, he will work on urging them to ...) is
    /// part of what the source phrase reports.</summary>
    private bool IsReportInSourcePhrase(Report outer, Report inner) =>
        outer.Rule == RuleIds.AccordingTo && inner.Rule != RuleIds.AccordingTo && outer.SpeakerHead >= 0 && inner.Cue >= 0
        && _document.Syntax!.Tree.Head(outer.SpeakerHead) == inner.Cue
        && inner.SpeakerHead >= outer.ContentFirst && inner.SpeakerFirst <= outer.ContentFirst + 1 && inner.SpeakerHead < inner.Cue
        && inner.Cue < inner.ContentFirst && inner.ContentFirst < outer.ContentEnd && inner.ContentEnd <= outer.ContentEnd
        && inner.ContentEnd > inner.ContentFirst;

    /// <summary>True when every word of tokens <c>[first, end)</c> lies in <c>[outerFirst, outerEnd)</c>: the same content
    /// with or without its <c>that</c> or final stop, as two rules may bound it.</summary>
    private bool WordsWithin(int first, int end, int outerFirst, int outerEnd)
    {
        int from = Math.Max(first, outerFirst), to = Math.Min(end, outerEnd);
        return outerEnd > outerFirst && to > from && _words[to] - _words[from] == _words[end] - _words[first];
    }

    /// <summary>The sentence holding <paramref name="token"/>, searching forward from sentence <paramref name="from"/>.</summary>
    private int SentenceOfToken(int token, int from)
    {
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int lo = from, hi = sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].EndToken <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Max(lo, from);
    }

    /// <summary>The reports of every sentence, in order, with resolved speakers; first-person reports are the voice's own.</summary>
    private List<(Report Report, Speaker? Speaker, int Sentence)> FindReports()
    {
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int[] paragraphEnd = ParagraphEnds(sentences);
        _paragraphOf = new int[sentences.Count];
        for (int s = 1; s < sentences.Count; s++)
        {
            _paragraphOf[s] = _paragraphOf[s - 1] + (paragraphEnd[s] != paragraphEnd[s - 1] ? 1 : 0);
        }

        // The end of the paragraph after each sentence's own (its own end for the last): what a credit line credits.
        var nextParagraphEnd = new int[sentences.Count];
        for (int s = sentences.Count - 1; s >= 0; s--)
        {
            nextParagraphEnd[s] = s + 1 >= sentences.Count ? paragraphEnd[s]
                : paragraphEnd[s + 1] != paragraphEnd[s] ? paragraphEnd[s + 1] : nextParagraphEnd[s + 1];
        }

        _subjectOf = new Speaker?[sentences.Count];
        var found = new List<Report>();
        var result = new List<(Report, Speaker?, int)>();
        int dashSpan = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            int a = sentences[s].FirstToken, b = sentences[s].EndToken;
            found.Clear();
            // What a final colon introduces: the rest of the paragraph, or the next paragraph when this one ends here.
            int blockEnd = paragraphEnd[s] > b || s + 1 >= sentences.Count ? paragraphEnd[s] : paragraphEnd[s + 1];
            bool paragraphStart = s == 0 || paragraphEnd[s - 1] != paragraphEnd[s];
            Report? label = paragraphStart ? _labels.Find(a, b, paragraphEnd[s], nextParagraphEnd[s]) : null;
            if (label is { } line)
            {
                found.Add(line);
            }

            _finder.Find(a, b, blockEnd, found);

            // A heading names what follows (Readout of President Lena Weiss's Call with ..., The Governor Announces Five
            // Nominations): only a clause it reports is anyone's words (Senators Say the Bill Is Dead), and a credit line
            // (a name alone on its line) gives the quotation paragraph after it its speaker.
            if (paragraphStart && paragraphEnd[s] == b && IsHeading(a, b))
            {
                found.RemoveAll(static r => r.Rule is not (RuleIds.ClausalComplement or RuleIds.ThatClause or RuleIds.CreditLine));
            }

            // A label's or credit line's name is nobody's reported words (KCAL-TV (Calder, MT): Farmers say ...: the parse
            // read the name as the content of the headline's verb).
            if (label is { SpeakerFirst: >= 0 } credited && found.Count > 1)
            {
                found.RemoveAll(r => r != credited && r.ContentFirst <= credited.SpeakerHead && r.ContentEnd > credited.SpeakerFirst);
            }

            // Quotations credited by a dash in this sentence (the dash may open it: the splitter ends one at ." ).
            while (dashSpan < _spans.Count && _closeToken[dashSpan] + 1 < a)
            {
                dashSpan++;
            }

            for (int q = dashSpan; q < _spans.Count && _closeToken[q] + 1 < b; q++)
            {
                if (_closeToken[q] + 1 >= a && _dashes.After(_openToken[q], _closeToken[q]) is { } credit)
                {
                    found.Add(credit);
                }
            }

            // A quotation standing alone right before or right after this sentence, which names its speaker.
            if (!found.Exists(static r => r.ContentEnd > r.ContentFirst) && NamedQuotation(a, b) is { } named)
            {
                found.Add(named);
            }
            foreach (Report r in found)
            {
                if (r.SpeakerHead >= 0 && IsFirstPerson(r.SpeakerHead))
                {
                    _ownReports.Add(r);
                    continue;
                }

                if (r.Rule == RuleIds.ColonBlock && OpensWithLabel(r.ContentFirst, s, paragraphEnd, nextParagraphEnd))
                {
                    continue;
                }

                Speaker? speaker = r.SpeakerHead >= 0
                    ? _resolver.Resolve(r.SpeakerHead, r.SpeakerFirst, wholePhrase: r.Rule is RuleIds.LabelLine or RuleIds.CreditLine or RuleIds.DashSource)
                    : null;
                result.Add((r, speaker, s));
                if (speaker is { } known && known.Canonical != Claims.ClaimStage.Author)
                {
                    _speakers.Remember(known);
                }
            }

            _subjectOf[s] = PersonSubject(a, b);
            _resolver.EndSentence(a, b);
        }

        return result;
    }

    /// <summary>
    /// True when the paragraph a colon introduces (starting at token <paramref name="first"/>, after sentence
    /// <paramref name="s"/>) names its own speaker: it opens with a label (<c>Here's what they're saying:</c> then
    /// <c>Sen. Jane Doe: "..."</c>), is a heading before such a label, or is a quotation credited by a dash
    /// (<c>"..." — Jane Doe</c>). So the colon's own cue does not take it.
    /// </summary>
    private bool OpensWithLabel(int first, int s, int[] paragraphEnd, int[] nextParagraphEnd)
    {
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int next = s + 1;
        while (next < sentences.Count && sentences[next].FirstToken < first)
        {
            next++;
        }

        if (next >= sentences.Count || sentences[next].FirstToken != first || paragraphEnd[next - 1] == paragraphEnd[next])
        {
            return false;
        }

        if (_labels.Find(first, sentences[next].EndToken, paragraphEnd[next], nextParagraphEnd[next]) is not null)
        {
            return true;
        }

        // A heading of the list the colon introduces (Here's what they are saying: / MEMBERS OF CONGRESS / Sen. Jane Doe:
        // "..."), when a label opens the paragraph after it.
        int after = next;
        while (after < sentences.Count && sentences[after].FirstToken < paragraphEnd[next])
        {
            after++;
        }

        if (after < sentences.Count && after > next && sentences[after].FirstToken == paragraphEnd[next] && IsListHeading(first, paragraphEnd[next])
            && _labels.Find(paragraphEnd[next], sentences[after].EndToken, paragraphEnd[after], nextParagraphEnd[after]) is not null)
        {
            return true;
        }

        (int firstSpan, int endSpan) = SpansIn(first, paragraphEnd[next]);
        return endSpan > firstSpan && _openToken[firstSpan] == first && _dashes.After(_openToken[firstSpan], _closeToken[firstSpan]) is not null;
    }

    /// <summary>The first token past the paragraph of each sentence (a paragraph ends at a line break).</summary>
    private int[] ParagraphEnds(IReadOnlyList<Sentence> sentences)
    {
        var ends = new int[sentences.Count];
        int end = _document.Tokens.Count;
        for (int s = sentences.Count - 1; s >= 0; s--)
        {
            if (s + 1 < sentences.Count && _document.Text.AsSpan(sentences[s].End, sentences[s + 1].Start - sentences[s].End).Contains('\n'))
            {
                end = sentences[s].EndToken;
            }

            ends[s] = end;
        }

        return ends;
    }

    /// <summary>The quotation spans overlapping tokens <c>[first, end)</c>, as an index range (spans are in order).</summary>
    private (int First, int End) SpansIn(int first, int end)
    {
        int lo = FirstSpanClosingAtOrAfter(first);
        int stop = lo;
        while (stop < _spans.Count && _openToken[stop] < end)
        {
            stop++;
        }

        return (lo, stop);
    }

    private bool IsFirstPerson(int t) =>
        !_inQuote[t] && Syntax.FunctionWords.IsFirstPerson(_document.Tokens.CharsAt(t));
}
