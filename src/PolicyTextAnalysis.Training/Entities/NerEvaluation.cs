using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// CoNLL-style exact-span scoring on the library's own tokenization: each gold sentence's text goes through the
/// text stage and the recogniser, predicted labels are mapped to the set's labels (null drops them), and a
/// prediction counts when its character span and label equal a gold entity's. Gold spans labelled
/// <see cref="MixtureLabelMapping.Mask"/> are left out, with the predictions that overlap them.
/// </summary>
internal static class NerEvaluation
{
    /// <summary>Scores per label plus the micro-average under the key <c>ALL</c>.</summary>
    public static SortedDictionary<string, SpanScore> Score(
        NamedEntityRecognizer recognizer,
        IEnumerable<NerSentence> sentences,
        Func<string, string?> mapPredicted,
        TextWriter? errors = null) =>
        Score(doc => recognizer.Recognize(doc, CancellationToken.None), sentences, mapPredicted, errors);

    /// <summary>Scores any recognition (a recogniser, or a stage chain that ends in entities) the same way.</summary>
    public static SortedDictionary<string, SpanScore> Score(
        Func<Document, IEnumerable<EntityMention>> recognize,
        IEnumerable<NerSentence> sentences,
        Func<string, string?> mapPredicted,
        TextWriter? errors = null)
    {
        var stage = new TextStage();
        var byLabel = new SortedDictionary<string, SpanScore>(StringComparer.Ordinal);
        foreach (NerSentence s in sentences)
        {
            Document doc = stage.Process(Document.FromText(s.Text), CancellationToken.None);
            var predicted = new HashSet<GoldEntity>();
            foreach (EntityMention m in recognize(doc))
            {
                if (mapPredicted(m.Label) is { } label)
                {
                    predicted.Add(new GoldEntity(m.Start, m.End, label));
                }
            }

            // Spans of unknown type (MASK) are not scored: predictions overlapping them are set aside.
            GoldEntity[] masked = [.. s.Entities.Where(g => g.Label == MixtureLabelMapping.Mask)];
            predicted.RemoveWhere(p => masked.Any(g => p.Start < g.End && g.Start < p.End));
            var gold = new HashSet<GoldEntity>(s.Entities.Where(g => g.Label != MixtureLabelMapping.Mask));
            if (errors is not null && !predicted.SetEquals(gold))
            {
                errors.WriteLine(s.Text);
                foreach (GoldEntity g in gold.Except(predicted))
                {
                    errors.WriteLine($"  missed {g.Label} [{s.Surface(g)}]");
                }

                foreach (GoldEntity p in predicted.Except(gold))
                {
                    errors.WriteLine($"  wrong  {p.Label} [{s.Surface(p)}]");
                }
            }

            foreach (string label in predicted.Select(p => p.Label).Concat(gold.Select(g => g.Label)).Distinct())
            {
                int tp = predicted.Count(p => p.Label == label && gold.Contains(p));
                var score = new SpanScore(tp, predicted.Count(p => p.Label == label), gold.Count(g => g.Label == label));
                byLabel[label] = byLabel.GetValueOrDefault(label) + score;
            }
        }

        byLabel["ALL"] = byLabel.Values.Aggregate(default(SpanScore), (a, b) => a + b);
        return byLabel;
    }

    /// <summary>Prints a score table.</summary>
    public static void Print(string title, SortedDictionary<string, SpanScore> scores, TextWriter output)
    {
        output.WriteLine($"== {title}");
        foreach ((string label, SpanScore score) in scores)
        {
            output.WriteLine($"  {label,-12} {score}");
        }
    }
}
