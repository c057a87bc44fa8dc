using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The numeric grammar and the knowledge-base gazetteer on the source text x 200 (tokens and sentences ready), the
/// text layer as the baseline they add to, and the cold cost of loading the knowledge base and building its gazetteer.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class NumericAndGazetteerBenchmarks
{
    private readonly string _text = BenchmarkText.Repeated;
    private Document _document = null!;
    private byte[] _knowledgeBase = null!;

    /// <summary>Runs the text stage once and reads the embedded knowledge base bytes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = new TextStage().Process(Document.FromText(_text), CancellationToken.None);
        using Stream stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(KnowledgeBase.ResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _knowledgeBase = copy.ToArray();
        _ = GazetteerRecognizer.Default;
    }

    /// <summary>The text layer (tokens and sentences), for scale.</summary>
    [Benchmark(Baseline = true)]
    public int TextLayer() => new TextStage().Process(Document.FromText(_text), CancellationToken.None).Tokens.Count;

    /// <summary>The numeric and temporal grammar.</summary>
    [Benchmark]
    public int NumericGrammar() => NumericEntityRecognizer.Default.Recognize(_document, CancellationToken.None).Count;

    /// <summary>The knowledge-base gazetteer.</summary>
    [Benchmark]
    public int Gazetteer() => GazetteerRecognizer.Default.Recognize(_document, CancellationToken.None).Count;

    /// <summary>Loading the knowledge base from its bytes and building the gazetteer (cold-start cost, once per process).</summary>
    [Benchmark]
    public int LoadKnowledgeBaseAndGazetteer() =>
        GazetteerRecognizer.FromKnowledgeBase(KnowledgeBase.Load(new MemoryStream(_knowledgeBase))).PhraseCount;
}
