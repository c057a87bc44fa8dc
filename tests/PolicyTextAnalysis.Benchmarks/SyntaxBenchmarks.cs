using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The syntax stage (tagging, labelled parsing, noun chunks) on the source text x 200 after the text layer computed in
/// setup, on one thread (the bar: 150k tokens/s) and with the default sentence blocks on every core; beside the text
/// stage alone as the baseline.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class SyntaxBenchmarks
{
    private readonly TextStage _text = new();
    private SyntaxStage _syntax = null!;
    private SyntaxStage _parallel = null!;
    private Document _tokenized = null!;

    /// <summary>Loads the model and tokenizes outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _syntax = new SyntaxStage(maxDegreeOfParallelism: 1);
        _parallel = new SyntaxStage();
        _tokenized = _text.Process(Document.FromText(BenchmarkText.Repeated), CancellationToken.None);
    }

    /// <summary>Baseline: tokens and sentences only.</summary>
    [Benchmark(Baseline = true)]
    public int TextOnly() => _text.Process(Document.FromText(BenchmarkText.Repeated), CancellationToken.None).Sentences.Count;

    /// <summary>The syntax stage alone, one thread.</summary>
    [Benchmark]
    public int SyntaxStageOnly() => _syntax.Process(_tokenized, CancellationToken.None).Syntax!.Count;

    /// <summary>The syntax stage alone, sentence blocks on every core.</summary>
    [Benchmark]
    public int SyntaxStageAllCores() => _parallel.Process(_tokenized, CancellationToken.None).Syntax!.Count;
}
