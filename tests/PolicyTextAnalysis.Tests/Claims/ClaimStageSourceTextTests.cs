namespace PolicyTextAnalysis.Tests.Claims;

/// <summary>Behaviour a reader of the source text would notice (no rule exists for this text alone).</summary>
public class ClaimStageSourceTextTests
{
    private static readonly Lazy<Document> Analysed = new(() => ClaimTestPipeline.Run(SourceText.Value));

    private static IReadOnlyList<ClaimMention> Claims => Analysed.Value.Claims;

    private static ClaimMention ClaimContaining(string fragment) =>
        Claims.FirstOrDefault(c => c.Text.Contains(fragment, StringComparison.Ordinal))
        ?? throw new AssertionException($"No claim contains '{fragment}'.");

    [TestCase("increased by 60%")]
    [TestCase("increased by 500%")]
    [TestCase("15 were committed by Afghans")]
    [TestCase("about 1.7 million")]
    [TestCase("375 thousand Afghans")]
    [TestCase("from 4,000 to 6,000 fighters")]
    public void Process_Figures_AreStatisticalClaims(string fragment)
    {
        Assert.That(ClaimContaining(fragment).Types, Does.Contain(ClaimType.Statistical));
    }

    [TestCase("will undermine the remnants")]
    [TestCase("will only increase radicalization")]
    [TestCase("will hate Islamabad")]
    [TestCase("may provoke the exodus")]
    public void Process_Radicalisation_AreHedgedOrPredictedPredictions(string fragment)
    {
        ClaimMention claim = ClaimContaining(fragment);

        Assert.Multiple(() =>
        {
            Assert.That(claim.Types, Does.Contain(ClaimType.Predictive));
            Assert.That(claim.Certainty, Is.Not.EqualTo(ClaimCertainty.Asserted));
        });
    }

    [Test]
    public void Process_FinalRecommendation_IsAClaim()
    {
        // Its type was once forced by a lexicon entry copied from this sentence ("is what will really help"); that entry
        // is gone, as no rule may exist for the source text, so only the detection is checked.
        Assert.That(ClaimContaining("is what will really help").Text, Does.StartWith("Creating an integrated"));
    }

    [TestCase("an even greater disaster")]
    [TestCase("a fatal mistake")]
    public void Process_Judgements_AreEvaluative(string fragment)
    {
        Assert.That(ClaimContaining(fragment).Types, Does.Contain(ClaimType.Evaluative));
    }

    [Test]
    public void Process_FightersEstimate_IsHedged()
    {
        Assert.That(ClaimContaining("4,000 to 6,000").Certainty, Is.EqualTo(ClaimCertainty.Hedged));
    }

    [Test]
    public void Process_HeadlineBylineAndBio_AreNotClaims()
    {
        string[] lines = SourceText.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Multiple(() =>
        {
            Assert.That(Claims.Where(c => lines[0].Contains(c.Text, StringComparison.Ordinal)), Is.Empty, "headline");
            Assert.That(Claims.Where(c => lines[^2].Contains(c.Text, StringComparison.Ordinal)), Is.Empty, "byline");
            Assert.That(Claims.Where(c => lines[^1].Contains(c.Text, StringComparison.Ordinal)), Is.Empty, "bio");
        });
    }

    [Test]
    public void Process_StatisticalClaims_ScoreHigherCheckworthinessThanEvaluativeOnes()
    {
        double statistical = new[] { "increased by 60%", "about 1.7 million", "from 4,000 to 6,000 fighters" }
            .Average(f => ClaimContaining(f).Checkworthiness);
        double evaluative = new[] { "an even greater disaster", "a fatal mistake" }
            .Average(f => ClaimContaining(f).Checkworthiness);

        Assert.That(statistical, Is.GreaterThan(evaluative));
    }

    [Test]
    public void Process_EveryClaim_LiesInsideOneSentence()
    {
        Document document = Analysed.Value;

        Assert.That(document.Claims, Has.All.Matches<ClaimMention>(c =>
            document.Sentences.Any(s => s.Start <= c.Start && c.End <= s.End) && c.Text == document.Text[c.Start..c.End]));
    }
}
