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
    public void Argunsc_ArgumentComponents_KeepTheRecordedRecall()
    {
        string? data = RepositoryPaths.DataPath("argunsc", "base.csv");
        if (data is null)
        {
            SharedData.Missing("ArgUNSC absent (../shared/data/argunsc/base.csv): score guard skipped.");
        }

        ArgunscCard card = ArgunscCard.Read();
        EvalClaimsArgunscCommand.ArgunscResult result = EvalClaimsArgunscCommand.Evaluate(PolicyAnalyzer.CreateDefault(), data!);

        Assert.Multiple(() =>
        {
            Assert.That(result.Speeches, Is.EqualTo(144));
            Assert.That(result.Recall("claim"), Is.GreaterThanOrEqualTo(card.ClaimRecall - Tolerance));
            Assert.That(result.Recall("premise"), Is.GreaterThanOrEqualTo(card.PremiseRecall - Tolerance));
        });
    }

    [Test]
    public void ComponentText_PythonLiteral_GivesTheSpan()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EvalClaimsArgunscCommand.ComponentText("[1, 'the situation has seriously deteriorated.']"), Is.EqualTo("the situation has seriously deteriorated."));
            Assert.That(EvalClaimsArgunscCommand.ComponentText("[12, \"Russia's claims are false\"]"), Is.EqualTo("Russia's claims are false"));
            Assert.That(EvalClaimsArgunscCommand.ComponentText("[13, 'Russia\\'s claims, again']"), Is.EqualTo("Russia's claims, again"));
        });
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
