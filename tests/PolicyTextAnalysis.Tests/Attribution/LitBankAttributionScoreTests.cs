using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// Fails when a LitBank figure (quote recall, precision, speaker accuracy) drops more than <see cref="Tolerance"/> below
/// the one recorded by <c>eval-attribution-litbank --record</c>. Needs ../shared (skipped locally without it, failing in CI).
/// </summary>
public sealed class LitBankAttributionScoreTests
{
    private const double Tolerance = 0.02;

    [Test]
    public void LitBank_EveryFigure_HoldsTheRecordedFigure()
    {
        string? folder = RepositoryPaths.DataPath("litbank-quotes");
        if (folder is null)
        {
            SharedData.Missing("LitBank folder absent (../shared/data/litbank-quotes); score guard skipped.");
        }

        Assert.That(ExternalAttributionScores.Load().TryGetValue("litbank-all", out RecordedFigures? recorded), Is.True,
            "models/attribution-external-scores.json has no litbank-all figures: run eval-attribution-litbank --record");

        AttributionFigures measured = LitBankEvaluation.Evaluate(LitBankQuotes.LoadAll(folder), PolicyAnalyzer.CreateDefault());

        Assert.Multiple(() =>
        {
            IReadOnlyList<(string Name, double Value)> was = recorded!.Figures.Named();
            IReadOnlyList<(string Name, double Value)> now = measured.Named();
            for (int i = 0; i < was.Count; i++)
            {
                Assert.That(now[i].Value, Is.GreaterThanOrEqualTo(was[i].Value - Tolerance), $"{now[i].Name} ({measured})");
            }
        });
    }
}
