using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Resolution;

public class TitledNameTyperTests
{
    private static EntityMention Typed(string text, string name, string label)
    {
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        var names = new List<EntityMention> { new() { Text = name, Label = label, Start = start, End = start + name.Length, Canonical = name } };
        TitledNameTyper.Apply(document, names);
        return names[0];
    }

    [TestCase("The statement by Norvia's Special Envoy for Estland, Karel Vonk, was brief.", "Karel Vonk")]
    [TestCase("The group swore allegiance to the supreme leader of the Unity Movement, Amir Tolan.", "Amir Tolan")]
    [TestCase("Foreign Minister Dana Reyes rejected the plan.", "Dana Reyes")]
    public void Apply_OrgAfterAPersonalTitle_BecomesPerson(string text, string name)
    {
        Assert.That(Typed(text, name, EntityLabels.Organization).Label, Is.EqualTo(EntityLabels.Person));
    }

    // A personal title opening a short name the recogniser typed ORG.
    [TestCase("King Tovald dismissed the government on Monday.", "King Tovald")]
    [TestCase("Opponents of Queen Rania Vel rallied.", "Queen Rania Vel")]
    public void Apply_OrgOpeningWithAPersonalTitle_BecomesPerson(string text, string name)
    {
        Assert.That(Typed(text, name, EntityLabels.Organization).Label, Is.EqualTo(EntityLabels.Person));
    }

    [TestCase("The market leader, Vantor Systems, raised prices.", "Vantor Systems")]
    [TestCase("Students of Queen Mary University of London protested.", "Queen Mary University of London")]
    [TestCase("The Judge Tovald Center opened.", "Judge Tovald Center")]
    [TestCase("General Vantor raised prices.", "General Vantor")]
    [TestCase("The minister met the Norvian Labour Party on Monday.", "Norvian Labour Party")]
    [TestCase("Minister Dana Reyes of the Unity Council spoke.", "Unity Council")]
    [TestCase("The president visited Blue Harbour Bank.", "Blue Harbour Bank")]
    public void Apply_OrganisationsAndUntitledNames_KeepTheirType(string text, string name)
    {
        Assert.That(Typed(text, name, EntityLabels.Organization).Label, Is.EqualTo(EntityLabels.Organization));
    }

    // A place label right after a title-case personal title is a person's surname; a title in capitals is a shouted
    // word, and a place after other words keeps its label.
    [TestCase("We discussed the arrangements with President Vantoro on Monday.", "Vantoro", "LOC", "PERSON")]
    [TestCase("The bill was sponsored by Senator Kelvale and others.", "Kelvale", "GPE", "PERSON")]
    [TestCase("HE IS THE GREATEST NEGOTIATOR NORVIA HAS EVER HAD!", "NORVIA", "GPE", "GPE")]
    [TestCase("The president visited Norvia on Monday.", "Norvia", "GPE", "GPE")]
    public void ApplyToPlaces_PlaceRightAfterAPersonalTitle_BecomesPerson(string text, string name, string label, string expected)
    {
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        var names = new List<EntityMention> { new() { Text = name, Label = label, Start = start, End = start + name.Length, Canonical = name, KbId = "city:1" } };
        TitledNameTyper.ApplyToPlaces(document, names);
        Assert.That((names[0].Label, names[0].KbId is null), Is.EqualTo((expected, expected == EntityLabels.Person)));
    }

    [TestCase("Asif Durrani")]
    [TestCase("Haibatullah Akhundzada")]
    public void Analyze_SourceText_NamesAfterPersonalTitlesArePeople(string name)
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(SourceText.Value);

        Assert.That(result.Entities.Where(e => e.Text == name).Select(e => e.Label), Is.Not.Empty.And.All.EqualTo(EntityLabels.Person));
    }
}
