using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The claim stage on the source text x 200, one thread: alone (after text and empty entity layers computed in
/// setup), and text + entities + claims together, beside the text stage alone as the baseline.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ClaimBenchmarks
{
    private readonly ClaimStage _claims = new();
    private readonly TextStage _text = new();
    private AnalysisPipeline _pipeline = null!;
    private Document _withEntities = null!;

    /// <summary>Builds the pipeline and loads the check-worthiness model outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new AnalysisPipeline([_text, new EntityStage([]), _claims]);
        _withEntities = new AnalysisPipeline([_text, new EntityStage([])]).Run(Document.FromText(BenchmarkText.Repeated));
        _ = CheckworthinessModel.Default;
    }

    /// <summary>Baseline: tokens and sentences only.</summary>
    [Benchmark(Baseline = true)]
    public int TextOnly() => _text.Process(Document.FromText(BenchmarkText.Repeated), CancellationToken.None).Sentences.Count;

    /// <summary>The claim stage alone.</summary>
    [Benchmark]
    public int ClaimStageOnly() => _claims.Process(_withEntities, CancellationToken.None).Claims.Count;

    /// <summary>Text, entities (no recognisers yet) and claims.</summary>
    [Benchmark]
    public int TextEntitiesClaims() => _pipeline.Run(Document.FromText(BenchmarkText.Repeated)).Claims.Count;
}
