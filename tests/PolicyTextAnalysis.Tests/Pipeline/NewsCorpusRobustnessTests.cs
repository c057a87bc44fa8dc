using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>
/// The default pipeline over thousands of real news sentences (GMB dev and test), one document: no exception, and
/// every mention and evidence span inside the text. Rules over tokens meet shapes here that no hand-written case has.
/// </summary>
public class NewsCorpusRobustnessTests
{
    [TestCase("gmb_dev.conll")]
    [TestCase("gmb_test.conll")]
    public void Analyze_GmbSentences_CompletesWithSpansInsideTheText(string file)
    {
        string? folder = RepositoryPaths.DataPath("gmb-ner");
        if (folder is null)
        {
            SharedData.Missing("The shared data folder is absent: the news robustness run is skipped.");
        }

        string text = string.Join('\n', NerCorpusReader.ReadColumns(Path.Combine(folder!, file), 0, 2).Select(s => s.Text));
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.All(e => e.Start >= 0 && e.End <= text.Length && text[e.Start..e.End] == e.Text), Is.True);
            Assert.That(result.Stances.SelectMany(s => s.Evidence).All(e => e.Start >= 0 && e.End <= text.Length && e.Start < e.End), Is.True);
            Assert.That(result.Stances, Is.Not.Empty);
        });
    }
}
