namespace PolicyTextAnalysis.Tests;

public class PolicyAnalyzerTests
{
    private static readonly PolicyAnalyzer Analyzer = PolicyAnalyzer.CreateDefault();

    [Test]
    public void Analyze_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Analyzer.Analyze(null!), Throws.ArgumentNullException);
    }

    [TestCase("")]
    [TestCase("   \n\t  \r\n ")]
    public void Analyze_EmptyOrWhitespace_ReturnsEmptyResult(string text)
    {
        AnalysisResult result = Analyzer.Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.SchemaVersion, Is.EqualTo(1));
            Assert.That(result.Sentences, Is.Empty);
            Assert.That(result.Entities, Is.Empty);
            Assert.That(result.Quotes, Is.Empty);
            Assert.That(result.Claims, Is.Empty);
            Assert.That(result.Stances, Is.Empty);
        });
    }

    [Test]
    public void Analyze_TextLongerThanLimit_ThrowsWithMessageNamingTheOption()
    {
        PolicyAnalyzer small = PolicyAnalyzer.Create(new AnalyzerOptions { MaxTextLength = 10 });

        Assert.That(() => small.Analyze("This text is longer than ten characters."),
            Throws.ArgumentException.With.Message.Contains("MaxTextLength"));
    }

    [Test]
    public void Analyze_CancelledToken_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => Analyzer.Analyze(SourceText.Value, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Analyze_SourceText_SentencesCoverTheTextInOrder()
    {
        AnalysisResult result = Analyzer.Analyze(SourceText.Value);

        Assert.That(result.Sentences, Has.Count.GreaterThan(40));
        for (int i = 1; i < result.Sentences.Count; i++)
        {
            Assert.That(result.Sentences[i].Start, Is.GreaterThanOrEqualTo(result.Sentences[i - 1].End));
        }
    }

    [Test]
    public void AnalyzeMany_ReturnsResultsInInputOrder()
    {
        string[] texts = [.. Enumerable.Range(1, 40).Select(i => string.Concat(Enumerable.Repeat("Word. ", i)))];

        List<AnalysisResult> results = [.. Analyzer.AnalyzeMany(texts)];

        Assert.That(results.Select(r => r.Sentences.Count), Is.EqualTo(Enumerable.Range(1, 40)));
    }

    [Test]
    public async Task AnalyzeManyAsync_ReturnsResultsInInputOrder()
    {
        string[] texts = [.. Enumerable.Range(1, 30).Select(i => string.Concat(Enumerable.Repeat("Word. ", i)))];
        var counts = new List<int>();

        await foreach (AnalysisResult r in Analyzer.AnalyzeManyAsync(texts))
        {
            counts.Add(r.Sentences.Count);
        }

        Assert.That(counts, Is.EqualTo(Enumerable.Range(1, 30)));
    }

    [Test]
    public void Analyze_FromManyThreadsAtOnce_GivesIdenticalResults()
    {
        string expected = Analyzer.Analyze(SourceText.Value).ToJson();
        string[] actual = new string[16];

        Parallel.For(0, actual.Length, i => actual[i] = Analyzer.Analyze(SourceText.Value).ToJson());

        Assert.That(actual, Is.All.EqualTo(expected));
    }

    [Test]
    public void Create_WithInvalidOptions_Throws()
    {
        Assert.That(() => PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
