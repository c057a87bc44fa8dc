using System.Globalization;
using PolicyTextAnalysis.Training.Corpora;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>eval-stance-news [--data DIR] [--set NAME]... [--sample K] [--unjudged] [--list] [--judgments FILE] [--min-stance-confidence X]</c>:
/// the precision of the actor and author stances the default pipeline emits on news text no rule was written for,
/// against our verdicts in <see cref="NewsStanceJudgments.FilePath"/>. Sets: for tuning, the GUM news and
/// interview documents of the train split (<c>gum-train</c>) and the GMB dev sentences (<c>gmb-dev</c>); held
/// out, the GUM documents of the dev and test splits (<c>gum-heldout</c>) and the GMB test sentences
/// (<c>gmb-test</c>); and, for more tuning material on request, the GMB train sentences (<c>gmb-train</c>, best
/// with a sparser sample such as <c>--sample 64</c>). A GMB sentence is a document of its own, and of its many stances only a fixed sample is
/// scored: those whose key hashes to 0 modulo K (<c>--sample</c>, default 8), so a stance is in or out of the sample
/// whatever else the code emits. Precision counts a stance no one has judged as wrong, so new output lowers the
/// figure until it is judged; <c>--unjudged</c> prints those stances as judgment lines to fill in; <c>--list</c> prints every
/// scored stance with its verdict (to compare two builds).
/// </summary>
internal sealed class EvalStanceNewsCommand : ITrainingCommand
{
    private static readonly string[] AllSets = ["gum-train", "gmb-dev", "gum-heldout", "gmb-test", "gmb-train"];

    /// <inheritdoc />
    public string Name => "eval-stance-news";

    /// <inheritdoc />
    public string Summary => "precision of emitted stances on GUM news/interview and GMB test text, against our verdicts";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--judgments", "--sample", "--set", "--min-stance-confidence"], ["--unjudged", "--list"]);
        string? data = arguments.Data;
        string judgmentsPath = arguments.Value("--judgments") ?? NewsStanceJudgments.FilePath;
        bool listUnjudged = arguments.Flag("--unjudged");
        bool listAll = arguments.Flag("--list");
        int sample = arguments.Int("--sample", DefaultSample);
        var sets = arguments.Values("--set").ToList();
        if (sets.Count == 0)
        {
            sets.AddRange(AllSets[..4]);
        }

        if (sets.Find(s => !AllSets.Contains(s)) is { } unknown)
        {
            output.WriteLine($"unknown set '{unknown}'; use one of {string.Join(", ", AllSets)}");
            return 2;
        }

        if (data is null || !Directory.Exists(data))
        {
            output.WriteLine("no data folder (pass --data DIR or set POLICYTEXT_DATA)");
            return 2;
        }

        NewsStanceJudgments judgments = NewsStanceJudgments.Load(judgmentsPath);
        var analyzer = PolicyAnalyzer.Create(AnalyzerOptions.Default with { MinimumStanceConfidence = arguments.Float("--min-stance-confidence", 0f) });
        foreach (string set in sets)
        {
            List<NewsStance> stances = Scored(analyzer, data, set, sample);

            NewsStanceScore score = NewsStanceScore.Of(stances, judgments);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set,-12} {score}"));
            if (listUnjudged || listAll)
            {
                foreach (NewsStance s in stances.Where(s => listAll || judgments.Verdict(s) is null))
                {
                    output.WriteLine($"{judgments.Verdict(s) switch { true => "correct", false => "wrong", null => "?" }}\t{s.Holder}\t{s.Target}\t{s.Polarity}\t{s.Evidence}");
                }
            }
        }

        return 0;
    }

    /// <summary>The sample of GMB stances scored by default: one in eight.</summary>
    public const int DefaultSample = 8;

    /// <summary>The stances of <paramref name="set"/> that are scored: all of a GUM set, the sample of a GMB set.</summary>
    public static List<NewsStance> Scored(PolicyAnalyzer analyzer, string data, string set, int sample)
    {
        List<NewsStance> stances = Emitted(analyzer, Documents(data, set));
        return set.StartsWith("gmb", StringComparison.Ordinal) ? stances.Where(s => NewsStanceJudgments.InSample(s, sample)).ToList() : stances;
    }

    /// <summary>The stances the default pipeline emits on <paramref name="documents"/>.</summary>
    public static List<NewsStance> Emitted(PolicyAnalyzer analyzer, IEnumerable<(string Name, string Text)> documents)
    {
        var stances = new List<NewsStance>();
        foreach ((string name, string text) in documents)
        {
            AnalysisResult result = analyzer.Analyze(text);
            foreach (StanceRelation relation in result.Stances)
            {
                TextSpan first = relation.Evidence.Count > 0 ? relation.Evidence[0] : new TextSpan(0, 0);
                stances.Add(new NewsStance(
                    name, relation.Holder, relation.Target, relation.Polarity.ToString().ToLowerInvariant(),
                    NewsStanceJudgments.Clean(text[first.Start..first.End])));
            }
        }

        return stances;
    }

    /// <summary>The documents of one evaluation set.</summary>
    public static IEnumerable<(string Name, string Text)> Documents(string data, string set)
    {
        switch (set)
        {
            case "gum-train" or "gum-heldout":
                string folder = Path.Combine(data, "gum-news-interview", "conllu");
                foreach (string path in Directory.EnumerateFiles(folder, "*.conllu").Order(StringComparer.Ordinal))
                {
                    string name = Path.GetFileNameWithoutExtension(path);
                    if ((GumSplits.Of(name) == "train") == (set == "gum-train"))
                    {
                        yield return (name, ConlluDocument.Load(path).Text);
                    }
                }

                break;
            case "gmb-dev" or "gmb-test" or "gmb-train":
                int n = 0;
                string file = set switch { "gmb-dev" => "gmb_dev.conll", "gmb-test" => "gmb_test.conll", _ => "gmb_train.conll" };
                foreach (NerSentence sentence in NerCorpusReader.ReadColumns(Path.Combine(data, "gmb-ner", file), 0, 2))
                {
                    yield return ($"{set}:{n++}", sentence.Text);
                }

                break;
            default:
                throw new ArgumentException($"Unknown set '{set}'; use one of {string.Join(", ", AllSets)}.", nameof(set));
        }
    }
}
