using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class AddressedNameTyperTests
{
    private static string LabelAfter(string text, string name, string label)
    {
        Document document = EntityDocuments.With(text, (name, label));
        var names = document.Entities.ToList();
        AddressedNameTyper.Apply(document, names, KnowledgeBase.Default);
        return names[0].Label;
    }

    // A reporter handed the floor by first name is a person; a crowd addressed by its city keeps its place label, and a
    // name that is no vocative keeps its label.
    [TestCase("Go ahead, Weylin.", "Weylin", "LOC", "PERSON")]
    [TestCase("Thank you, Pittsburgh.", "Pittsburgh", "LOC", "LOC")]
    [TestCase("The storm hit Weylin on Monday.", "Weylin", "LOC", "LOC")]
    [TestCase("Go ahead, Weylin.", "Weylin", "ORG", "ORG")]
    public void Apply_AddressedName_IsAPersonUnlessAPlaceBearsIt(string text, string name, string label, string expected)
    {
        Assert.That(LabelAfter(text, name, label), Is.EqualTo(expected));
    }
}
