using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public sealed class NumericScoreGuardTests
{
    // The figure recorded in models/README.md ("Numbers and dates"), printed by eval-numeric on the GMB test split.
    // 0.6274 -> 0.6070 when periods without a number became DATE as OntoNotes and the commentary gold mark them
    // (every day, a decade, earlier this month, the 1970s): GMB's bronze tim spans leave those out or drop the article.
    // 0.6070 -> 0.6043 (session 13) with seasons, named days, "over two years ago", quantified periods ("the last
    // several months") and day parts ("the afternoon"), which GMB marks without the modifier or not at all; GMB dev, where
    // rules are checked, 0.6065 -> 0.6065.
    // 0.6043 -> 0.6031 (session 24) with a whole period after a preposition of time ("throughout the day", "over the
    // years"), which GMB leaves out; GMB dev 0.6065 -> 0.6051, commentary dev entities 2,548 -> 2,554 right.
    private const double RecordedDateTimeF1 = 0.6031;

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
