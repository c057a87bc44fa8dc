using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class RegionTyperTests
{
    private static string Typed(string name, string label = EntityLabels.GeopoliticalEntity)
    {
        var names = new List<EntityMention> { new() { Text = name, Label = label, Start = 0, End = name.Length, Canonical = name } };
        RegionTyper.Apply(names, KnowledgeBase.Default);
        return names[0].Label;
    }

    [TestCase("Europe")]
    [TestCase("Africa")]
    [TestCase("North America")]
    [TestCase("Western Europe")]
    [TestCase("Southeast Asia")]
    [TestCase("Sub-Saharan Africa")]
    [TestCase("Middle East")]
    public void Apply_ContinentOrItsRegionTypedGpe_BecomesLoc(string name)
    {
        Assert.That(Typed(name), Is.EqualTo(EntityLabels.Location));
    }

    [TestCase("Australia", "GPE")]
    [TestCase("South Africa", "GPE")]
    [TestCase("East Timor", "GPE")]
    [TestCase("Europe", "ORG")]
    public void Apply_StatesAndOtherLabels_KeepTheirLabel(string name, string label)
    {
        Assert.That(Typed(name, label), Is.EqualTo(label));
    }
}
