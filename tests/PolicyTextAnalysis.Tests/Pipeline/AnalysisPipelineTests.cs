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
