namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>A large document is tagged by several threads; the result must be exactly the single-threaded one.</summary>
public sealed class ParallelDocumentTests
{
    [Test]
    public void Analyze_LargeDocument_SameResultWithOneAndTwoThreads()
    {
        string text = string.Join("\n\n", Enumerable.Repeat(SourceText.Value, 20));
        var sequential = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });
        var parallel = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 2 });

        AnalysisResult one = sequential.Analyze(text);
        AnalysisResult two = parallel.Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(one.Sentences, Has.Count.GreaterThanOrEqualTo(PolicyTextAnalysis.Entities.NamedEntityRecognizer.ParallelSentenceThreshold), "large enough to run in parallel");
            Assert.That(two.ToJson(), Is.EqualTo(one.ToJson()));
        });
    }

    [Test]
    public void Analyze_LargeDocumentCancelled_ThrowsOperationCanceled()
    {
        string text = string.Join("\n\n", Enumerable.Repeat(SourceText.Value, 20));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 2 }).Analyze(text, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
