namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>Punctuation is attached as <c>punct</c> and nothing else, as Universal Dependencies requires.</summary>
public sealed class PunctuationRelationTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(() => PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true }));

    [TestCase("-   Seniors would face higher costs if the cap is eliminated.")]
    [TestCase("The plan -- a costly one -- failed, and the council, as expected, voted it down.")]
    public void Parse_EveryPunctuationMark_IsPunct(string text)
    {
        var marks = Analyzer.Value.Process(text).Tokens.Where(t => t.Pos == "PUNCT" && t.Head >= 0).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(marks, Is.Not.Empty);
            Assert.That(marks.Select(t => t.Dep), Is.All.EqualTo("punct"));
        });
    }

    // A list's bullet is no part of the subject's phrase, so the speaker of the next sentence's "they" is no "- Seniors".
    [Test]
    public void Quotes_AfterABulletedSubject_NoSpeakerHoldsTheBullet()
    {
        AnalysisResult result = Analyzer.Value.Analyze(
            "Republicans want to cut the program.\n\n-   Seniors would face higher costs if the cap is eliminated.\n\n"
            + "They believe that the cap is too expensive.");

        Assert.That(result.Quotes.Select(q => q.Speaker), Has.None.StartsWith("-"));
    }
}
