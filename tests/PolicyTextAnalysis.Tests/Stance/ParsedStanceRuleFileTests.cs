using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>
/// The parse-based stance rules are data: <c>Stance/Lexicons/stance-rules.tsv</c> lists every rule id with an example and
/// the stance it must give. These tests keep the file and the code in step and run every example through the default
/// pipeline.
/// </summary>
public class ParsedStanceRuleFileTests
{
    private static readonly string RuleFile = Path.Combine(RepositoryPaths.Root, "src", "PolicyTextAnalysis", "Stance", "Lexicons", "stance-rules.tsv");

    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(PolicyAnalyzer.CreateDefault);

    private static IEnumerable<TestCaseData> Examples() =>
        Rules().Select((r, i) => new TestCaseData(r.Example, r.Expected).SetName($"Rule_{r.Id}_GivesItsStance_{i}"));

    [Test]
    public void RuleFile_ListsEveryRuleId()
    {
        List<string> ids = Rules().Select(r => r.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids.Distinct(), Is.EquivalentTo(ParsedStanceRules.All));
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Rule_Example_GivesTheStance(string example, string expected)
    {
        string[] parts = expected.Split([" -> ", " : "], StringSplitOptions.None);
        (string holder, string targetHead, string polarity) = (parts[0], parts[1], parts[2]);

        IReadOnlyList<StanceRelation> stances = Analyzer.Value.Analyze(example).Stances;

        Assert.That(
            stances.Any(s => s.Holder.EndsWith(holder, StringComparison.Ordinal)
                && s.Target.Split(' ').Contains(targetHead, StringComparer.OrdinalIgnoreCase)
                && s.Polarity.ToString().Equals(polarity, StringComparison.OrdinalIgnoreCase)),
            Is.True,
            $"expected {expected}; got {string.Join(" | ", stances.Select(s => $"{s.Holder} -> {s.Target} : {s.Polarity}"))}");
    }

    private static IEnumerable<(string Id, string Example, string Expected)> Rules()
    {
        foreach (string line in File.ReadLines(RuleFile))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split('\t');
            Assert.That(parts, Has.Length.EqualTo(4), $"stance-rules.tsv line is not ID<TAB>WHAT<TAB>EXAMPLE<TAB>EXPECTED: {line}");
            yield return (parts[0], parts[2], parts[3]);
        }
    }
}
