using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class OrganisationHeadsTests
{
    private static string Typed(string name)
    {
        var names = new List<EntityMention> { new() { Text = name, Label = EntityLabels.Person, Start = 0, End = name.Length, Canonical = name } };
        OrganisationHeads.Apply(names, KnowledgeBase.Default);
        return names[0].Label;
    }

    [TestCase("Toronto Star")]
    [TestCase("Washington Post")]
    [TestCase("The Guardian")]
    [TestCase("Asian Development Bank")]
    [TestCase("Calder Herald")]
    public void Apply_PersonNamedLikeAnOrganisation_BecomesOrg(string name)
    {
        Assert.That(Typed(name), Is.EqualTo(EntityLabels.Organization));
    }

    [TestCase("Emily Post")]
    [TestCase("Bill Press")]
    [TestCase("Anna Sun")]
    [TestCase("Post")]
    public void Apply_PersonWithASurnameThatIsAlsoAMasthead_StaysPerson(string name)
    {
        Assert.That(Typed(name), Is.EqualTo(EntityLabels.Person));
    }
}
