using BenchmarkDotNet.Attributes;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>
/// The stance stage on the source text x 200 (entity layer stood in by runs of capitalised words, until the
/// entity stage lands), and the target classifier scoring every sentence toward one target.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class StanceBenchmarks
{
    private Document _document = null!;
    private string[] _sentences = [];

    /// <summary>Prepares tokens, sentences and a crude entity layer; loads the model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string text = BenchmarkText.Repeated;
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        var mentions = new List<EntityMention>();
        TokenList tokens = document.Tokens;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens.Kinds[k] != TokenKind.Word || !char.IsUpper(text[tokens.Starts[k]]))
            {
                continue;
            }

            int end = k;
            while (end + 1 < tokens.Count && tokens.Kinds[end + 1] == TokenKind.Word && char.IsUpper(text[tokens.Starts[end + 1]]))
            {
                end++;
            }

            string name = text[tokens.Starts[k]..tokens.Ends[end]];
            mentions.Add(new EntityMention { Text = name, Label = EntityLabels.Organization, Start = tokens.Starts[k], End = tokens.Ends[end], Canonical = name });
            k = end;
        }

        _document = document.WithEntities(mentions);
        _sentences = [.. document.Sentences.Select(s => text[s.Start..s.End])];
        _ = TargetStanceModel.Default;
    }

    /// <summary>The whole stance stage (relations, author stance, aggregation).</summary>
    [Benchmark(Baseline = true)]
    public int StanceStage() => new StanceStage().Process(_document, CancellationToken.None).Stances.Count;

    /// <summary>The linear target classifier on every sentence.</summary>
    [Benchmark]
    public int ClassifyEverySentence()
    {
        int favor = 0;
        foreach (string sentence in _sentences)
        {
            favor += TargetStanceModel.Default.Predict(sentence, "the deportation of refugees") >= 0.5 ? 1 : 0;
        }

        return favor;
    }
}
