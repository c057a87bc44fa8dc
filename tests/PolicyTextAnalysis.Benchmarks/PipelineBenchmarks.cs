using BenchmarkDotNet.Attributes;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The whole default pipeline (<see cref="PolicyAnalyzer.Analyze"/>) on the source text x 200: on one thread (the bar) and
/// with the name tagger and the parser on every core (sentence blocks, same result).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class PipelineBenchmarks
{
    private readonly string _text = BenchmarkText.Repeated;
    private PolicyAnalyzer _oneThread = null!;
    private PolicyAnalyzer _allCores = null!;

    /// <summary>Creates the analyzers (models load here, outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _oneThread = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });
        _allCores = PolicyAnalyzer.CreateDefault();
        _oneThread.Analyze(BenchmarkText.Source);
        _allCores.Analyze(BenchmarkText.Source);
    }

    /// <summary>One full analysis on one thread.</summary>
    [Benchmark]
    public int Analyze() => _oneThread.Analyze(_text).Sentences.Count;

    /// <summary>One full analysis, large-document stages on every core.</summary>
    [Benchmark]
    public int AnalyzeAllCores() => _allCores.Analyze(_text).Sentences.Count;
}
