namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>A large document is tagged, parsed and read for names, claims and stance evidence by several threads; the result must be exactly the single-threaded one.</summary>
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
            Assert.That(one.Sentences, Has.Count.GreaterThanOrEqualTo(PolicyTextAnalysis.Claims.ClaimStage.ParallelSentenceThreshold), "large enough to find claims in parallel");
            Assert.That(one.Sentences, Has.Count.GreaterThanOrEqualTo(PolicyTextAnalysis.Stance.StanceStage.ParallelSentenceThreshold), "large enough to find stance evidence in parallel");
            Assert.That(one.Claims, Is.Not.Empty);
            Assert.That(one.Stances, Is.Not.Empty);
            Assert.That(one.Tokens, Is.Not.Null.And.Not.Empty, "the tags and trees are compared too");
            Assert.That(two.ToJson(), Is.EqualTo(one.ToJson()));
        });
    }

    [Test]
    public void Analyze_PronounAtABlockBoundary_ReadsTheSentenceBeforeTheBlock()
    {
        // The stance rules look one sentence back for a pronoun's antecedent; a sentence that opens a block of the
        // parallel run (every 128th) must still see the one before it.
        var sentences = new List<string>();
        for (int i = 0; i < 700; i++)
        {
            sentences.Add(i % 128 == 127 ? "Omar Haidari spoke at the rally in Kabul." : i % 128 == 0 && i > 0 ? "Lena Weiss condemned him." : $"The council met for the {i}th time.");
        }

        string text = string.Join(" ", sentences);
        AnalysisResult one = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 1 }).Analyze(text);
        AnalysisResult two = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 2 }).Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(one.Stances.Select(s => (s.Holder, s.Target)), Does.Contain(("Lena Weiss", "Omar Haidari")));
            Assert.That(two.ToJson(), Is.EqualTo(one.ToJson()));
        });
    }

    [Test]
    public void Analyze_PronounChainsAcrossBlocks_SameResultWithOneAndTwoThreads()
    {
        // A pronoun may stand for a pronoun of the sentence before, for a bounded chain: thousands of such sentences in a
        // row give the same antecedents whichever block of the parallel run asks first, and no deep recursion.
        string text = "The new tariffs took effect in March. "
            + string.Join(" ", Enumerable.Repeat("They are a disaster for farmers, and we must repeal them.", 1500));
        AnalysisResult one = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 1 }).Analyze(text);
        AnalysisResult two = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = 2 }).Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(one.Sentences, Has.Count.GreaterThanOrEqualTo(PolicyTextAnalysis.Stance.StanceStage.ParallelSentenceThreshold));
            Assert.That(one.Stances.Select(s => (s.Holder, s.Target, s.Polarity)), Does.Contain(("author", "new tariffs", StancePolarity.Against)));
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
