namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>A large document is tagged and parsed by several threads; the result must be exactly the single-threaded one.</summary>
public sealed class ParallelDocumentTests
{
    [Test]
    public void Analyze_LargeDocument_SameResultWithOneAndTwoThreads()
    {
        string text = string.Join("\n\n", Enumerable.Repeat(SourceText.Value, 20));
        var sequential = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 1, IncludeTokens = true });
        var parallel = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 2, IncludeTokens = true });

        AnalysisResult one = sequential.Analyze(text);
        AnalysisResult two = parallel.Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(one.Sentences, Has.Count.GreaterThanOrEqualTo(PolicyTextAnalysis.Entities.NamedEntityRecognizer.ParallelSentenceThreshold), "large enough to run in parallel");
            Assert.That(one.Sentences, Has.Count.GreaterThanOrEqualTo(PolicyTextAnalysis.Syntax.SyntaxStage.ParallelSentenceThreshold), "large enough to parse in parallel");
            Assert.That(one.Tokens, Is.Not.Null.And.Not.Empty, "the tags and trees are compared too");
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
