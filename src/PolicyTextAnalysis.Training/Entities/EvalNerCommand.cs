using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// <c>eval-ner [--model FILE] [--data DIR] [--set NAME]... [--errors] [--pipeline]</c>: exact-span P/R/F1 per type of the shipped model (or
/// a model file) on the NER evaluation sets, on the library's own tokenization; <c>--errors</c> lists every miss; <c>--show FILE</c> prints the mentions found in a text file.
/// </summary>
internal sealed class EvalNerCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "eval-ner";

    /// <inheritdoc />
    public string Summary => "score the named-entity recogniser (CoNLL exact spans) on gmb, uner-pud, wikigold, GUM";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--model", "--show", "--set"], ["--errors", "--pipeline"]);
        string? data = arguments.Data;
        string? modelPath = arguments.Value("--model");
        var sets = arguments.Values("--set").ToList();
        bool showErrors = arguments.Flag("--errors");
        string? showFile = arguments.Value("--show");

        if (showFile is not null)
        {
            return Show(showFile, modelPath, output);
        }

        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("error: no data folder; pass --data DIR (the shared data folder).");
            return 2;
        }

        NamedEntityRecognizer recognizer = Open(modelPath);
        NameLists lists = NameLists.Load(Path.Combine(data, "gazetteers"));

        // --pipeline: the parse, then the recogniser with the knowledge-base gazetteer and the resolution stage's typing,
        // as the default analyzer runs them (numbers and dates left out: the sets do not annotate them alike).
        Func<Document, IEnumerable<EntityMention>> recognize = doc => recognizer.Recognize(doc, CancellationToken.None);
        if (arguments.Flag("--pipeline"))
        {
            var entities = new EntityStage([recognizer, GazetteerRecognizer.Default]);
            var syntax = new PolicyTextAnalysis.Syntax.SyntaxStage();
            var resolution = new PolicyTextAnalysis.Resolution.ResolutionStage();
            recognize = doc => resolution.Process(entities.Process(syntax.Process(doc, CancellationToken.None), CancellationToken.None), CancellationToken.None).Entities;
        }

        foreach (string set in sets.Count > 0 ? [.. sets] : NerEvaluationSets.Names)
        {
            SortedDictionary<string, SpanScore>? scores = NerEvaluationSets.Score(set, recognize, data, lists, showErrors ? output : null);
            if (scores is null)
            {
                output.WriteLine($"== {set}: data absent, skipped");
                continue;
            }

            NerEvaluation.Print(set, scores, output);
        }

        return 0;
    }

    private static NamedEntityRecognizer Open(string? modelPath)
    {
        if (modelPath is null)
        {
            return NamedEntityRecognizer.Default;
        }

        using FileStream stream = File.OpenRead(modelPath);
        return NamedEntityRecognizer.Load(stream);
    }

    /// <summary>Prints every mention the recogniser finds in a text file (for reading a model's output).</summary>
    private static int Show(string file, string? modelPath, TextWriter output)
    {
        Document doc = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(File.ReadAllText(file)), CancellationToken.None);
        foreach (EntityMention m in Open(modelPath).Recognize(doc, CancellationToken.None))
        {
            output.WriteLine(FormattableString.Invariant($"{m.Start,6} {m.Label,-12} {m.Confidence:0.00} {m.Text}"));
        }

        return 0;
    }
}
