namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// Scores quote detection and quote-to-speaker on LitBank (<see cref="LitBankQuotes"/>) with the default analyzer run on
/// each detokenised text: a gold quote and one of our non-scare quotes match when they share at least half of the
/// shorter span (<see cref="SpanOverlap"/>); a matched quote's speaker is right when <c>Quote.Speaker</c> names the gold
/// speaker by <see cref="SpeakerForms"/>.
/// </summary>
public static class LitBankEvaluation
{
    /// <summary>Scores every text of <paramref name="texts"/>; <paramref name="errors"/>, when given, receives misses and wrong
    /// speakers; <paramref name="speakersByRule"/>, when given, counts the right and the judged speakers of each quote rule.</summary>
    public static AttributionFigures Evaluate(IEnumerable<LitBankQuotes> texts, PolicyAnalyzer analyzer, ICollection<string>? errors = null,
        IDictionary<string, (int Right, int Judged)>? speakersByRule = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(analyzer);
        AttributionFigures total = AttributionFigures.Empty;
        foreach (LitBankQuotes t in texts)
        {
            string text = t.Text.Text;
            var speech = analyzer.Process(text).Quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
            int matched = 0, speakers = 0, correct = 0;
            foreach (LitBankQuotes.Gold g in t.Quotes)
            {
                int k = SpanOverlap.Best(g.Span, speech);
                if (k < 0)
                {
                    errors?.Add($"missed\t{t.Name}\t{g.SpeakerLabel}\t{Clip(text[g.Span.Start..g.Span.End])}");
                    continue;
                }

                matched++;
                if (g.Speaker.IsIdentifiable)
                {
                    speakers++;
                    bool right = g.Speaker.Matches(speech[k].Speaker);
                    if (right)
                    {
                        correct++;
                    }
                    else
                    {
                        errors?.Add($"speaker\t{t.Name}\t{g.SpeakerLabel}\tours {speech[k].Speaker ?? "(none)"} ({speech[k].Rule})\t{Clip(text[g.Span.Start..g.Span.End])}");
                    }

                    if (speakersByRule is not null)
                    {
                        string rule = speech[k].Rule ?? "(none)";
                        (int r, int n) = speakersByRule.TryGetValue(rule, out var c) ? c : (0, 0);
                        speakersByRule[rule] = (r + (right ? 1 : 0), n + 1);
                    }
                }
            }

            int predictedMatched = speech.Count(q => t.Quotes.Any(g => SpanOverlap.Matches(g.Span, new TextSpan(q.Start, q.End))));
            total += new AttributionFigures(1, t.Quotes.Count, matched, speech.Count, predictedMatched, speakers, correct);
        }

        return total;
    }

    private static string Clip(string s) => s.Length <= 100 ? s : s[..97] + "...";
}
