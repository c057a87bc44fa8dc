using System.Text.RegularExpressions;
using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Training;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// The attribution rules are data: <c>attribution-rules.tsv</c> lists every rule id with what it finds and an example.
/// These tests keep the file and the code in step and run every example through the default pipeline: the quote in
/// [brackets] must be found by that rule, with the speaker in {braces}.
/// </summary>
public partial class AttributionRuleFileTests
{
    private static readonly string RuleFile = Path.Combine(RepositoryPaths.Root, "src", "PolicyTextAnalysis", "Attribution", "attribution-rules.tsv");

    /// <summary>Rules that only act where the parse shows no clausal complement; their examples may parse with one.</summary>
    private static readonly string[] ShadowedByComplement = [RuleIds.ColonClause, RuleIds.ParentheticalCue, RuleIds.BareCue, RuleIds.CueNearQuote, RuleIds.ThatClause];

    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(PolicyAnalyzer.CreateDefault);

    private static IEnumerable<TestCaseData> Examples() =>
        Rules().Select(r => new TestCaseData(r.Id, r.Example).SetName($"Rule_{r.Id}_FindsItsExample"));

    [Test]
    public void RuleFile_ListsEveryRuleIdOnce()
    {
        List<string> ids = Rules().Select(r => r.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.EquivalentTo(RuleIds.All));
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Rule_Example_IsFoundByTheRule(string id, string example)
    {
        string text = Regex.Replace(example.Replace("\\n", "\n", StringComparison.Ordinal), @"[\[\]{}]", "");
        string quote = Marked(example, '[', ']');
        string? speaker = example.Contains('{', StringComparison.Ordinal) ? Marked(example, '{', '}') : null;

        Document document = Analyzer.Value.Process(text);
        Quote? found = document.Quotes.FirstOrDefault(q => q.Text == quote);

        Assert.That(found, Is.Not.Null, $"no quote '{quote}' in: {string.Join(" | ", document.Quotes.Select(q => q.Text))}");
        Assert.Multiple(() =>
        {
            // Where the parser shows the content as a clausal complement, that rule comes first and finds the example.
            string expected = id == RuleIds.BareCue ? RuleIds.CueNearQuote : id;
            Assert.That(found!.Rule, ShadowedByComplement.Contains(id) ? Is.EqualTo(expected).Or.EqualTo(RuleIds.ClausalComplement) : Is.EqualTo(expected));
            Assert.That(found.Speaker, speaker is null ? Is.Null : Is.Not.Null.And.Matches<string>(s => speaker.EndsWith(s, StringComparison.Ordinal)));
        });
    }

    private static string Marked(string example, char open, char close)
    {
        string text = example.Replace("\\n", "\n", StringComparison.Ordinal);
        int a = text.IndexOf(open, StringComparison.Ordinal);
        int b = text.IndexOf(close, a + 1);
        return Regex.Replace(text[(a + 1)..b], @"[\[\]{}]", "");
    }

    private static IEnumerable<(string Id, string What, string Example)> Rules()
    {
        foreach (string line in File.ReadLines(RuleFile))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split('\t');
            Assert.That(parts, Has.Length.EqualTo(3), $"attribution-rules.tsv line is not ID<TAB>WHAT<TAB>EXAMPLE: {line}");
            yield return (parts[0], parts[1], parts[2]);
        }
    }
}
