namespace PolicyTextAnalysis.Tests.Entities;

public class EntityMentionEqualityTests
{
    private static EntityMention Mention(IReadOnlyList<string> roles) =>
        new() { Text = "Weiss", Label = EntityLabels.Person, Start = 0, End = 5, Canonical = "Lena Weiss", Roles = roles };

    [Test]
    public void Equals_SameRolesInDifferentLists_IsTrue()
    {
        EntityMention a = Mention(new[] { "envoy" });
        EntityMention b = Mention(new List<string> { "envoy" });

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        });
    }

    [Test]
    public void Equals_DifferentRoles_IsFalse()
    {
        Assert.That(Mention(new[] { "envoy" }), Is.Not.EqualTo(Mention(new[] { "minister" })));
    }

    [Test]
    public void Equals_DifferentRefersTo_IsFalse()
    {
        Assert.That(Mention([]) with { RefersTo = "Ruritania" }, Is.Not.EqualTo(Mention([])));
    }
}
