using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class EthnicGroupTyperTests
{
    private static EntityMention Typed(string name, string label) => EntityDocuments.Typed(EthnicGroupTyper.Apply, name, label);

    [TestCase("Hazara", "LOC")]
    [TestCase("Tajiks", "GPE")]
    [TestCase("Kurds", "LOC")]
    [TestCase("Yoruba", "GPE")]
    public void Apply_PeopleTypedAsPlace_BecomesNorpWithItsId(string name, string label)
    {
        EntityMention typed = Typed(name, label);
        Assert.Multiple(() =>
        {
            Assert.That(typed.Label, Is.EqualTo(EntityLabels.Norp));
            Assert.That(typed.KbId, Does.StartWith("ethnic:").Or.StartWith("country:"));
        });
    }

    [TestCase("Lagos", "GPE")]
    [TestCase("Kurdistan", "LOC")]
    [TestCase("Hazara", "PERSON")]
    [TestCase("hazara", "LOC")]
    public void Apply_PlacesOtherTypesAndOtherCase_KeepTheirLabel(string name, string label)
    {
        Assert.That(Typed(name, label).Label, Is.EqualTo(label));
    }

    [Test]
    public void Lookup_EthnicGroupAndItsPlural_FindTheSameEntry()
    {
        KnowledgeBaseEntry? singular = KnowledgeBase.Default.Lookup("Pashtun").FirstOrDefault(m => m.Entry.Kind == KnowledgeBaseKind.EthnicGroup).Entry;
        KnowledgeBaseEntry? plural = KnowledgeBase.Default.Lookup("Pashtuns").FirstOrDefault(m => m.Entry.Kind == KnowledgeBaseKind.EthnicGroup).Entry;
        Assert.That(plural?.Id, Is.Not.Null.And.EqualTo(singular?.Id));
    }
}
