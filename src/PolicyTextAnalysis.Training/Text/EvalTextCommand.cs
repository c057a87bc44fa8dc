using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Text;

/// <summary>
/// <c>eval-text [--data DIR] [--errors] [--split all|train|dev|test] [--hyphens keep|split]</c>: token and
/// sentence-boundary F1 on GUM news and interview documents, then (without <c>--split</c>) token F1 on the UD EWT
/// dev and test and PUD test sentences as an out-of-domain check; <c>--errors</c> also prints every mismatch with context.
/// </summary>
internal sealed class EvalTextCommand : ITrainingCommand
{
    public string Name => "eval-text";

    public string Summary => "token and sentence-boundary P/R/F1 against GUM CoNLL-U gold [--errors] [--split S] [--hyphens M]";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--split", "--hyphens"], ["--errors"]);
        string? data = arguments.Data;
        bool errors = arguments.Flag("--errors");
        string? onlySplit = arguments.Value("--split");
        HyphenMode? onlyMode = null;
        if (arguments.Value("--hyphens") is { } hyphens)
        {
            onlyMode = Enum.TryParse(hyphens, ignoreCase: true, out HyphenMode m)
                ? m
                : throw new ArgumentException($"option '--hyphens' wants keep or split, not '{hyphens}'");
        }

        string? folder = data is null ? null : Path.Combine(data, "gum-news-interview", "conllu");
        if (data is null || folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("error: GUM data not found; pass --data DIR (the shared data folder)");
            return 2;
        }

        var splits = new (string Label, Func<string, bool>? Filter)[]
        {
            ("all", null),
            ("test", id => GumSplits.Of(id) == "test"),
            ("dev", id => GumSplits.Of(id) == "dev"),
            ("train", id => GumSplits.Of(id) == "train"),
        };
        foreach ((string label, Func<string, bool>? filter) in splits)
        {
            if (onlySplit is null ? label is "dev" or "train" : label != onlySplit)
            {
                continue;
            }

            foreach (HyphenMode mode in Enum.GetValues<HyphenMode>())
            {
                if (onlyMode is not null && mode != onlyMode)
                {
                    continue;
                }

                TextLayerEvaluation.Result r = TextLayerEvaluation.Evaluate(folder, new Tokenizer(mode), filter, errors ? output : null);
                output.WriteLine($"GUM {label} ({r.Documents} docs), hyphens {mode}:");
                output.WriteLine($"  tokens          {r.Tokens}");
                output.WriteLine($"  sentence ends   {r.SentenceEnds}");
            }
        }

        foreach ((string label, string[] parts) in new[]
        {
            ("UD EWT dev (web)", new[] { "uner-english-ewt", "en_ewt-ud-dev.iob2" }),
            ("UD EWT test (web)", new[] { "uner-english-ewt", "en_ewt-ud-test.iob2" }),
            ("UD PUD test (news, wiki)", new[] { "uner-english-pud", "en_pud-ud-test.iob2" }),
        })
        {
            string file = Path.Combine([data, .. parts]);
            if (onlySplit is not null || !File.Exists(file))
            {
                continue;
            }

            UdSentenceEvaluation.Result r = UdSentenceEvaluation.Evaluate(file, new Tokenizer(HyphenMode.Split), errors ? output : null);
            output.WriteLine($"{label} ({r.Sentences} sentences, {r.Skipped} not alignable), hyphens Split:");
            output.WriteLine($"  tokens          {r.Tokens}");
        }

        return 0;
    }
}
