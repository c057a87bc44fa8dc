namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// Rough kinds of GUM attribution errors, read off the gold annotation, so that <c>eval-attribution-gum --errors</c>
/// can count what the rules miss most. A case may get several tags.
/// </summary>
public static class GumMissTags
{
    /// <summary>The tags of a relation no quote matched.</summary>
    public static IEnumerable<string> OfMiss(string text, GumAttributionCase c, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(quotes);
        if (quotes.Any(q => c.Content.Overlaps(new TextSpan(q.Start, q.End))))
        {
            yield return "quote overlaps too little";
        }

        if (c.Negative)
        {
            yield return "negative attribution";
        }

        if (c.ContentFirst)
        {
            yield return "content precedes the source";
        }

        yield return c.Cue.Count == 0 ? "no cue word marked" : "cue " + CueKind(c.Cue);
        string content = text[c.Content.Start..c.Content.End];
        if (content.Contains('?', StringComparison.Ordinal))
        {
            yield return "content is a question";
        }

        if (content.IndexOfAny(['"', '“', '”']) >= 0)
        {
            yield return "content has quotation marks";
        }

        if (c.SpeakerMention is { } m && SpeakerForms.IsPronoun(m))
        {
            yield return $"source is the pronoun '{m.ToLowerInvariant()}'";
        }
    }

    /// <summary>The tags of a matched relation whose speaker we got wrong.</summary>
    public static IEnumerable<string> OfSpeaker(GumAttributionCase c, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(quote);
        yield return quote.Speaker switch
        {
            null => "ours: no speaker",
            "author" => "ours: author",
            _ => "ours: another name",
        };

        if (c.SpeakerMention is { } m && SpeakerForms.IsPronoun(m))
        {
            yield return "gold speaker is a pronoun";
        }

        if (c.Speaker is { IsPerson: false })
        {
            yield return "gold speaker is not a person";
        }
    }

    /// <summary><c>noun</c>, <c>verb</c>, <c>according to</c>, ... from the cue words' lemma/UPOS.</summary>
    private static string CueKind(IReadOnlyList<string> cue)
    {
        if (cue.Any(w => w.StartsWith("accord", StringComparison.Ordinal)))
        {
            return "'according to'";
        }

        string upos = cue[0][(cue[0].LastIndexOf('/') + 1)..];
        return upos switch
        {
            "VERB" or "AUX" => "is a verb (" + cue[0][..cue[0].LastIndexOf('/')] + ")",
            "NOUN" => "is a noun",
            "ADJ" => "is an adjective",
            _ => "is " + upos,
        };
    }
}
