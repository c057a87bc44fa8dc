using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class PlaceTyperTests
{
    private static EntityMention Typed(string name, string label) => EntityDocuments.Typed(PlaceTyper.Apply, name, label);

    // A country, a state (also by its dotted abbreviation) or a large city has a government: OntoNotes types it GPE. The
    // typer links only a dotted abbreviation, which the stage's linking cannot look up; the stage links the others.
    [TestCase("D.C.", "state:US-DC")]
    [TestCase("N.Y.", "state:US-NY")]
    [TestCase("Rhode Island", null)]
    [TestCase("El Paso", null)]
    [TestCase("Solomon Islands", null)]
    // A country's letters typed LOC (the stage links them).
    [TestCase("UAE", null)]
    public void Apply_GovernedPlaceTypedAsLocation_BecomesGpe(string name, string? id)
    {
        EntityMention typed = Typed(name, EntityLabels.Location);
        Assert.That((typed.Label, typed.KbId), Is.EqualTo((EntityLabels.GeopoliticalEntity, id)));
    }

    [TestCase("The storm reached Rhode Island on Monday.", "Rhode Island", "state:US-RI")]
    [TestCase("Flights to the Solomon Islands resumed.", "Solomon Islands", "country:")]
    public void Resolve_GovernedPlaceTypedAsLocation_IsLinkedLikeAnyGpe(string text, string name, string id)
    {
        EntityMention place = EntityDocuments.Resolved(text, (name, EntityLabels.Location)).Entities.Single(e => e.Text == name);
        Assert.Multiple(() =>
        {
            Assert.That(place.Label, Is.EqualTo(EntityLabels.GeopoliticalEntity));
            Assert.That(place.KbId, Does.StartWith(id));
        });
    }

    // A country's letters typed ORG are the country; its full name typed ORG may be its institutions (a Vatican spokesman).
    [TestCase("UAE", "ORG", "GPE")]
    [TestCase("DPRK", "ORG", "GPE")]
    [TestCase("Vatican", "ORG", "ORG")]
    [TestCase("NATO", "ORG", "ORG")]
    public void Apply_OrganisationLabel_OnlyACountrysLettersBecomeGpe(string name, string label, string expected)
    {
        Assert.That(Typed(name, label).Label, Is.EqualTo(expected));
    }

    // A continent, a territory's village capital named like a place of another kind, a word no place list holds, and
    // any other label keep theirs.
    [TestCase("Europe", "LOC")]
    [TestCase("Capitol Hill", "LOC")]
    [TestCase("Grand Canyon", "LOC")]
    [TestCase("D.C.", "ORG")]
    [TestCase("El Paso", "PERSON")]
    // Two letters typed LOC are as often a degree or a group's initials as a state (an MA in economics, NH/PI communities).
    [TestCase("MA", "LOC")]
    public void Apply_OtherPlacesAndLabels_KeepTheirLabel(string name, string label)
    {
        Assert.That(Typed(name, label).Label, Is.EqualTo(label));
    }

    [Test]
    public void KnowledgeBase_DistrictOfColumbia_HasItsPostalCode()
    {
        // GeoNames writes the city "Washington, D.C.", which the knowledge base builder now matches to SimpleMaps' "Washington".
        Assert.That(KnowledgeBase.Default.Lookup("DC").Select(m => m.Entry.Id), Has.Member("state:US-DC"));
    }
}
