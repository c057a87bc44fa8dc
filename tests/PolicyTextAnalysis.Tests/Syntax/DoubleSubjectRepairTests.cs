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
    public void Quotes_APronounAfterASubjectWithAnApposition_IsTheNamedPerson()
    {
        AnalysisResult result = Analyzer.Value.Analyze("The bill's sponsor, Representative Ana Ruiz, disagreed. She said it would create jobs.");

        Assert.That(result.Quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Ana Ruiz" }));
    }
}
