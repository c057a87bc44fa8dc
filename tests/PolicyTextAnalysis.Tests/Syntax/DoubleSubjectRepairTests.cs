namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>A verb has one subject: a name beside the subject is its apposition or the subject itself.</summary>
public sealed class DoubleSubjectRepairTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(() => PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true }));

    private static Token Find(List<Token> tokens, string word) => tokens.First(t => t.Chars.SequenceEqual(word));

    [Test]
    public void Parse_ANameSetOffByCommasAfterTheSubject_IsItsApposition()
    {
        var tokens = Analyzer.Value.Process("A Red Cross official, Frank Rauchenstein, says negotiations got underway.").Tokens.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Find(tokens, "Frank").Dep, Is.EqualTo("appos"));
            Assert.That(Find(tokens, "Frank").Head, Is.EqualTo(Find(tokens, "official").Index));
        });
    }

    [Test]
    public void Parse_ARoleNounRightBeforeAName_DescribesTheName()
    {
        var tokens = Analyzer.Value.Process("White House spokeswoman Claire Buchan said the talks would resume.").Tokens.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Find(tokens, "spokeswoman").Dep, Is.EqualTo("nmod:desc"));
            Assert.That(Find(tokens, "spokeswoman").Head, Is.EqualTo(Find(tokens, "Claire").Index));
            Assert.That(Find(tokens, "Claire").Dep, Is.EqualTo("nsubj"));
        });
    }

    [Test]
    public void Parse_ASecondSubjectOpeningWithAConjunction_IsTheFirstsConjunct()
    {
        // The parse gave "said" two subjects, "officials" and "experts".
        var tokens = Analyzer.Value.Process("Some officials and health experts have said we are undercounting deaths.").Tokens.ToList();

        Assert.Multiple(() =>
        {
            Assert.That((Find(tokens, "experts").Dep, Find(tokens, "experts").Head), Is.EqualTo(("conj", Find(tokens, "officials").Index)));
            Assert.That(Find(tokens, "officials").Dep, Is.EqualTo("nsubj"));
        });
        Assert.That(Analyzer.Value.Analyze("Some officials and health experts have said we are undercounting deaths.").Quotes.Select(q => q.Speaker),
            Is.EqualTo(new[] { "Some officials" }));
    }

    [Test]
    public void Quotes_APronounAfterASubjectWithAnApposition_IsTheNamedPerson()
    {
        AnalysisResult result = Analyzer.Value.Analyze("The bill's sponsor, Representative Ana Ruiz, disagreed. She said it would create jobs.");

        Assert.That(result.Quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Ana Ruiz" }));
    }

    [Test]
    public void Parse_ARelativeClauseAfterTheSubject_IsTheNounsAndThePredicateAfterItIsTheRoot()
    {
        // The parse made the clause's verb the root with two subjects and "said" its complement.
        var tokens = Analyzer.Value.Process("Officials in Calder, where the plant is located, said the leak had been contained.").Tokens.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Find(tokens, "said").Dep, Is.EqualTo("root"));
            Assert.That((Find(tokens, "Officials").Dep, Find(tokens, "Officials").Head), Is.EqualTo(("nsubj", Find(tokens, "said").Index)));
            Assert.That((Find(tokens, "located").Dep, Find(tokens, "located").Head), Is.EqualTo(("acl:relcl", Find(tokens, "Calder").Index)));
            Assert.That(Find(tokens, ".").Head, Is.EqualTo(Find(tokens, "said").Index));
        });
    }

    [Test]
    public void Quotes_ASubjectWithARelativeClause_Speaks()
    {
        AnalysisResult result = Analyzer.Value.Analyze("Officials in Calder, where the plant is located, said the leak had been contained.");

        Assert.That(result.Quotes.Select(q => (q.Speaker, q.Text)), Is.EqualTo(new[] { ((string?)"Officials", "the leak had been contained") }));
    }
}
