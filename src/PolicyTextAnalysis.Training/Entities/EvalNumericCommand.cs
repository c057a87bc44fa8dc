using System.Globalization;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// <c>eval-numeric</c>: exact-span precision, recall and F1 of the numeric grammar's DATE and TIME mentions against the
/// <c>tim</c> spans of the GMB NER split (test by default). Each gold sentence is rebuilt as text with single spaces
/// between tokens, re-tokenized by our tokenizer, and compared by character offsets.
/// </summary>
internal sealed class EvalNumericCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "eval-numeric";

    /// <inheritdoc />
    public string Summary => "DATE/TIME span P/R/F1 of the numeric grammar vs GMB tim spans [--data DIR] [--split test|dev] [--errors N]";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? data = RepositoryPaths.DataOrNull;
        string split = "test";
        int errors = 0;
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = args[i + 1]; break;
                case "--split": split = args[i + 1]; break;
                case "--errors": errors = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"error: unknown option '{args[i]}'");
                    return 2;
            }
        }

        string? file = data is null ? null : Path.Combine(data, "gmb-ner", $"gmb_{split}.conll");
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine($"error: GMB split '{split}' not found; pass --data DIR (the shared data folder).");
            return 2;
        }

        NumericEvaluation result = Evaluate(file, errors, output);
        output.WriteLine($"eval-numeric: GMB {split}, {result.Sentences:N0} sentences, DATE+TIME vs tim, exact span");
        output.WriteLine($"  exact   {result.Score}");
        output.WriteLine(FormattableString.Invariant(
            $"  lenient recall (gold span overlapped by a prediction) {(double)result.GoldOverlapped / Math.Max(1, result.Score.Gold):0.0000}"));
        return 0;
    }

    /// <summary>Scores the grammar on one GMB CoNLL file; prints up to <paramref name="showErrors"/> mismatches.</summary>
    internal static NumericEvaluation Evaluate(string conllFile, int showErrors = 0, TextWriter? output = null)
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

        return new NumericEvaluation(total, sentences, overlapping);
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
/// The result of <see cref="EvalNumericCommand"/>: the exact-span score, the number of sentences read, and how many gold
/// spans share at least one character with a predicted span (a lenient recall that forgives boundary conventions).
/// </summary>
internal readonly record struct NumericEvaluation(SpanScore Score, int Sentences, int GoldOverlapped);
