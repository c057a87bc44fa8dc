using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// Fails when a GUM attribution figure (recall, precision, speaker accuracy) drops more than <see cref="Tolerance"/>
/// below the one recorded by <c>eval-attribution-gum --record</c> in models/attribution-external-scores.json. Needs
/// ../shared (skipped locally without it, failing in CI).
/// </summary>
public sealed class GumAttributionScoreTests
{
    private const double Tolerance = 0.02;

    [TestCase("dev")]
    [TestCase("test")]
    [TestCase("train")]
    public void GumSplit_EveryFigure_HoldsTheRecordedFigure(string split)
    {
        string? data = RepositoryPaths.DataOrNull;
        if (data is null || GumAttributionEvaluation.Folders.Any(f => RepositoryPaths.DataPath(f, "conllu") is null))
        {
            SharedData.Missing("GUM data folders absent (../shared/data/gum-news-interview, gum-open-genres); score guard skipped.");
        }

        Assert.That(ExternalAttributionScores.Load().TryGetValue("gum-" + split, out RecordedFigures? recorded), Is.True,
            $"models/attribution-external-scores.json has no gum-{split} figures: run eval-attribution-gum --record");

        AttributionFigures measured = GumAttributionEvaluation.Evaluate(data!, split, PolicyAnalyzer.CreateDefault());

        Assert.Multiple(() =>
        {
            IReadOnlyList<(string Name, double Value)> was = recorded!.Figures.Named();
            IReadOnlyList<(string Name, double Value)> now = measured.Named();
            for (int i = 0; i < was.Count; i++)
            {
                Assert.That(now[i].Value, Is.GreaterThanOrEqualTo(was[i].Value - Tolerance), $"{split} {now[i].Name} ({measured})");
            }
        });
    }
}
