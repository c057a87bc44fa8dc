namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The attribution of one document, sentence by sentence so that pronouns see only what came before:
/// cues are found, each quotation is given the cue that closes it (<c>"...," she said</c>) or the nearest
/// cue before it in its opening sentence, cues left without a quotation yield reported speech, and quotations
/// left without a cue become scare quotes (short, inside the author's sentence) or continue the last speaker.
/// </summary>
internal sealed class AttributionRun
{
    /// <summary>Most tokens between a closing mark and a cue that still reports it (<c>," the minister said</c>).</summary>
    private const int PostCueWindow = 8;

    /// <summary>Longest quotation, in words, that can be a scare quote.</summary>
    private const int MaxScareWords = 6;

    private readonly Document _document;
    private readonly CancellationToken _cancellationToken;
    private readonly List<QuoteScanner.QuoteSpan> _spans;
    private readonly int[] _openToken;
    private readonly int[] _closeToken;
    private readonly bool[] _inQuote;
    private readonly SpeakerLocator _speakers;
    private readonly CueFinder _cues;
    private readonly Cue?[] _preCue;
    private readonly bool[] _preDirect;

    public AttributionRun(Document document, CueLexicon lexicon, CancellationToken cancellationToken)
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

        _speakers = new SpeakerLocator(document);
        _cues = new CueFinder(document, lexicon, _speakers, _inQuote);
        _preCue = new Cue?[_spans.Count];
        _preDirect = new bool[_spans.Count];
    }

    public List<Quote> Run()
    {
        var result = new List<Quote>();
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int opening = 0;   // next quotation whose opening mark is not yet reached
        int closing = 0;   // next quotation not yet decided
        Speaker? lastSpeaker = null;
        int lastSpeakerSentence = -10;
        for (int s = 0; s < sentences.Count; s++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            int a = sentences[s].FirstToken, b = sentences[s].EndToken;
            List<Cue> cues = _cues.Find(a, b);
            var used = new bool[cues.Count];

            // Quotations opening here: remember the nearest cue before the opening mark.
            for (; opening < _spans.Count && _openToken[opening] < b; opening++)
            {
                for (int c = cues.Count - 1; c >= 0; c--)
                {
                    if (cues[c].Token < _openToken[opening])
                    {
                        _preCue[opening] = cues[c];
                        _preDirect[opening] = IsDirectOpening(_openToken[opening], cues[c]);
                        break;
                    }
                }
            }

            // Quotations closing here: decide their cue, kind and speaker.
            for (; closing < _spans.Count && _closeToken[closing] < b; closing++)
            {
                int q = closing;
                Cue? cue = null;
                bool direct = true;
                for (int c = 0; c < cues.Count; c++)
                {
                    if (cues[c].Token > _closeToken[q] && cues[c].Token - _closeToken[q] <= PostCueWindow
                        && (q + 1 >= _spans.Count || _openToken[q + 1] > cues[c].Token))
                    {
                        cue = cues[c];
                        used[c] = true;
                        break;
                    }
                }

                if (cue is null && _preCue[q] is { } pre)
                {
                    cue = pre;
                    direct = _preDirect[q];
                    int c = cues.IndexOf(pre);
                    if (c >= 0)
                    {
                        used[c] = true;
                    }
                }

                QuoteScanner.QuoteSpan span = _spans[q];
                if (cue is { } found)
                {
                    result.Add(Make(span.Start, span.End, direct ? QuoteKind.Direct : QuoteKind.Mixed, found.Speaker, found.Text));
                    lastSpeaker = found.Speaker;
                    lastSpeakerSentence = s;
                }
                else if (IsScare(q, a, b))
                {
                    result.Add(Make(span.Start, span.End, QuoteKind.Scare, null, null));
                }
                else
                {
                    // A quotation standing alone continues the speaker of the sentences just before it.
                    Speaker? continued = lastSpeakerSentence >= s - 2 ? lastSpeaker : null;
                    result.Add(Make(span.Start, span.End, QuoteKind.Direct, continued, null));
                }
            }

            // Cues that reported no quotation report speech in their own words.
            for (int c = 0; c < cues.Count; c++)
            {
                Cue cue = cues[c];
                if (!used[c] && ContentSpan(cue.ContentStart, cue.ContentEnd) is { } content)
                {
                    result.Add(Make(content.Start, content.End, QuoteKind.Indirect, cue.Speaker, cue.Text));
                    lastSpeaker = cue.Speaker;
                    lastSpeakerSentence = s;
                }
            }

            RememberSubjects(cues, a, b);
        }

        result.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        return result;
    }

    private bool IsDirectOpening(int openToken, Cue cue)
    {
        int t = openToken - 1;
        if (t <= cue.Token)
        {
            return true;
        }

        ReadOnlySpan<char> w = _document.Tokens.CharsAt(t);
        return w is "that" or ":" or "," || (cue.SpeakerAfter && t > cue.Token);
    }

    private bool IsScare(int q, int a, int b)
    {
        TokenList tokens = _document.Tokens;
        int words = 0;
        for (int t = _openToken[q]; t <= _closeToken[q]; t++)
        {
            if (tokens.Kinds[t] is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        // Inside the author's sentence: words of the sentence outside the marks on either side.
        bool wordsBefore = false;
        for (int t = a; t < _openToken[q] && !wordsBefore; t++)
        {
            wordsBefore = tokens.Kinds[t] == TokenKind.Word;
        }

        return words <= MaxScareWords && (wordsBefore || !_spans[q].Closed || _closeToken[q] + 2 < b);
    }

    private (int Start, int End)? ContentSpan(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        while (first < end && tokens.Kinds[first] is TokenKind.Punctuation or TokenKind.Quote)
        {
            first++;
        }

        while (end > first && tokens.Kinds[end - 1] is TokenKind.Punctuation or TokenKind.Quote)
        {
            end--;
        }

        int words = 0;
        for (int t = first; t < end; t++)
        {
            if (_inQuote[t])
            {
                return null;
            }

            if (tokens.Kinds[t] is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words >= 3 ? (tokens.Starts[first], tokens.Ends[end - 1]) : null;
    }

    private void RememberSubjects(List<Cue> cues, int a, int b)
    {
        if (cues.Count > 0)
        {
            _speakers.Remember(cues[^1].Speaker);
            return;
        }

        // A sentence's subject: an entity among its first words (Keller met the envoy. He said ...).
        for (int t = a; t < b && t < a + 4; t++)
        {
            if (_speakers.IsEntity(t))
            {
                int last = t;
                while (last + 1 < b && _speakers.IsEntity(last + 1) && _speakers.LabelAt(last + 1) == _speakers.LabelAt(t))
                {
                    last++;
                }

                if (_speakers.EndingAt(last, t) is { } subject && (_document.Tokens.Kinds[Math.Min(last + 1, b - 1)] != TokenKind.Clitic))
                {
                    _speakers.Remember(subject.Speaker);
                }

                return;
            }
        }

        // No entity there: a run of capitalised words opening the sentence and followed by a lower-case word.
        TokenList tokens = _document.Tokens;
        int first = a;
        while (first < b && first < a + 4 && !(tokens.Kinds[first] == TokenKind.Word && char.IsUpper(tokens.CharsAt(first)[0])))
        {
            first++;
        }

        int end = first;
        while (end < b && end - first < 6 && tokens.Kinds[end] == TokenKind.Word && char.IsUpper(tokens.CharsAt(end)[0]))
        {
            end++;
        }

        if (end > first && end < b && tokens.Kinds[end] == TokenKind.Word && char.IsLower(tokens.CharsAt(end)[0])
            && _speakers.EndingAt(end - 1, first) is { } fallback)
        {
            _speakers.Remember(fallback.Speaker);
        }
    }

    private Quote Make(int start, int end, QuoteKind kind, Speaker? speaker, string? cue) => new()
    {
        Text = _document.Text[start..end],
        Start = start,
        End = end,
        Kind = kind,
        Speaker = speaker?.Canonical,
        SpeakerClusterId = speaker?.ClusterId,
        Cue = cue,
    };
}
