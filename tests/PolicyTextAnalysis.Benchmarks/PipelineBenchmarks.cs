using BenchmarkDotNet.Attributes;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>The whole default pipeline (<see cref="PolicyAnalyzer.Analyze"/>) on the source text x 200, one thread.</summary>
[Config(typeof(BenchmarkConfig))]
public class PipelineBenchmarks
{
    private readonly string _text = BenchmarkText.Repeated;
    private PolicyAnalyzer _analyzer = null!;

    /// <summary>Creates the analyzer (models load here, outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _analyzer = PolicyAnalyzer.CreateDefault();
        _analyzer.Analyze(BenchmarkText.Source);
    }

    /// <summary>One full analysis.</summary>
    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_text).Sentences.Count;
}
