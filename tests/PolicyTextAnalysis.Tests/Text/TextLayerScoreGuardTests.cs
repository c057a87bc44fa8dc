using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Corpora;
using PolicyTextAnalysis.Training.Text;

namespace PolicyTextAnalysis.Tests.Text;

/// <summary>
/// Guards the text-layer scores recorded in models/README.md ("## Text layer"): each test fails when a score
/// drops more than <see cref="Tolerance"/> below the recorded figure. Skips when the shared data folder is absent.
/// </summary>
public class TextLayerScoreGuardTests
{
    private const double Tolerance = 0.005;

    [TestCase("all", HyphenMode.Split, 0.9975, 0.9830)]
    [TestCase("all", HyphenMode.Keep, 0.9895, 0.9830)]
    [TestCase("test", HyphenMode.Split, 0.9996, 0.9779)]
    [TestCase("test", HyphenMode.Keep, 0.9845, 0.9779)]
    public void EvaluateGum_Scores_StayAtRecordedFigures(string split, HyphenMode mode, double tokenF1, double sentenceEndF1)
    {
        string? folder = RepositoryPaths.DataPath("gum-news-interview", "conllu");
        if (folder is null)
        {
            SharedData.Missing("GUM data folder absent (../shared/data/gum-news-interview/conllu); score guard skipped.");
        }

        Func<string, bool>? include = split == "all" ? null : id => GumSplits.Of(id) == split;

        TextLayerEvaluation.Result result = TextLayerEvaluation.Evaluate(folder, new Tokenizer(mode), include);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tokens.F1, Is.GreaterThanOrEqualTo(tokenF1 - Tolerance), $"token F1 {result.Tokens}");
            Assert.That(result.SentenceEnds.F1, Is.GreaterThanOrEqualTo(sentenceEndF1 - Tolerance), $"sentence-end F1 {result.SentenceEnds}");
        });
    }
}
