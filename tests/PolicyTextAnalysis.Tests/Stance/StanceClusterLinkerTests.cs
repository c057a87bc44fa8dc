using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>Stance holders and targets link to the entity cluster they name (also with an honorific), a title alone to the one
/// person holding it.</summary>
public class StanceClusterLinkerTests
{
    private static EntityMention Person(string text, string cluster, params string[] roles) => new()
    {
        Text = text, Label = EntityLabels.Person, Start = 0, End = text.Length, Canonical = text, ClusterId = cluster, Roles = roles,
    };

    private static StanceRelation Relation(string target) => new() { Holder = "author", Target = target, Polarity = StancePolarity.Favor };

    [TestCase("Governor", "c1")]
    [TestCase("the Governor", "c1")]
    [TestCase("Kathy Hochul", "c1")]
    [TestCase("Dr. Hochul", "c1")]
    [TestCase("Secretary", "c2")]
    [TestCase("governor", null)]
    [TestCase("Senator", null)]
    public void Link_TitleAloneOfOnePersonOrNameWithHonorific_LinksThatPersonsCluster(string target, string? cluster)
    {
        EntityMention[] entities =
        [
            Person("Kathy Hochul", "c1", "Governor"),
            Person("Hochul", "c1"),
            Person("Ann Lee", "c2", "Treasury Secretary"),
            Person("Tom Ruiz", "c3", "Senator"),
            Person("Mia Cole", "c4", "Senator"),
        ];

        Assert.That(StanceClusterLinker.Link([Relation(target)], entities).Single().TargetClusterId, Is.EqualTo(cluster));
    }
}
