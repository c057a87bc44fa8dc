using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Scores the numeric grammar's DATE and TIME mentions against the <c>tim</c> spans of a GMB CoNLL file by exact
/// character span. Each gold sentence is rebuilt as text with single spaces between tokens and re-tokenized by ours.
/// </summary>
public static class NumericEvaluation
{
    /// <summary>Scores the grammar on one GMB CoNLL file; prints up to <paramref name="showErrors"/> mismatches.</summary>
    public static NumericEvaluationResult Evaluate(string conllFile, int showErrors = 0, TextWriter? output = null)
    {
        var textStage = new TextStage();
        var total = default(SpanScore);
        int overlapping = 0;
        int sentences = 0, shown = 0;
        foreach ((string text, List<(int Start, int End)> gold) in ReadTimSentences(conllFile))
        {
            sentences++;
            Document document = textStage.Process(Document.FromText(text), CancellationToken.None);
            var predicted = NumericEntityRecognizer.Default.Recognize(document, CancellationToken.None)
                .Where(m => m.Label is EntityLabels.Date or EntityLabels.Time)
                .Select(m => (m.Start, m.End))
                .ToList();
            SpanScore score = SpanScore.Compare(predicted, gold);
            total += score;
            overlapping += gold.Count(g => predicted.Exists(p => p.Start < g.End && g.Start < p.End));
            if (output is not null && shown < showErrors && (score.TruePositives != score.Gold || score.TruePositives != score.Predicted))
            {
                shown++;
                output.WriteLine($"  gold [{string.Join(" | ", gold.Select(g => text[g.Start..g.End]))}]  "
                    + $"ours [{string.Join(" | ", predicted.Select(p => text[p.Start..p.End]))}]  :: {text}");
            }
        }

        return new NumericEvaluationResult(total, sentences, overlapping);
    }

    private static IEnumerable<(string Text, List<(int Start, int End)> Gold)> ReadTimSentences(string file)
    {
        var words = new List<string>();
        var tags = new List<string>();
        foreach (string line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return Build(words, tags);
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            string[] parts = line.Split('\t');
            words.Add(parts[0]);
            tags.Add(parts[^1]);
        }

        if (words.Count > 0)
        {
            yield return Build(words, tags);
        }
    }

    private static (string, List<(int, int)>) Build(List<string> words, List<string> tags)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int, int)>();
        int open = -1;
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            bool begin = tags[i] == "B-tim";
            bool inside = tags[i] == "I-tim";
            if (open >= 0 && !inside)
            {
                spans.Add((open, text.Length - (i > 0 ? 1 : 0)));
                open = -1;
            }

            if (begin || (inside && open < 0))
            {
                open = text.Length;
            }

            text.Append(words[i]);
        }

        if (open >= 0)
        {
            spans.Add((open, text.Length));
        }

        return (text.ToString(), spans);
    }
}

/// <summary>
/// The result of <see cref="NumericEvaluation.Evaluate"/>: the exact-span score, the number of sentences read, and how many gold
/// spans share at least one character with a predicted span (a lenient recall that forgives boundary conventions).
/// </summary>
public readonly record struct NumericEvaluationResult(SpanScore Score, int Sentences, int GoldOverlapped);
