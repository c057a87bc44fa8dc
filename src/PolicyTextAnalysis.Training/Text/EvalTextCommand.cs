using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Text;

/// <summary><c>eval-text [--data DIR]</c>: token and sentence-boundary F1 on GUM news and interview documents.</summary>
internal sealed class EvalTextCommand : ITrainingCommand
{
    public string Name => "eval-text";

    public string Summary => "token and sentence-boundary P/R/F1 against GUM CoNLL-U gold";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? data = args.Count >= 2 && args[0] == "--data" ? args[1] : RepositoryPaths.DataOrNull;
        string? folder = data is null ? null : Path.Combine(data, "gum-news-interview", "conllu");
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("error: GUM data not found; pass --data DIR (the shared data folder)");
            return 2;
        }

        foreach ((string label, Func<string, bool>? filter) in new (string, Func<string, bool>?)[]
        {
            ("all", null),
            ("test", id => GumSplits.Of(id) == "test"),
        })
        {
            foreach (HyphenMode mode in Enum.GetValues<HyphenMode>())
            {
                TextLayerEvaluation.Result r = TextLayerEvaluation.Evaluate(folder, new Tokenizer(mode), filter);
                output.WriteLine($"GUM {label} ({r.Documents} docs), hyphens {mode}:");
                output.WriteLine($"  tokens          {r.Tokens}");
                output.WriteLine($"  sentence ends   {r.SentenceEnds}");
            }
        }

        return 0;
    }
}
