using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests;

/// <summary>A batch reports a document it cannot analyse as a result with its error, and goes on.</summary>
public sealed class BatchAnalysisTests
{
    private static readonly PolicyAnalyzer Small = PolicyAnalyzer.Create(new AnalyzerOptions { MaxTextLength = 40 });

    private static readonly string?[] Texts = ["Kabul said no.", null, new string('x', 41), "Delhi agreed."];

    [Test]
    public void AnalyzeMany_BadDocuments_AreReportedInPlaceAndTheOthersAnalysed()
    {
        List<AnalysisResult> results = [.. Small.AnalyzeMany(Texts!)];

        AssertReported(results);
    }

    [Test]
    public async Task AnalyzeManyAsync_BadDocuments_AreReportedInPlaceAndTheOthersAnalysed()
    {
        var results = new List<AnalysisResult>();
        await foreach (AnalysisResult r in Small.AnalyzeManyAsync(Texts!))
        {
            results.Add(r);
        }

        AssertReported(results);
    }

    [Test]
    public void AnalyzeMany_StageThatThrows_IsAnInternalErrorOfThatDocumentOnly()
    {
        var analyzer = PolicyAnalyzer.Create(new AnalysisPipeline([new TextStage(), new ThrowingStage()]));

        List<AnalysisResult> results = [.. analyzer.AnalyzeMany(["fine.", "boom here.", "also fine."])];

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Succeeded), Is.EqualTo(new[] { true, false, true }));
            Assert.That(results[1].Error!.Kind, Is.EqualTo(AnalysisErrorKind.Internal));
            Assert.That(results[1].Error!.Message, Does.Contain("InvalidOperationException").And.Contain("boom"));
            Assert.That(results[1].Error!.Exception, Is.InstanceOf<InvalidOperationException>());
        });
    }

    [Test]
    public void AnalyzeMany_Cancelled_ThrowsOperationCanceledNotAggregate()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => PolicyAnalyzer.CreateDefault().AnalyzeMany(Enumerable.Repeat(SourceText.Value, 8), cts.Token).ToList(),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void AnalyzeManyAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(async () =>
        {
            await foreach (AnalysisResult _ in PolicyAnalyzer.CreateDefault().AnalyzeManyAsync(Enumerable.Repeat(SourceText.Value, 8), cts.Token))
            {
            }
        }, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void FindTargetStances_Cancelled_ThrowsOperationCanceled()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(SourceText.Value);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => result.FindTargetStances(["the Taliban"], cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void FailedResult_Json_CarriesTheErrorAndSuccessfulOnesANullError()
    {
        List<AnalysisResult> results = [.. Small.AnalyzeMany(Texts!)];

        Assert.Multiple(() =>
        {
            Assert.That(results[2].ToJson(), Does.Contain("\"error\"").And.Contain("\"kind\": \"input\""));
            Assert.That(results[0].ToJson(), Does.Contain("\"error\": null"));
        });
    }

    private static void AssertReported(List<AnalysisResult> results)
    {
        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(4));
            Assert.That(results.Select(r => r.Succeeded), Is.EqualTo(new[] { true, false, false, true }));
            Assert.That(results[1].Error, Is.EqualTo(new AnalysisError(1, AnalysisErrorKind.Input, "the document is null")));
            Assert.That(results[2].Error!.Index, Is.EqualTo(2));
            Assert.That(results[2].Error!.Message, Does.Contain("MaxTextLength"));
            Assert.That(results[3].Sentences, Has.Count.EqualTo(1));
        });
    }

    private sealed class ThrowingStage : IPipelineStage
    {
        public string Name => "throwing";

        public DocumentLayers Requires => DocumentLayers.Tokens;

        public DocumentLayers Produces => DocumentLayers.None;

        public Document Process(Document document, CancellationToken cancellationToken) =>
            document.Text.Contains("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : document;
    }
}
