using System.Diagnostics;
using System.Globalization;

namespace PolicyTextAnalysis.Training.Pipeline;

/// <summary>
/// <c>profile-pipeline [FILE] [--copies N] [--rounds R]</c>: where the default pipeline spends its time, stage by stage, on a text
/// repeated N times (default: the source text x 200, as the speed bar), over R rounds after a warm-up (default 5), with
/// each stage's fastest round beside its mean. A diagnostic for finding the slow stage;
/// the speed figures of record come from the BenchmarkDotNet suite.
/// </summary>
internal sealed class ProfilePipelineCommand : ITrainingCommand
{
    public string Name => "profile-pipeline";

    public string Summary => "time each stage of the default pipeline (diagnostic; benchmarks are the record)";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        int copies = 200;
        int rounds = 5;
        string? file = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--copies" && i + 1 < args.Count)
            {
                copies = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--rounds" && i + 1 < args.Count)
            {
                rounds = Math.Max(2, int.Parse(args[++i], CultureInfo.InvariantCulture));
            }
            else
            {
                file = args[i];
            }
        }

        string one = File.ReadAllText(file ?? Path.Combine(RepositoryPaths.Root, "samples", "AnalyzeArticle", "pakistan-afghanistan-rift.txt"));
        string text = string.Join("\n\n", Enumerable.Repeat(one, copies));
        var start = Stopwatch.StartNew();
        PolicyAnalyzer analyzer = PolicyAnalyzer.CreateDefault();
        analyzer.Analyze(one);
        output.WriteLine(FormattableString.Invariant($"cold start (create + first analysis): {start.Elapsed.TotalMilliseconds:0} ms"));
        var totals = new double[analyzer.Pipeline.Stages.Count];
        var fastest = Enumerable.Repeat(double.MaxValue, totals.Length).ToArray();
        var allocated = new long[totals.Length];
        int tokens = 0;
        for (int round = 0; round < rounds; round++)
        {
            Document document = Document.FromText(text);
            for (int s = 0; s < totals.Length; s++)
            {
                long a0 = GC.GetTotalAllocatedBytes(precise: false);
                long t0 = Stopwatch.GetTimestamp();
                document = analyzer.Pipeline.Stages[s].Process(document, CancellationToken.None);
                if (round > 0)
                {
                    allocated[s] += GC.GetTotalAllocatedBytes(precise: false) - a0;
                    double elapsed = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    totals[s] += elapsed;
                    fastest[s] = Math.Min(fastest[s], elapsed);
                }
            }

            tokens = document.Tokens.Count;
        }

        double all = totals.Sum() / (rounds - 1);
        output.WriteLine(FormattableString.Invariant($"{tokens:N0} tokens; whole pipeline {all:0} ms = {tokens / all * 1000:N0} tokens/s"));
        for (int s = 0; s < totals.Length; s++)
        {
            double ms = totals[s] / (rounds - 1);
            output.WriteLine(FormattableString.Invariant(
                $"  {analyzer.Pipeline.Stages[s].Name,-12} {ms,8:0.0} ms  {ms / all,6:P0}  {tokens / ms * 1000,14:N0} tokens/s  (fastest round {fastest[s]:0.0} ms, {allocated[s] / (rounds - 1) / (double)tokens:0} bytes/token allocated)"));
        }

        // Untimed: what each stage leaves alive (the document's layers and anything it keeps), after a full collection.
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            Document document = Document.FromText(text);
            for (int s = 0; s < totals.Length; s++)
            {
                document = analyzer.Pipeline.Stages[s].Process(document, CancellationToken.None);
                long live = GC.GetTotalMemory(forceFullCollection: true) - before;
                output.WriteLine(FormattableString.Invariant(
                    $"  live after {analyzer.Pipeline.Stages[s].Name,-12} {live / 1048576.0,8:0.0} MB ({live / (double)tokens:0} bytes/token)"));
            }

            GC.KeepAlive(document);
        }

        Document ready = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);

        // The entity stage reads the parse (law names, the name model's relation features), as in the pipeline.
        Document parsed = new PolicyTextAnalysis.Syntax.SyntaxStage().Process(ready, CancellationToken.None);
        foreach (IPipelineStage stage in analyzer.Pipeline.Stages)
        {
            if (stage is PolicyTextAnalysis.Entities.EntityStage entities)
            {
                for (int r = 0; r < 3; r++)
                {
                    long s0 = Stopwatch.GetTimestamp();
                    entities.Process(parsed, CancellationToken.None);
                    output.WriteLine(FormattableString.Invariant($"    (entity stage alone: {Stopwatch.GetElapsedTime(s0).TotalMilliseconds:0.0} ms)"));
                }

                foreach (PolicyTextAnalysis.Entities.IEntityRecognizer recognizer in entities.Recognizers)
                {
                    recognizer.Recognize(parsed, CancellationToken.None);
                    long t0 = Stopwatch.GetTimestamp();
                    recognizer.Recognize(parsed, CancellationToken.None);
                    double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    output.WriteLine(FormattableString.Invariant($"    {recognizer.Name,-14} {ms,8:0.0} ms  {tokens / ms * 1000,14:N0} tokens/s"));
                }
            }
        }

        ProfileSyntax(ready, output);

        // Batch scaling: the same documents through AnalyzeMany on 1 thread and on every core.
        string[] batch = [.. Enumerable.Repeat(one, 400)];
        foreach (int threads in new[] { 1, Environment.ProcessorCount })
        {
            PolicyAnalyzer parallel = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = threads });
            _ = parallel.AnalyzeMany(batch.Take(threads * 4)).Count();
            long b0 = Stopwatch.GetTimestamp();
            int done = parallel.AnalyzeMany(batch).Count();
            double seconds = Stopwatch.GetElapsedTime(b0).TotalSeconds;
            output.WriteLine(FormattableString.Invariant($"AnalyzeMany, {threads} thread(s): {done / seconds:0.0} documents/s"));
        }

        output.WriteLine(FormattableString.Invariant($"working set {Environment.WorkingSet / 1e6:0} MB"));
        return 0;
    }

    /// <summary>The syntax stage's parts on one thread: word hashing, tagging, parsing and noun chunking.</summary>
    private static void ProfileSyntax(Document ready, TextWriter output)
    {
        PolicyTextAnalysis.Syntax.SyntaxModel model = PolicyTextAnalysis.Syntax.SyntaxModel.Default!;
        var parts = new double[4];
        const int Rounds = 4;
        for (int round = 0; round <= Rounds; round++)
        {
            foreach (Sentence sentence in ready.Sentences)
            {
                long t0 = Stopwatch.GetTimestamp();
                PolicyTextAnalysis.Syntax.WordHashes[] words = PolicyTextAnalysis.Syntax.WordHashes.Of(ready.Tokens, sentence.FirstToken, sentence.TokenCount);

                long t1 = Stopwatch.GetTimestamp();
                int[] tags = model.Tag(words);
                long t2 = Stopwatch.GetTimestamp();
                (int[] heads, int[] labels) = model.Parser.Parse(words, tags);
                long t3 = Stopwatch.GetTimestamp();
                string[] universal = [.. tags.Select(t => model.Tagger.Universal[t])];
                string[] relations = [.. labels.Select(l => model.Parser.Labels[l])];
                _ = PolicyTextAnalysis.Syntax.NounChunker.Chunks(universal, heads, relations);
                long t4 = Stopwatch.GetTimestamp();
                if (round > 0)
                {
                    parts[0] += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
                    parts[1] += Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
                    parts[2] += Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds;
                    parts[3] += Stopwatch.GetElapsedTime(t3, t4).TotalMilliseconds;
                }
            }
        }

        string[] names = ["word hashes", "tagger", "parser", "noun chunks"];
        for (int p = 0; p < parts.Length; p++)
        {
            double ms = parts[p] / Rounds;
            output.WriteLine(FormattableString.Invariant($"    syntax: {names[p],-12} {ms,8:0.0} ms  {ready.Tokens.Count / ms * 1000,14:N0} tokens/s (one thread)"));
        }
    }
}
