using System.Text.Json;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Claims;

namespace PolicyTextAnalysis.Tests.Claims;

/// <summary>Fail when a claim score drops below the figure recorded in the model cards minus 0.005.</summary>
public class ClaimScoreGuardTests
{
    private const double Tolerance = 0.005;

    [Test]
    public void Checkworthiness_ClaimbusterTest_KeepsTheRecordedF1()
    {
        string? data = RepositoryPaths.DataPath("claimbuster", "test.json");
        if (data is null)
        {
            SharedData.Missing("claimbuster data folder absent (../shared/data/claimbuster): score guard skipped.");
        }

        CheckworthinessCard card = CheckworthinessCard.Read(Path.Combine(RepositoryPaths.Models, "checkworthiness.card.json"));
        var test = ClaimbusterData.Load(RepositoryPaths.DataOrNull!, "test");
        CheckworthinessModel model = CheckworthinessModel.Default;

        var score = CheckworthinessTrainer.Score([.. test.Select(s => model.Score(s.Text))], [.. test.Select(s => s.CheckWorthy)], model.Threshold);

        Assert.That(score.F1, Is.GreaterThanOrEqualTo(card.TestF1 - Tolerance));
    }

    [Test]
    public void ClaimSet_TestHalf_KeepsTheRecordedDetectionAndTypeF1()
    {
        using JsonDocument card = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Models, "claims.card.json")));
        double detection = card.RootElement.GetProperty("detectionF1").GetDouble();
        double macro = card.RootElement.GetProperty("macroTypeF1").GetDouble();

        ClaimSetEvaluation.Result result = ClaimSetEvaluation.Evaluate(ClaimSet.Load("test"), new ClaimStage());

        Assert.Multiple(() =>
        {
            Assert.That(result.Detection.F1, Is.GreaterThanOrEqualTo(detection - Tolerance));
            Assert.That(result.MacroF1, Is.GreaterThanOrEqualTo(macro - Tolerance));
        });
    }
}
