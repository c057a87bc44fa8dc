namespace PolicyTextAnalysis.Attribution;

/// <summary>How <see cref="AttributionRun"/> makes a quote of a report: its content span, cue text and span, and speaker span.</summary>
internal sealed partial class AttributionRun
{
    private string? CueText(Report r)
    {
        if (r.Cue < 0)
        {
            return null;
        }

        TokenList tokens = _document.Tokens;
        int last = CueLastToken(r);
        return last > r.Cue
            ? _document.Text[tokens.Starts[r.Cue]..tokens.Ends[last]].ToLowerInvariant()
            : tokens.CharsAt(r.Cue).ToString();
    }

    private (int Start, int End)? ContentSpan(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        Syntax.DependencyTree tree = _document.Syntax!.Tree;
        // A leading "that" is the clause's subordinator, also when the tagger took it for the determiner of the clause's
        // subject (argued that austerity had failed: "that austerity" read as a noun phrase).
        while (first < end && (tokens.Kinds[first] is TokenKind.Punctuation or TokenKind.Quote
            || ((tree.Is(first, "mark") || (tree.Is(first, "det") && tree.Head(first) is int noun and >= 0 && (tree.Is(noun, "nsubj") || tree.Is(noun, "nsubj:pass"))))
                && tokens.CharsAt(first).Equals("that", StringComparison.OrdinalIgnoreCase))))
        {
            first++;
        }

        int trimmed = end;
        while (end > first && tokens.Kinds[end - 1] is TokenKind.Punctuation or TokenKind.Quote)
        {
            end--;
        }

        // A quoted fragment that ends the clause keeps its closing mark (and the stop inside it): the policy "has
        // surprised its critics." stays balanced.
        int marks = 0;
        for (int t = first; t < end; t++)
        {
            marks += tokens.Kinds[t] == TokenKind.Quote ? 1 : 0;
        }

        // The parse may hang the closing mark and the stop on the main verb, outside the clause: the punctuation right
        // after it (at most three marks) is searched too.
        if (marks % 2 == 1)
        {
            for (int t = end; t < tokens.Count && (t < trimmed || (t < trimmed + 3 && tokens.Kinds[t] is TokenKind.Punctuation or TokenKind.Quote)); t++)
            {
                if (tokens.Kinds[t] == TokenKind.Quote)
                {
                    end = t + 1;
                    break;
                }
            }
        }

        return end > first ? (tokens.Starts[first], tokens.Ends[end - 1]) : null;
    }

    private Quote Make(int start, int end, QuoteKind kind, Speaker? speaker, string? cue, string rule, Report? report = null) => new()
    {
        Text = _document.Text[start..end],
        Start = start,
        End = end,
        Kind = kind,
        Speaker = kind == QuoteKind.Scare ? null : speaker?.Canonical,
        SpeakerClusterId = kind == QuoteKind.Scare ? null : speaker?.ClusterId,
        SpeakerIsDescription = kind != QuoteKind.Scare && speaker is { IsDescription: true },
        Cue = cue,
        CueSpan = report is { Cue: >= 0 } r && cue is not null ? CueSpanOf(r) : null,
        SpeakerSpan = report is { SpeakerHead: >= 0 } s && kind != QuoteKind.Scare && speaker is not null ? SpeakerSpanOf(s) : null,
        Rule = rule,
    };

    private TextSpan CueSpanOf(Report r)
    {
        TokenList tokens = _document.Tokens;
        return new TextSpan(tokens.Starts[r.Cue], tokens.Ends[CueLastToken(r)]);
    }

    /// <summary>The last token of a report's cue: a source phrase (according to, in the words of) runs up to its source.</summary>
    private int CueLastToken(Report r) =>
        r.Rule == RuleIds.AccordingTo && r.SpeakerFirst - 1 > r.Cue && r.SpeakerFirst - 1 < _document.Tokens.Count ? r.SpeakerFirst - 1 : r.Cue;

    /// <summary>The speaker's phrase: from its first token to its head, or the head's name (a flat name after it).</summary>
    private TextSpan SpeakerSpanOf(Report r)
    {
        TokenList tokens = _document.Tokens;
        int first = Math.Max(0, Math.Min(r.SpeakerFirst < 0 ? r.SpeakerHead : r.SpeakerFirst, r.SpeakerHead));
        int last = _speakers.IsEntity(r.SpeakerHead) ? _speakers.EntityLast(r.SpeakerHead) : r.SpeakerHead;
        while (first < last && tokens.Kinds[first] is TokenKind.Punctuation or TokenKind.Quote)
        {
            first++;
        }

        return new TextSpan(tokens.Starts[first], tokens.Ends[last]);
    }
}
