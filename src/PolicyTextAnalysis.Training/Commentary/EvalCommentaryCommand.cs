using System.Globalization;
using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// <c>eval-commentary [--split dev|test] [--aspect entities|quotes|claims|stances] [--errors] [--record baseline|current] [--freeze] [--min-stance-confidence X] [--ner-model FILE] [--fold K/F]</c>:
/// scores the default pipeline on the commentary gold set (<c>eval/commentary</c>) by the rules of its GUIDE.md, per aspect,
/// overall and per form. <c>--errors</c> lists misses and false hits (dev only: the test split is for reporting).
/// <c>--record</c> scores both splits and writes them as the baseline or current figures to
/// <c>models/commentary-scores.json</c> and the model card; <c>--freeze</c> writes the test split's hash file once.
/// <c>--min-stance-confidence</c> scores the pipeline with <see cref="AnalyzerOptions.MinimumStanceConfidence"/> set (not
/// with <c>--record</c>, which records the defaults).
/// </summary>
internal sealed class EvalCommentaryCommand : ITrainingCommand
{
    private static readonly string[] Aspects = ["entities", "quotes", "claims", "stances"];

    /// <inheritdoc />
    public string Name => "eval-commentary";

    /// <inheritdoc />
    public string Summary => "scores every stage on the commentary gold set (eval/commentary), per aspect and form";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--split", "--aspect", "--record", "--min-stance-confidence", "--ner-model", "--fold"], ["--errors", "--freeze"]);
        if (arguments.Flag("--freeze"))
        {
            TestSplitFreeze.Write();
            output.WriteLine($"wrote {Path.GetRelativePath(RepositoryPaths.Root, CommentarySet.FreezeFile)}");
            return 0;
        }

        string? record = arguments.Value("--record");
        if (record is not null && arguments.Value("--min-stance-confidence") is not null)
        {
            output.WriteLine("error: --record records the default pipeline; drop --min-stance-confidence");
            return 2;
        }

        if (record is not (null or "baseline" or "current"))
        {
            throw new ArgumentException($"--record takes baseline or current, not '{record}'");
        }

        string? aspect = arguments.Value("--aspect");
        if (aspect is not null && !Aspects.Contains(aspect))
        {
            throw new ArgumentException($"--aspect takes one of {string.Join(", ", Aspects)}, not '{aspect}'");
        }

        bool errors = arguments.Flag("--errors");
        string[] splits = arguments.Value("--split") is { } one ? [one] : ["dev", "test"];
        if (errors && splits.Contains("test"))
        {
            throw new ArgumentException("--errors lists dev errors only (the test split is looked at only to report): add --split dev");
        }

        if (record is not null && splits.Length != 2)
        {
            throw new ArgumentException("--record scores both splits: leave out --split");
        }

        // --ner-model scores a trained name-model variant in the whole pipeline; --fold K/F scores the dev texts of one fold
        // (those a variant trained with train-ner --commentary-fold K/F left out).
        NamedEntityRecognizer? names = null;
        if (arguments.Value("--ner-model") is { } nerModel)
        {
            using FileStream file = File.OpenRead(nerModel);
            names = NamedEntityRecognizer.Load(file);
        }

        (int Fold, int Folds)? fold = null;
        if (arguments.Value("--fold") is { } foldSpec)
        {
            fold = CommentarySet.ParseFold(foldSpec);
            if (record is not null || splits is not ["dev"])
            {
                throw new ArgumentException("--fold scores part of the dev split: use it with --split dev and without --record");
            }
        }

        if (record is not null && names is not null)
        {
            throw new ArgumentException("--record records the shipped models: drop --ner-model");
        }

        var analyzer = PolicyAnalyzer.Create(AnalyzerOptions.Default with { MinimumStanceConfidence = arguments.Float("--min-stance-confidence", 0f) }, names);
        var figures = new Dictionary<string, CommentaryFigures>();
        foreach (string split in splits)
        {
            CommentaryEvaluation evaluation = CommentaryEvaluation.Run(analyzer, split, errors,
                fold is { } f ? name => CommentarySet.FoldOf(name, f.Folds) == f.Fold : null);
            Print(output, evaluation, aspect);
            figures[split] = CommentaryFigures.Of(evaluation.Overall, evaluation.Texts);
            foreach (string line in evaluation.Errors.Where(l => aspect is null || l.Split('\t')[1] == Singular(aspect)))
            {
                output.WriteLine(line);
            }
        }

        if (record is not null)
        {
            CommentaryScoreCard card = CommentaryScoreCardFile.Load();
            var entry = new CommentaryRecord(record, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), figures["dev"], figures["test"]);
            CommentaryScoreCardFile.Save(record == "baseline" ? card with { Baseline = entry } : card with { Current = entry });
            output.WriteLine($"recorded {record} in {Path.GetRelativePath(RepositoryPaths.Root, CommentaryScoreCardFile.FilePath)} and models/README.md");
        }

        return 0;
    }

    // The error lines name their aspect in the singular: entity, quote, claim, stance.
    private static string Singular(string aspect) => aspect == "entities" ? "entity" : aspect[..^1];

    private static void Print(TextWriter output, CommentaryEvaluation e, string? aspect)
    {
        output.WriteLine($"== {e.Split} ({e.Texts} texts)");
        var rows = new List<(string Name, CommentaryTally Tally)> { ("overall", e.Overall) };
        rows.AddRange(e.ByForm.Select(p => (p.Key, p.Value)));
        foreach ((string name, CommentaryTally t) in rows)
        {
            output.WriteLine($"-- {name}");
            if (aspect is null or "entities")
            {
                output.WriteLine($"  entities        {t.Entities}");
            }

            if (aspect is null or "quotes")
            {
                output.WriteLine($"  quotes          {t.Quotes}");
                output.WriteLine($"  quote speaker   {t.QuoteSpeakers}");
                output.WriteLine($"  quote recall by kind: {string.Join(", ", t.QuoteRecallByKind.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
                output.WriteLine($"  quotes by rule (matched; speaker): {string.Join(", ", t.QuotesByRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Matched}; {p.Value.Speakers}"))}");
                output.WriteLine($"  scare quotes    {t.ScareQuotes}");
            }

            if (aspect is null or "claims")
            {
                output.WriteLine($"  claims          {t.Claims}");
                output.WriteLine($"  claim speaker   {t.ClaimSpeakers}");
                output.WriteLine($"  claim types     {t.ClaimTypes}");
                output.WriteLine($"  check-worthy    {t.Checkworthy}");
            }

            if (aspect is null or "stances")
            {
                output.WriteLine($"  stances         {t.Stances}");
                output.WriteLine($"  stances by rule (precision): {string.Join(", ", t.StancesByRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
            }
        }

        if (aspect is null or "entities")
        {
            output.WriteLine("-- entities per label (overall)");
            foreach ((string label, Prf prf) in e.Overall.EntitiesByLabel.OrderByDescending(p => p.Value.Gold).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-12} {prf}"));
            }
        }
    }
}
