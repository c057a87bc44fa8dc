using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>The text layer on the source text x 200: tokenizer alone, and tokenizer plus sentence splitter.</summary>
[Config(typeof(BenchmarkConfig))]
public class TextBenchmarks
{
    private readonly string _text = BenchmarkText.Repeated;
    private static readonly Tokenizer SplitTokenizer = new(HyphenMode.Split);
    private TokenList _tokens = null!;

    /// <summary>Tokenizes once so the splitter benchmark has its input.</summary>
    [GlobalSetup]
    public void Setup() => _tokens = Tokenizer.Default.Tokenize(_text);

    /// <summary>Tokenizer only.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenizer.Default.Tokenize(_text).Count;

    /// <summary>Tokenizer in <see cref="HyphenMode.Split"/> (Universal Dependencies conventions).</summary>
    [Benchmark]
    public int TokenizeSplitHyphens() => SplitTokenizer.Tokenize(_text).Count;

    /// <summary>Sentence splitter only, on ready tokens.</summary>
    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Default.Split(_text, _tokens).Count;

    /// <summary>A naive baseline: split on whitespace with string.Split (what a tokenizer must beat to be worth having).</summary>
    [Benchmark]
    public int NaiveWhitespaceSplit() => _text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
