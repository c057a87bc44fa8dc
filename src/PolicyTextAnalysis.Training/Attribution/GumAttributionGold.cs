using System.Globalization;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// Turns GUM's attribution relations into gold cases. The content is the relation's target unit; the speaker is the
/// entity the source unit names:
/// <list type="number">
/// <item>the words of the relation's <c>sem-atsrc</c> (attribution source) signal, when GUM gives one, else the
/// nominal subject (<c>nsubj</c>, <c>nsubj:pass</c>) or passive agent of the relation's first verbal indicative word
/// (<c>lex-indwd</c>), else of the source unit's first verb;</item>
/// <item>of those words, the one whose syntactic head lies outside them (the phrase head);</item>
/// <item>the smallest entity mention covering that word, whose coreference chain gives the speaker's forms
/// (<see cref="SpeakerForms"/>), each mention also cut after its head word.</item>
/// </list>
/// No such mention, or a chain of pronouns only, leaves the speaker unidentified.
/// </summary>
public static class GumAttributionGold
{
    /// <summary>The attribution cases of one document.</summary>
    public static IReadOnlyList<GumAttributionCase> Read(ConlluDocument document, GumAnnotations annotations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(annotations);
        TextSpan[] spans = WordSpans(document, annotations.Words.Count);
        var cases = new List<GumAttributionCase>();
        foreach (GumRelation r in annotations.Relations.Where(r => r.Label.StartsWith("attribution", StringComparison.Ordinal)))
        {
            (int sf, int sl) = annotations.UnitWords(r.Source);
            (int cf, int cl) = annotations.UnitWords(r.Target);
            var cue = r.SignalWords("indwd").Select(w => annotations.Words[w]).ToList();
            GumMention? mention = SpeakerMention(annotations, r, sf, sl, cue);
            SpeakerForms? forms = null;
            string? mentionText = null;
            if (mention is not null)
            {
                mentionText = Text(document, spans, mention.First, mention.Last);
                // Each mention also up to its head word, so an apposition or modifier after the name
                // ("Mu Li, of the University of NSW") does not hide the surname.
                forms = new SpeakerForms(
                    annotations.Mentions.Where(m => m.EntityId == mention.EntityId)
                        .SelectMany(m => new[] { Text(document, spans, m.First, m.Last), Text(document, spans, m.First, HeadWord(annotations, m)) }),
                    mention.Type == "person");
            }

            cases.Add(new GumAttributionCase(
                document.Id,
                r.Label == "attribution-negative",
                new TextSpan(spans[cf].Start, spans[cl].End),
                new TextSpan(spans[sf].Start, spans[sl].End),
                cue.Select(w => $"{w.Lemma}/{w.UPos}").ToList(),
                mentionText,
                forms));
        }

        return cases;
    }

    /// <summary>
    /// The character span of every word. A multi-word token the text keeps whole (its words do not spell it) gives all
    /// its words the token's span.
    /// </summary>
    internal static TextSpan[] WordSpans(ConlluDocument document, int wordCount)
    {
        var spans = new TextSpan[wordCount];
        int w = 0;
        for (int t = 0; t < document.Rows.Count; t++)
        {
            string id = document.Rows[t][0];
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            int n = dash < 0 ? 1 : int.Parse(id[(dash + 1)..], CultureInfo.InvariantCulture) - int.Parse(id[..dash], CultureInfo.InvariantCulture) + 1;
            for (int k = 0; k < n && w < wordCount; k++)
            {
                spans[w++] = document.Tokens[t];
            }
        }

        if (w != wordCount)
        {
            throw new InvalidDataException($"{document.Id}: the text has {w} words, the annotations {wordCount}");
        }

        return spans;
    }

    private static GumMention? SpeakerMention(GumAnnotations a, GumRelation r, int first, int last, List<GumWord> cue)
    {
        var source = r.SignalWords("atsrc").Where(w => w >= 0 && w < a.Words.Count).ToHashSet();
        if (source.Count == 0)
        {
            GumWord? verb = cue.FirstOrDefault(w => w.UPos is "VERB" or "AUX")
                ?? a.Words.Skip(first).Take(last - first + 1).FirstOrDefault(w => w.UPos == "VERB");
            GumWord? subject = verb is null ? null : a.Words.FirstOrDefault(w =>
                w.Head == verb.Index && (w.Relation is "nsubj" or "nsubj:pass" or "obl:agent"));
            if (subject is null)
            {
                return null;
            }

            source.Add(subject.Index);
        }

        int head = source.Order().FirstOrDefault(w => !source.Contains(a.Words[w].Head), source.Min());
        return a.Mentions.Where(m => m.Covers(head)).MinBy(m => m.Length);
    }

    private static int HeadWord(GumAnnotations a, GumMention m)
    {
        for (int w = m.First; w <= m.Last; w++)
        {
            if (a.Words[w].Head < m.First || a.Words[w].Head > m.Last)
            {
                return w;
            }
        }

        return m.Last;
    }

    private static string Text(ConlluDocument document, TextSpan[] spans, int first, int last) =>
        document.Text[spans[first].Start..spans[last].End];
}
