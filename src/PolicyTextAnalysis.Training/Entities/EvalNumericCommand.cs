using System.Globalization;

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
        var arguments = CommandArguments.Parse(args, ["--data", "--split", "--errors"], []);
        string? data = arguments.Data;
        string split = arguments.Value("--split") ?? "test";
        int errors = arguments.Int("--errors", 0);

        string? file = data is null ? null : Path.Combine(data, "gmb-ner", $"gmb_{split}.conll");
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine($"error: GMB split '{split}' not found; pass --data DIR (the shared data folder).");
            return 2;
        }

        NumericEvaluationResult result = NumericEvaluation.Evaluate(file, errors, output);
        output.WriteLine($"eval-numeric: GMB {split}, {result.Sentences:N0} sentences, DATE+TIME vs tim, exact span");
        output.WriteLine($"  exact   {result.Score}");
        output.WriteLine(FormattableString.Invariant(
            $"  lenient recall (gold span overlapped by a prediction) {(double)result.GoldOverlapped / Math.Max(1, result.Score.Gold):0.0000}"));
        return 0;
    }
}
