using PolicyTextAnalysis.Training.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>Step (a) and (c) of the claim-stance decomposition used by <c>cv-stance</c>.</summary>
public sealed class ClaimTargetFinderTests
{
    [TestCase("The open primary allows independent voters to take part", "open primaries", "open primaries")]
    [TestCase("A centrally planned economy can provide public goods", "the free market", "a centrally planned economy")]
    [TestCase("Nuclear disarmament could lead to instability", "nuclear weapons", "nuclear weapons")]
    [TestCase("Censorship, in the end, protects nobody", "freedom of speech", "censorship")]
    public void Find_Claim_ReturnsTopicTargetOrLeadingNounPhrase(string text, string topicTarget, string expected)
    {
        Assert.That(ClaimTargetFinder.Find(text, topicTarget), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase(",,,,")]
    [TestCase("is")]
    public void Find_NoLeadingPhrase_FallsBackToTopicTarget(string text)
    {
        Assert.That(ClaimTargetFinder.Find(text, "whaling"), Is.EqualTo("whaling"));
    }

    [Test]
    public void Find_LongToken_DoesNotThrow()
    {
        string text = new string('x', 10_000) + " is bad";
        Assert.That(ClaimTargetFinder.Find(text, "whaling"), Has.Length.LessThanOrEqualTo(40));
    }

    [Test]
    public void Featurize_SameAndOtherTarget_DifferInOverlapFeature()
    {
        var same = new Dictionary<int, float>();
        var other = new Dictionary<int, float>();
        TargetRelationFeaturizer.Featurize("the open primary helps voters", "the open primary", "open primaries", same);
        TargetRelationFeaturizer.Featurize("closed party conventions help voters", "closed party conventions", "open primaries", other);
        int overlap = PolicyTextAnalysis.Stance.StanceFeaturizer.Index("r:target-overlap");
        Assert.Multiple(() =>
        {
            Assert.That(same[overlap], Is.GreaterThan(0.5f));
            Assert.That(other.GetValueOrDefault(overlap), Is.EqualTo(0f));
        });
    }
}
