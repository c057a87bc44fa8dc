using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class LawNameRecognizerTests
{
    private static IReadOnlyList<string> Laws(string text)
    {
        Document document = PolicyAnalyzer.CreateDefault().Process(text);
        return [.. LawNameRecognizer.Default.Recognize(document, CancellationToken.None).Select(m => m.Text)];
    }

    [TestCase("Congress passed the Clean Air Act in 1970.", "Clean Air Act")]
    [TestCase("The court struck down part of the Voting Rights Act.", "Voting Rights Act")]
    [TestCase("Delegates signed the Treaty of Versailles in June.", "Treaty of Versailles")]
    [TestCase("The Bill of Rights protects free speech.", "Bill of Rights")]
    [TestCase("She was appointed Director for the Affordable Care Act last year.", "Affordable Care Act")]
    [TestCase("Parliament debated the Tobacco Products Control Amendment Bill today.", "Tobacco Products Control Amendment Bill")]
    [TestCase("Wolves were listed under the Endangered Species Act decades ago.", "Endangered Species Act")]
    [TestCase("Possession is banned under the Controlled Substances Act, the court said.", "Controlled Substances Act")]
    public void Recognize_FindsTheNamedLaw(string text, string law)
    {
        Assert.That(Laws(text), Is.EqualTo(new[] { law }));
    }

    [Test]
    public void Recognize_CoordinatedLaws_AreTwoNames()
    {
        Assert.That(Laws("They defended the Clean Air Act and the Clean Water Act."), Is.EqualTo(new[] { "Clean Air Act", "Clean Water Act" }));
    }

    [TestCase("The Act takes effect next year.")]
    [TestCase("Lawmakers debated the bill for hours.")]
    public void Recognize_AHeadAlone_IsNoName(string text)
    {
        Assert.That(Laws(text), Is.Empty);
    }

    [Test]
    public void DefaultPipeline_TypesTheWholeNameAsLaw()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze("Congress passed the Clean Air Act in 1970.");

        Assert.That(result.Entities.Where(e => e.Label == EntityLabels.Law).Select(e => e.Text), Is.EqualTo(new[] { "Clean Air Act" }));
    }

    [TestCase("The ruling rests on the Fourteenth Amendment and nothing else.", "Fourteenth Amendment")]
    [TestCase("Gun owners cite the Second Amendment often.", "Second Amendment")]
    public void DefaultPipeline_AnOrdinalBeforeALegalHead_IsPartOfTheLaw(string text, string law)
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Select(e => (e.Text, e.Label)), Has.Some.EqualTo((law, EntityLabels.Law)));
            Assert.That(result.Entities.Select(e => e.Label), Has.None.EqualTo(EntityLabels.Ordinal));
        });
    }

    [Test]
    public void DefaultPipeline_ACapitalisedGerundOpeningATitle_IsNotPartOfTheLaw()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze("Remarks on Implementing the Paris Agreement on Climate Change");

        Assert.That(result.Entities.Select(e => e.Text), Has.None.StartsWith("Implementing"));
    }
}
