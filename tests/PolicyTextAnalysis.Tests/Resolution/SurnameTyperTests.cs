using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>A one-word LOC name that is the surname of a person the document names in full (<see cref="SurnameTyper"/>).</summary>
public sealed class SurnameTyperTests
{
    private static EntityMention Person(string name) =>
        new() { Text = name, Label = EntityLabels.Person, Start = 0, End = name.Length, Canonical = name };

    private static EntityMention Typed(string name, string label, params EntityMention[] others) =>
        EntityDocuments.Typed(SurnameTyper.Apply, name, label, others);

    [Test]
    public void Apply_LocThatIsANamedPersonsSurname_BecomesPerson()
    {
        Assert.That(Typed("Varekov", EntityLabels.Location, Person("Anton Varekov")).Label, Is.EqualTo(EntityLabels.Person));
    }

    // A GPE label, a name without a full name ending in it, and a place the knowledge base knows keep their label.
    [TestCase("Varekov", "GPE", "Anton Varekov")]
    [TestCase("Varekov", "LOC", "Anton Petrov")]
    [TestCase("Lincoln", "LOC", "Abraham Lincoln")]
    public void Apply_OtherNames_KeepTheirLabel(string name, string label, string person)
    {
        Assert.That(Typed(name, label, Person(person)).Label, Is.EqualTo(label));
    }
}
