using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>Fails when the shipped stance polarity model scores more than 0.02 macro F1 below its recorded devtest figure.</summary>
public class StancePolarityScoreGuardTests
{
    private const double Tolerance = 0.02;

    [Test]
    public void DevtestRw_KeepsTheRecordedMacroF1()
    {
        string? data = RepositoryPaths.DataPath("newsmtsc", "devtest_rw.jsonl");
        if (data is null)
        {
            SharedData.Missing("NewsMTSC absent (../shared/data/newsmtsc/devtest_rw.jsonl): stance polarity score guard skipped.");
        }

        double recorded = StancePolarityCard.Read().Score("devtest_rw").MacroF1;
        List<NewsMtscTarget> test = NewsMtsc.Load(RepositoryPaths.DataOrNull!, "devtest_rw");

        PolarityScore score = TrainStancePolarityCommand.Score(StancePolarityModel.Default, test);

        Assert.That(score.MacroF1, Is.GreaterThanOrEqualTo(recorded - Tolerance));
    }
}
