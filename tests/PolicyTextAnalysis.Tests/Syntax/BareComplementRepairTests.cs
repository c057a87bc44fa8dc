namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>A clause right after a verb, with no coordinator or comma between, is the verb's complement, not its conjunct.</summary>
public sealed class BareComplementRepairTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(() => PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true }));

    [TestCase("Tom Smith has said the plan failed.", "failed", "said")]
    [TestCase("Iran agreed to stop enriching uranium, but has insisted the move is temporary.", "temporary", "insisted")]
    [TestCase("Opinion polls show the Regions Party is favored to win the largest number of seats.", "favored", "show")]
    public void Parse_AClauseRightAfterAVerb_IsItsComplement(string text, string clause, string verb)
    {
        var tokens = Analyzer.Value.Process(text).Tokens.ToList();
        Token Find(string word) => tokens.First(t => t.Chars.SequenceEqual(word));

        Assert.Multiple(() =>
        {
            Assert.That(Find(clause).Dep, Is.EqualTo("ccomp"));
            Assert.That(Find(clause).Head, Is.EqualTo(Find(verb).Index));
        });
    }

    [Test]
    public void Parse_AClauseAfterACoordinator_StaysAConjunct()
    {
        var tokens = Analyzer.Value.Process("She opened the door and the dog ran out.").Tokens.ToList();

        Assert.That(tokens.First(t => t.Chars.SequenceEqual("ran")).Dep, Is.EqualTo("conj"));
    }

    [Test]
    public void Quotes_APerfectCueWithABareClause_ReportsTheClause()
    {
        AnalysisResult result = Analyzer.Value.Analyze("Tom Smith has said the plan failed.");

        Assert.That(result.Quotes.Select(q => (q.Speaker, q.Text)), Is.EqualTo(new[] { ("Tom Smith", "the plan failed") }));
    }
}
