using System.Text.Json;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Entities;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Tests.Entities;

/// <summary>
/// The shipped model must keep the per-type F1 recorded in its card (models/ner-en.json, written by train-ner)
/// on the held-out test sets, within half a point. A guard whose data is missing fails: a guard that skips guards nothing.
/// </summary>
public class NerScoreGuardTests
{
    private const double Tolerance = 0.005;

    [TestCase("uner-pud-test")]
    [TestCase("uner-ewt-test")]
    [TestCase("wikigold")]
    [TestCase("gmb-test")]
    [TestCase("gum-test")]
    [TestCase("crossner-politics-test")]
    public void Score_ShippedModelOnTestSet_NotBelowRecordedMinusHalfPoint(string set)
    {
        string? data = RepositoryPaths.DataOrNull;
        if (data is null)
        {
            Assert.Fail("The shared data folder is absent (set POLICYTEXT_DATA or place it at ../shared/data); the NER score guard cannot run.");
            return;
        }

        Dictionary<string, double> recorded = Recorded(set);
        NameLists lists = NameLists.Load(Path.Combine(data, "gazetteers"));
        SortedDictionary<string, SpanScore>? scores = NerEvaluationSets.Score(set, NamedEntityRecognizer.Default, data, lists);
        if (scores is null)
        {
            Assert.Fail($"The files of {set} are absent from the data folder; the NER score guard cannot run.");
            return;
        }

        Assert.Multiple(() =>
        {
            foreach ((string label, double f1) in recorded)
            {
                double measured = scores.TryGetValue(label, out SpanScore s) ? s.F1 : 0;
                Assert.That(measured, Is.GreaterThanOrEqualTo(f1 - Tolerance), $"{set} {label}: F1 {measured:0.0000}, recorded {f1:0.0000}");
            }
        });
    }

    private static Dictionary<string, double> Recorded(string set)
    {
        string card = Path.Combine(RepositoryPaths.Models, "ner-en.json");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(card));
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (JsonProperty label in json.RootElement.GetProperty("scores").GetProperty(set).EnumerateObject())
        {
            result[label.Name] = label.Value.GetProperty("f1").GetDouble();
        }

        return result;
    }
}
