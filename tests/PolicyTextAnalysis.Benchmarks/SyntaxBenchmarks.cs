using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The syntax stage (tagging, parsing, labelling, lemmas, noun chunks) on the source text x 200, one thread, after the
/// text layer computed in setup; beside the text stage alone as the baseline. Bar: 150k tokens/s.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class SyntaxBenchmarks
{
    private readonly TextStage _text = new();
    private SyntaxStage _syntax = null!;
    private Document _tokenized = null!;

    /// <summary>Loads the model and tokenizes outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _syntax = new SyntaxStage();
        _tokenized = _text.Process(Document.FromText(BenchmarkText.Repeated), CancellationToken.None);
    }

    /// <summary>Baseline: tokens and sentences only.</summary>
    [Benchmark(Baseline = true)]
    public int TextOnly() => _text.Process(Document.FromText(BenchmarkText.Repeated), CancellationToken.None).Sentences.Count;

    /// <summary>The syntax stage alone.</summary>
    [Benchmark]
    public int SyntaxStageOnly() => _syntax.Process(_tokenized, CancellationToken.None).Syntax!.Count;
}
