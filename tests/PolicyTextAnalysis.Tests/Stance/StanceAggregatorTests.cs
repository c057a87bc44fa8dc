using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

public class StanceAggregatorTests
{
    private static StanceEvidence Evidence(string holder, string target, StancePolarity polarity, double confidence, int start) =>
        new(holder, target, polarity, confidence, new TextSpan(start, start + 10), "voice-framing:x", TargetIsEntity: false);

    [Test]
    public void Aggregate_TargetsDifferingByArticleOrCase_AreOneStanceNamedByTheMostConfidentEvidence()
    {
        IReadOnlyList<StanceRelation> relations = StanceAggregator.Aggregate(
        [
            Evidence("Lena Weiss", "the administration's policy", StancePolarity.Against, 0.2, 0),
            Evidence("Lena Weiss", "Administration's policy", StancePolarity.Against, 0.4, 20),
        ]);

        StanceRelation only = relations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(only.Target, Is.EqualTo("Administration's policy"));
            Assert.That(only.Polarity, Is.EqualTo(StancePolarity.Against));
            Assert.That(only.Evidence, Has.Count.EqualTo(2));
            Assert.That(only.Confidence, Is.EqualTo(Math.Round(1 - (0.8 * 0.6), 3)));
        });
    }

    [Test]
    public void Aggregate_OtherHoldersOrOtherWords_StayApart()
    {
        IReadOnlyList<StanceRelation> relations = StanceAggregator.Aggregate(
        [
            Evidence("Lena Weiss", "the plan", StancePolarity.Favor, 0.3, 0),
            Evidence("author", "the plan", StancePolarity.Favor, 0.3, 0),
            Evidence("Lena Weiss", "the plans", StancePolarity.Favor, 0.3, 20),
            Evidence("Lena Weiss", "theory", StancePolarity.Favor, 0.3, 40),
        ]);

        Assert.That(relations.Select(r => (r.Holder, r.Target)), Is.EquivalentTo(new[]
        {
            ("Lena Weiss", "the plan"), ("author", "the plan"), ("Lena Weiss", "the plans"), ("Lena Weiss", "theory"),
        }));
    }

    [Test]
    public void Aggregate_NamesOfOneCluster_AreOneStance()
    {
        // "Dr. Jha is one of the leading experts" and "Ashish Jha will lead the response": one person, one stance.
        Func<string, string?> clusterOf = name => name is "Ashish Jha" or "Dr. Jha" or "Jha" ? "c8" : null;
        IReadOnlyList<StanceRelation> relations = StanceAggregator.Aggregate(
        [
            Evidence("author", "Dr. Jha", StancePolarity.Favor, 0.2, 0),
            Evidence("author", "Ashish Jha", StancePolarity.Favor, 0.3, 20),
            Evidence("author", "the plan", StancePolarity.Favor, 0.3, 40),
        ], clusterOf);

        Assert.That(relations.Select(r => (r.Target, r.Evidence.Count)), Is.EquivalentTo(new[] { ("Ashish Jha", 2), ("the plan", 1) }));
    }
}
