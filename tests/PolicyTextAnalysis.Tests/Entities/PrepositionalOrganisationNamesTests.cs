using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Entities;

public class PrepositionalOrganisationNamesTests
{
    // An organisation's name goes on over the capitalised phrase the parse hangs on its last word with "of", "for" or
    // "against", taking in the places and unknown organisations the recogniser marked inside it.
    [TestCase("The Popular Front for the Liberation of Palestine claimed the attack.", "Popular Front for the Liberation of Palestine", "Popular Front", "Liberation of Palestine/ORG")]
    [TestCase("The Committee for a Responsible Federal Budget said the bill adds debt.", "Committee for a Responsible Federal Budget", "Committee")]
    [TestCase("Leaders of the Christian Democratic Union of Germany met on Monday.", "Christian Democratic Union of Germany", "Christian Democratic Union", "Germany/GPE")]
    public void Apply_ACapitalisedPhraseOfTheName_IsOneOrganisation(string text, string whole, string first, params string[] inside)
    {
        Document document = Parsed(text, [(first, EntityLabels.Organization), .. inside.Select(Split)]);

        IReadOnlyList<EntityMention> names = PrepositionalOrganisationNames.Apply(document, document.Entities);

        Assert.That(names.Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { (whole, EntityLabels.Organization) }));
    }

    // A phrase about the organisation, one naming a body of its own (an organisation head), a person, or lower-case words
    // leave the mentions as they are.
    [TestCase("The plan won support from NATO for Ukraine.", "NATO", "Ukraine/GPE")]
    [TestCase("The Executive Committee of the Public Agenda Foundation met.", "Executive Committee", "Public Agenda Foundation/ORG")]
    [TestCase("The Committee for Joe Biden raised money.", "Committee", "Joe Biden/PERSON")]
    [TestCase("The Committee for economic growth met.", "Committee")]
    public void Apply_AnyOtherPhrase_LeavesTheMentions(string text, string first, params string[] inside)
    {
        Document document = Parsed(text, [(first, EntityLabels.Organization), .. inside.Select(Split)]);

        IReadOnlyList<EntityMention> names = PrepositionalOrganisationNames.Apply(document, document.Entities);

        Assert.That(names, Is.EqualTo(document.Entities));
    }

    // An organisation after "for" or "against" whose head hangs on the capitalised noun before it takes that noun in,
    // unless the noun is a role, opens the sentence, or comes before "of" (a group or part of the organisation).
    [TestCase("The Campaign for Nuclear Disarmament protested outside.", "Nuclear Disarmament", "Campaign for Nuclear Disarmament")]
    [TestCase("A report by Physicians for Human Rights documented abuses.", "Human Rights", "Physicians for Human Rights")]
    [TestCase("The Secretary for Homeland Security testified.", "Homeland Security", null)]
    [TestCase("Support for Hamas grew.", "Hamas", null)]
    [TestCase("Members of the Socialist Party met.", "Socialist Party", null)]
    public void Apply_AnOrganisationAfterTheNounItModifies_TakesTheNounIn(string text, string organisation, string? whole)
    {
        Document document = Parsed(text, [(organisation, EntityLabels.Organization)]);

        IReadOnlyList<EntityMention> names = PrepositionalOrganisationNames.Apply(document, document.Entities);

        Assert.That(names.Select(m => m.Text), Is.EqualTo(new[] { whole ?? organisation }));
    }

    [Test]
    public void Apply_WithoutTheParse_LeavesTheMentions()
    {
        Document document = new TextStage().Process(Document.FromText("The Committee for a Responsible Federal Budget met."), CancellationToken.None);
        document = document.WithEntities([new EntityMention { Text = "Committee", Label = EntityLabels.Organization, Start = 4, End = 13, Canonical = "Committee" }]);

        Assert.That(PrepositionalOrganisationNames.Apply(document, document.Entities), Is.SameAs(document.Entities));
    }

    private static (string Name, string Label) Split(string nameAndLabel) =>
        (nameAndLabel[..nameAndLabel.LastIndexOf('/')], nameAndLabel[(nameAndLabel.LastIndexOf('/') + 1)..]);

    // The text stage and the parse, with the given names marked at their first occurrence.
    private static Document Parsed(string text, IEnumerable<(string Name, string Label)> names)
    {
        Document document = new SyntaxStage().Process(new TextStage().Process(Document.FromText(text), CancellationToken.None), CancellationToken.None);
        var mentions = names
            .Select(n => (n.Name, n.Label, Start: text.IndexOf(n.Name, StringComparison.Ordinal)))
            .Select(n => new EntityMention { Text = n.Name, Label = n.Label, Start = n.Start, End = n.Start + n.Name.Length, Canonical = n.Name })
            .OrderBy(m => m.Start)
            .ToList();
        return document.WithEntities(mentions);
    }
}
