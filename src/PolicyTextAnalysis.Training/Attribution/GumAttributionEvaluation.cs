using PolicyTextAnalysis.Training.Corpora;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// Scores quote attribution on GUM's attribution relations (<see cref="GumAttributionGold"/>) with the default analyzer
/// run on each document's rebuilt text: recall of the content units and speaker accuracy on the matched ones with an
/// identifiable speaker. One of our quotes may match several relations (<c>said that X and that Y</c>).
/// </summary>
public static class GumAttributionEvaluation
{
    /// <summary>The GUM folders with attribution relations, under the shared data folder.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["gum-news-interview", "gum-open-genres"];

    /// <summary>Every GUM document of <see cref="Folders"/> under <paramref name="data"/> with its official split.</summary>
    public static IEnumerable<(string Path, string Split)> Documents(string data)
    {
        foreach (string folder in Folders)
        {
            string root = Path.Combine(data, folder);
            (HashSet<string> dev, HashSet<string> test) = SyntaxCorpora.Splits(Path.Combine(root, "splits.md"));
            foreach (string path in Directory.EnumerateFiles(Path.Combine(root, "conllu"), "*.conllu").Order(StringComparer.Ordinal))
            {
                string id = Path.GetFileNameWithoutExtension(path);
                yield return (path, dev.Contains(id) ? "dev" : test.Contains(id) ? "test" : "train");
            }
        }
    }

    /// <summary>
    /// Scores the documents of <paramref name="split"/>; <paramref name="errors"/>, when given, receives one line per
    /// miss and per wrong speaker (tab-separated: kind, tags, document, source unit, content unit, our quote);
    /// <paramref name="speakersByRule"/>, when given, counts the right and the judged speakers of each quote rule.
    /// </summary>
    public static AttributionFigures Evaluate(string data, string split, PolicyAnalyzer analyzer, ICollection<string>? errors = null,
        IDictionary<string, (int Right, int Judged)>? speakersByRule = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        AttributionFigures total = AttributionFigures.Empty;
        foreach ((string path, string of) in Documents(data))
        {
            if (of == split)
            {
                string[] lines = File.ReadAllLines(path);
                var document = ConlluDocument.Parse(Path.GetFileNameWithoutExtension(path), lines);
                IReadOnlyList<GumAttributionCase> cases = GumAttributionGold.Read(document, GumAnnotations.Parse(lines));
                total += Score(document.Text, cases, analyzer.Process(document.Text).Quotes, errors, speakersByRule);
            }
        }

        return total;
    }

    /// <summary>Scores one document's quotes against its gold cases.</summary>
    public static AttributionFigures Score(string text, IReadOnlyList<GumAttributionCase> cases, IReadOnlyList<Quote> quotes, ICollection<string>? errors = null,
        IDictionary<string, (int Right, int Judged)>? speakersByRule = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(quotes);
        var speech = quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
        int matched = 0, speakers = 0, correct = 0;
        foreach (GumAttributionCase c in cases)
        {
            int k = SpanOverlap.Best(c.Content, speech);
            if (k < 0)
            {
                errors?.Add(Line("missed", GumMissTags.OfMiss(text, c, speech), text, c, null));
                continue;
            }

            matched++;
            if (c.Speaker is { IsIdentifiable: true } gold)
            {
                speakers++;
                // A content with two gold sources (According to the Herald, Burrows said C) is right for the source of
                // either quote over it: ours nests the two reports.
                int other = gold.Matches(speech[k].Speaker) ? k : speech.FindIndex(q => gold.Matches(q.Speaker) && SpanOverlap.Matches(c.Content, new TextSpan(q.Start, q.End)));
                k = other >= 0 ? other : k;
                bool right = other >= 0;
                if (speakersByRule is not null)
                {
                    string rule = speech[k].Rule ?? "(none)";
                    (int r, int n) = speakersByRule.TryGetValue(rule, out var counts) ? counts : (0, 0);
                    speakersByRule[rule] = (r + (right ? 1 : 0), n + 1);
                }

                if (right)
                {
                    correct++;
                }
                else
                {
                    errors?.Add(Line("speaker", GumMissTags.OfSpeaker(c, speech[k]), text, c, speech[k]));
                }
            }
        }

        int predictedMatched = speech.Count(q => cases.Any(c => SpanOverlap.Matches(c.Content, new TextSpan(q.Start, q.End))));
        return new AttributionFigures(1, cases.Count, matched, speech.Count, predictedMatched, speakers, correct);
    }

    private static string Line(string kind, IEnumerable<string> tags, string text, GumAttributionCase c, Quote? quote)
    {
        string ours = quote is null ? "-" : $"{quote.Speaker ?? "(none)"} [{quote.Cue}] «{Clip(quote.Text)}»";
        string gold = c.SpeakerMention is null ? "(no gold speaker)" : $"{c.SpeakerMention} = {string.Join(" / ", c.Speaker!.Forms.Take(4))}";
        return string.Join('\t', kind, string.Join(',', tags), c.Document, $"source «{Clip(text[c.Source.Start..c.Source.End])}»",
            $"content «{Clip(text[c.Content.Start..c.Content.End])}»", $"gold {gold}", $"ours {ours}");
    }

    private static string Clip(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= 120 ? s : s[..117] + "...";
    }
}
