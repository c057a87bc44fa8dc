using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Pipeline;

public class AnalysisPipelineTests
{
    [Test]
    public void Constructor_StageBeforeItsRequirement_ThrowsNamingTheMissingLayer()
    {
        IPipelineStage[] stages = [new EntityStage([])];

        Assert.That(() => new AnalysisPipeline(stages),
            Throws.ArgumentException.With.Message.Contains("Tokens").And.Message.Contains("entities"));
    }

    [Test]
    public void Constructor_OptionalInputProducedLater_ThrowsNamingTheLayer()
    {
        IPipelineStage[] stages =
        [
            new PolicyTextAnalysis.Text.TextStage(), new PolicyTextAnalysis.Syntax.SyntaxStage(), new EntityStage([]),
            new PolicyTextAnalysis.Resolution.ResolutionStage(), new PolicyTextAnalysis.Claims.ClaimStage(),
            new PolicyTextAnalysis.Attribution.AttributionStage(),
        ];

        Assert.That(() => new AnalysisPipeline(stages),
            Throws.ArgumentException.With.Message.Contains("Quotes").And.Message.Contains("claims"));
    }

    [Test]
    public void Constructor_OptionalInputAbsent_IsAccepted()
    {
        IPipelineStage[] stages = [new PolicyTextAnalysis.Text.TextStage(), new EntityStage([]), new PolicyTextAnalysis.Claims.ClaimStage()];

        Assert.That(new AnalysisPipeline(stages).Stages, Has.Count.EqualTo(3));
    }

    [Test]
    public void Run_DoesNotModifyTheInputDocument()
    {
        var pipeline = new AnalysisPipeline([new PolicyTextAnalysis.Text.TextStage()]);
        Document input = Document.FromText("One sentence. Another one.");

        Document output = pipeline.Run(input);

        Assert.Multiple(() =>
        {
            Assert.That(input.Tokens, Is.Empty);
            Assert.That(output.Tokens, Has.Count.EqualTo(6));
            Assert.That(output.Text, Is.SameAs(input.Text));
        });
    }
}
