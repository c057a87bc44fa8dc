using System.Diagnostics;
using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Pipeline;

/// <summary>
/// <c>profile-startup [FILE]</c>: in a fresh process, the time of each bundled model's first load (in the order the
/// default pipeline needs them), of creating the analyzer and of the first analysis of FILE (default: a one-line
/// text). Run it in a new process each time: every model is loaded once per process. JIT time is included here; a
/// ReadyToRun or Native AOT build of a sample spends less.
/// Each line also gives the bytes allocated, which a fresh process pays again in page faults.
/// </summary>
internal sealed class ProfileStartupCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "profile-startup";

    /// <inheritdoc />
    public string Summary => "time of each model's first load, the analyzer's creation and the first analysis (fresh process)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string text = args.Count > 0 ? File.ReadAllText(args[0]) : "The minister said that the plan would fail.";
        var total = Stopwatch.StartNew();
        Time(output, "syntax model", () => SyntaxModel.Default);
        Time(output, "name recogniser", () => NamedEntityRecognizer.Default);
        Time(output, "knowledge base", () => KnowledgeBase.Default);
        Time(output, "gazetteer recogniser", () => GazetteerRecognizer.Default);
        Time(output, "attribution cues", () => CueLexicon.Default);
        Time(output, "check-worthiness model", () => CheckworthinessModel.Default);
        Time(output, "claim type model", () => ClaimTypeModel.Default);
        Time(output, "opinion lexicon", () => OpinionLexicon.Default);
        Time(output, "relation lexicon", () => RelationLexicon.Default);
        Time(output, "stance evidence model", () => StanceEvidenceModel.Default);
        Time(output, "gender lexicon", () => PolicyTextAnalysis.Resolution.GenderLexicon.Default);
        PolicyAnalyzer? analyzer = null;
        Time(output, "create analyzer", () => analyzer = PolicyAnalyzer.CreateDefault());
        Time(output, "first analysis", () => analyzer!.Analyze(text));
        Time(output, "second analysis", () => analyzer!.Analyze(text));
        output.WriteLine(FormattableString.Invariant(
            $"{"total",-24} {total.Elapsed.TotalMilliseconds,8:0.0} ms {GC.GetTotalAllocatedBytes(precise: true) / 1048576.0,8:0.0} MB allocated, {Environment.WorkingSet / 1048576.0:0} MB working set, collections of generation 0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return 0;
    }

    private static void Time(TextWriter output, string what, Func<object?> action)
    {
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long t0 = Stopwatch.GetTimestamp();
        _ = action();
        double milliseconds = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        output.WriteLine(FormattableString.Invariant($"{what,-24} {milliseconds,8:0.0} ms {megabytes,8:0.0} MB allocated"));
    }
}
