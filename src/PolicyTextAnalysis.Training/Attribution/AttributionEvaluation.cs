using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// Scores attribution on hand-written cases with the real pipeline: the default analyzer's stages, completed
/// with the entity, resolution and attribution stages where it lacks them.
/// </summary>
public static class AttributionEvaluation
{
    /// <summary>The scores of one evaluation.</summary>
    /// <param name="Cases">Cases scored.</param>
    /// <param name="Gold">Expected quotes.</param>
    /// <param name="Predicted">Predicted quotes.</param>
    /// <param name="Matched">Predicted quotes whose span matches an expected one.</param>
    /// <param name="SpeakerCorrect">Expected quotes matched with the right speaker.</param>
    /// <param name="KindCorrect">Expected quotes matched with the right kind.</param>
    public readonly record struct Result(int Cases, int Gold, int Predicted, int Matched, int SpeakerCorrect, int KindCorrect)
    {
        /// <summary>Span precision.</summary>
        public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

        /// <summary>Span recall.</summary>
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

        /// <summary>Quote-span F1.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        /// <summary>Share of expected quotes found with the right speaker.</summary>
        public double SpeakerAccuracy => Gold == 0 ? 0 : (double)SpeakerCorrect / Gold;

        /// <summary>Share of expected quotes found with the right kind.</summary>
        public double KindAccuracy => Gold == 0 ? 0 : (double)KindCorrect / Gold;
    }

    /// <summary>The pipeline evaluated: the default analyzer's stages plus any missing entity, resolution and attribution stage.</summary>
    public static AnalysisPipeline CreatePipeline()
    {
        var stages = new List<IPipelineStage>(PolicyAnalyzer.CreateDefault().Pipeline.Stages);
        DocumentLayers have = DocumentLayers.None;
        foreach (IPipelineStage stage in stages)
        {
            have |= stage.Produces;
        }

        if ((have & DocumentLayers.Entities) == 0)
        {
            stages.Add(new EntityStage([]));
        }

        if ((have & DocumentLayers.Resolution) == 0)
        {
            stages.Add(new ResolutionStage());
        }

        if ((have & DocumentLayers.Quotes) == 0)
        {
            stages.Add(new AttributionStage());
        }

        return new AnalysisPipeline(stages);
    }

    /// <summary>Scores <paramref name="cases"/>; <paramref name="log"/>, when given, receives every error.</summary>
    public static Result Evaluate(IEnumerable<AttributionCase> cases, AnalysisPipeline pipeline, TextWriter? log = null)
    {
        int n = 0, gold = 0, predicted = 0, matched = 0, speakers = 0, kinds = 0;
        foreach (AttributionCase c in cases)
        {
            n++;
            IReadOnlyList<Quote> quotes = pipeline.Run(Document.FromText(c.Text)).Quotes;
            gold += c.Quotes.Count;
            predicted += quotes.Count;
            var taken = new bool[quotes.Count];
            foreach (AttributionCase.Expected e in c.Quotes)
            {
                int k = FindMatch(c.Text, e.Start, e.End, quotes, taken);
                if (k < 0)
                {
                    log?.WriteLine($"#{c.Id} missed [{c.Text[e.Start..e.End]}] ({e.Kind}, {e.Speaker ?? "null"})");
                    continue;
                }

                taken[k] = true;
                matched++;
                bool speakerOk = string.Equals(quotes[k].Speaker, e.Speaker, StringComparison.OrdinalIgnoreCase);
                speakers += speakerOk ? 1 : 0;
                bool kindOk = KindName(quotes[k].Kind) == e.Kind;
                kinds += kindOk ? 1 : 0;
                if (!speakerOk || !kindOk)
                {
                    log?.WriteLine($"#{c.Id} [{quotes[k].Text}] speaker {quotes[k].Speaker ?? "null"} / {e.Speaker ?? "null"}, kind {KindName(quotes[k].Kind)} / {e.Kind}");
                }
            }

            for (int k = 0; k < quotes.Count; k++)
            {
                if (!taken[k])
                {
                    log?.WriteLine($"#{c.Id} spurious [{quotes[k].Text}] ({KindName(quotes[k].Kind)}, {quotes[k].Speaker ?? "null"})");
                }
            }
        }

        return new Result(n, gold, predicted, matched, speakers, kinds);
    }

    /// <summary>The schema name of a quote kind (<c>direct</c>, <c>indirect</c>, <c>mixed</c>, <c>scare</c>).</summary>
    public static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    private static int FindMatch(string text, int start, int end, IReadOnlyList<Quote> quotes, bool[] taken)
    {
        (int s, int e) = Trim(text, start, end);
        for (int k = 0; k < quotes.Count; k++)
        {
            if (!taken[k] && Trim(text, quotes[k].Start, quotes[k].End) == (s, e))
            {
                return k;
            }
        }

        return -1;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1])))
        {
            end--;
        }

        return (start, end);
    }
}
