using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public sealed class NumericScoreGuardTests
{
    // The figure recorded in models/README.md ("Numbers and dates"), printed by eval-numeric on the GMB test split.
    private const double RecordedDateTimeF1 = 0.6274;

    [Test]
    public void EvalNumeric_GmbTestSplit_KeepsTheRecordedDateTimeF1()
    {
        string? file = RepositoryPaths.DataPath("gmb-ner", "gmb_test.conll");
        if (file is null)
        {
            SharedData.Missing("The shared data folder absent (gmb-ner/gmb_test.conll); the score guard needs it.");
        }

        NumericEvaluationResult result = NumericEvaluation.Evaluate(file!);
        Assert.That(result.Score.F1, Is.GreaterThanOrEqualTo(RecordedDateTimeF1 - 0.005));
    }
}
