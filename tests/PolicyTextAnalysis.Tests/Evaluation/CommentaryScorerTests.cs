using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Tests.Evaluation;

/// <summary>The matching rules of eval/commentary/GUIDE.md, one behaviour each.</summary>
public sealed class CommentaryScorerTests
{
    private static readonly CommentaryGold Gold = new()
    {
        File = "x.txt", Sha256 = "", Split = "dev", Form = "speech", Voice = "Joe Biden",
        Entities =
        [
            new GoldEntity(0, 9, "Joe Biden", "PERSON", "Joe Biden"),
            new GoldEntity(20, 25, "Biden", "PERSON", "Joe Biden"),
            new GoldEntity(30, 37, "Kremlin", "ORG", "Russia"),
            new GoldEntity(40, 46, "Russia", "GPE", "Russia"),
            new GoldEntity(50, 59, "Sullivan", "PERSON", "Jake Sullivan"),
        ],
    };

    [TestCase("author", "Joe Biden", true)]
    [TestCase("Joe Biden", "author", true)]
    [TestCase("President Biden", "Joe Biden", true)]
    [TestCase("The Kremlin", "Russia", true)]
    [TestCase("Sullivan", "Jake Sullivan", true)]
    [TestCase("Russia's", "Russia", true)]
    [TestCase("Jake Sullivan", "author", false)]
    [TestCase(null, "author", false)]
    [TestCase("Ukraine", "Russia", false)]
    public void Matches_FollowsTheGuidesNameRule(string? system, string gold, bool expected)
    {
        Assert.That(new GoldNames(Gold).Matches(system, gold), Is.EqualTo(expected));
    }

    [TestCase("new tariffs on steel", "tariffs", null, true)]
    [TestCase("the tariff", "tariffs", null, true)]
    [TestCase("the Kremlin", "invasion", "Russia", true)]
    [TestCase("tariffed goods", "tariffs", null, false)]
    public void TargetMatches_ByHeadWordOrCluster(string system, string head, string? cluster, bool expected)
    {
        var stance = new GoldStance("author", "x", head, "against", cluster, [new GoldSpan(0, 1, "x")]);

        Assert.That(CommentaryScorer.TargetMatches(system, stance, new GoldNames(Gold)), Is.EqualTo(expected));
    }

    [Test]
    public void Match_OverlapOfHalfTheShorterSpan_PairsOneToOne()
    {
        var pairs = OverlapMatcher.Match([(0, 10), (10, 30), (100, 110)], [(0, 20), (12, 30), (104, 140)]);

        // (0,10)~(0,20): 10 of 10; (10,30)~(12,30): 18 of 18; (100,110)~(104,140): 6 of 10, at least half.
        Assert.That(pairs, Is.EquivalentTo(new[] { (0, 0), (1, 1), (2, 2) }));
    }

    [Test]
    public void Match_OverlapBelowHalf_IsNoMatch()
    {
        Assert.That(OverlapMatcher.Match([(0, 10)], [(6, 30)]), Is.Empty);
    }

    [Test]
    public void Prf_CountsPrecisionAndRecallOnTheirOwnSides()
    {
        var prf = new Prf(PredictedRight: 3, Predicted: 4, GoldFound: 2, Gold: 8);

        Assert.Multiple(() =>
        {
            Assert.That(prf.Precision, Is.EqualTo(0.75));
            Assert.That(prf.Recall, Is.EqualTo(0.25));
        });
    }
}
