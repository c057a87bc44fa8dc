using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>The resolution and attribution stages alone, on the source text x 200 already through the earlier stages.</summary>
[Config(typeof(BenchmarkConfig))]
public class AttributionBenchmarks
{
    private readonly ResolutionStage _resolution = new();
    private readonly AttributionStage _attribution = new();
    private Document _entities = null!;
    private Document _resolved = null!;

    /// <summary>Runs the default analyzer's stages once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _entities = PolicyAnalyzer.CreateDefault().Pipeline.Run(Document.FromText(BenchmarkText.Repeated));
        _resolved = _resolution.Process(_entities, CancellationToken.None);
    }

    /// <summary>Clusters, canonical names, roles, linking and metonymy.</summary>
    [Benchmark]
    public int Resolution() => _resolution.Process(_entities, CancellationToken.None).Entities.Count;

    /// <summary>Quotes, cues and speakers.</summary>
    [Benchmark]
    public int Attribution() => _attribution.Process(_resolved, CancellationToken.None).Quotes.Count;
}
