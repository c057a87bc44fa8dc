using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The named-entity recogniser alone on the source text x 200 (tokens, sentences and the parse ready, as in the
/// pipeline, whose syntax stage runs first), beside a baseline
/// that only extracts features, so the cost of scoring and Viterbi decoding shows separately.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class NamedEntityBenchmarks
{
    private Document _document = null!;
    private NamedEntityRecognizer _recognizer = null!;

    /// <summary>Loads the model and prepares the tokenized document, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _recognizer = NamedEntityRecognizer.Default;
        Document tokenized = new TextStage().Process(Document.FromText(BenchmarkText.Repeated), CancellationToken.None);
        _document = new PolicyTextAnalysis.Syntax.SyntaxStage().Process(tokenized, CancellationToken.None);
        _recognizer.Recognize(_document, CancellationToken.None);
    }

    /// <summary>The recogniser: features, scores, constrained Viterbi, confidences, mentions.</summary>
    [Benchmark]
    public int Recognize() => _recognizer.Recognize(_document, CancellationToken.None).Count;

    /// <summary>Baseline: feature extraction only, the part every feature-based tagger pays.</summary>
    [Benchmark(Baseline = true)]
    public int ExtractFeaturesOnly()
    {
        NerWorkspace work = NerWorkspace.ForCurrentThread();
        int total = 0;
        foreach (Sentence s in _document.Sentences)
        {
            for (int first = s.FirstToken; first < s.EndToken; first += NamedEntityRecognizer.MaxWindow)
            {
                int count = Math.Min(NamedEntityRecognizer.MaxWindow, s.EndToken - first);
                NerSyntaxContext.Fill(_document.Tokens, first, count, _document.Syntax, _recognizer.Model.Syntax, work);
                NerFeatureExtractor.Extract(_document.Text, _document.Tokens, first, count, _recognizer.Model.Gazetteer, work, _recognizer.Model.Syntax);
                total += work.FeatureCounts[0];
            }
        }

        return total;
    }
}
