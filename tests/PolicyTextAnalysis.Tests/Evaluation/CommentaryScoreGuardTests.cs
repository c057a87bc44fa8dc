using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Tests.Evaluation;

/// <summary>
/// Fails when a figure on the frozen commentary test split drops more than two points below the current figures in
/// models/commentary-scores.json (written by <c>eval-commentary --record current</c>). The gold set is in the
/// repository, so this never depends on ../shared.
/// </summary>
public sealed class CommentaryScoreGuardTests
{
    private const double Tolerance = 0.02;

    [Test]
    public void CommentaryTest_EveryFigure_HoldsTheRecordedCurrentFigure()
    {
        CommentaryRecord? current = CommentaryScoreCardFile.Load().Current;
        Assert.That(current, Is.Not.Null, "models/commentary-scores.json has no current figures");

        CommentaryEvaluation evaluation = CommentaryEvaluation.Run(PolicyAnalyzer.CreateDefault(), "test");
        IReadOnlyList<(string Name, double Value)> measured = CommentaryFigures.Of(evaluation.Overall, evaluation.Texts).Named();
        IReadOnlyList<(string Name, double Value)> recorded = current!.Test.Named();

        Assert.Multiple(() =>
        {
            for (int i = 0; i < recorded.Count; i++)
            {
                Assert.That(measured[i].Value, Is.GreaterThanOrEqualTo(recorded[i].Value - Tolerance), measured[i].Name);
            }
        });
    }
}
