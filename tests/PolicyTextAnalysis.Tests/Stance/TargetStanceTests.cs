using System.Text;
using PolicyTextAnalysis.Stance;
using static PolicyTextAnalysis.Tests.Stance.HandEntities;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>Stance toward caller-named targets, the stance graph, and the target classifier's model file.</summary>
public sealed class TargetStanceTests
{
    private static AnalysisResult SourceResult() =>
        AnalysisResult.FromDocument(new StanceStage().Process(SourceTextStanceTests.Annotated(), CancellationToken.None));

    [TestCase("forced deportation of Afghan refugees", StancePolarity.Against)]
    [TestCase("the Taliban", StancePolarity.Against)]
    [TestCase("an integrated counterterrorism system", StancePolarity.Favor)]
    public void FindTargetStances_SourceText_AuthorStance(string target, StancePolarity polarity)
    {
        TargetStanceReport report = SourceResult().FindTargetStances([target]);
        StanceRelation? author = report.Stances.FirstOrDefault(r => r.Holder == StanceStage.Author);
        Assert.That(author?.Polarity, Is.EqualTo(polarity), string.Join("; ", report.Stances.Select(r => $"{r.Holder}:{r.Polarity}")));
    }

    [Test]
    public void FindTargetStances_SourceText_TalibanAgainstDeportation()
    {
        TargetStanceReport report = SourceResult().FindTargetStances(["the deportation of refugees"]);
        Assert.That(report.Stances.FirstOrDefault(r => r.Holder == "Taliban")?.Polarity, Is.EqualTo(StancePolarity.Against));
    }

    [Test]
    public void FindTargetStances_BadTargets_GivesMessagesNotExceptions()
    {
        string[] targets = ["", "   ", new string('a', 10_000), "the Taliban", "The Taliban ", "lunar mining rights"];
        TargetStanceReport report = SourceResult().FindTargetStances(targets);
        Assert.Multiple(() =>
        {
            Assert.That(report.Messages, Has.Count.EqualTo(5));
            Assert.That(report.Messages, Has.Some.Contains("duplicate"));
            Assert.That(report.Messages, Has.Some.Contains("10,000"));
            Assert.That(report.Stances.Single(r => r.Target == "lunar mining rights").Polarity, Is.EqualTo(StancePolarity.Neutral));
        });
    }

    [Test]
    public void FindTargetStances_ResultFromJson_ExplainsWhy()
    {
        TargetStanceReport report = new AnalysisResult().FindTargetStances(["x"]);
        Assert.That(report.Messages.Single(), Does.Contain("JSON"));
    }

    [Test]
    public void ToStanceGraph_SourceText_HasWeightedEdgesWithEvidence()
    {
        StanceGraph graph = SourceResult().ToStanceGraph();
        StanceEdge edge = graph.From("IG Khorasan").Single(e => e.To == "Taliban");
        Assert.Multiple(() =>
        {
            Assert.That(graph.Nodes, Does.Contain("author"));
            Assert.That(edge.Polarity, Is.EqualTo(StancePolarity.Against));
            Assert.That(edge.Weight, Is.GreaterThan(0.5));
            Assert.That(edge.Evidence, Is.Not.Empty);
        });
    }

    [TestCase("Subsidies for farmers are a vital help for rural communities.", "subsidies for farmers", true)]
    [TestCase("Subsidies for farmers are a costly waste that harms taxpayers.", "subsidies for farmers", false)]
    [TestCase("Cars in the centre cause pollution, noise and deadly accidents.", "We should ban cars from the centre", true)]
    public void Predict_OpinionatedSentence_FollowsOpinion(string text, string target, bool favor)
    {
        Assert.That(TargetStanceModel.Default.Predict(text, target) >= 0.5, Is.EqualTo(favor));
    }

    [Test]
    public void SaveLoad_RoundTrip_GivesIdenticalPredictions()
    {
        using var stream = new MemoryStream();
        TargetStanceModel.Default.Save(stream);
        stream.Position = 0;
        TargetStanceModel loaded = TargetStanceModel.Load(stream);
        const string text = "The levy protects public health and reduces harm.";
        Assert.That(loaded.Predict(text, "the levy"), Is.EqualTo(TargetStanceModel.Default.Predict(text, "the levy")));
    }

    [TestCase("NOT-A-MODEL at all")]
    [TestCase("PTA-STANCE")]
    public void Load_CorruptStream_ThrowsNamingTheProblem(string content)
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(content));
        Assert.That(() => TargetStanceModel.Load(stream), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("stance model").IgnoreCase);
    }
}
