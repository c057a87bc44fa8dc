using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class OfficerNamesTests
{
    // An organisation's name the recogniser ran over a title into its officer's name is two names, or only the person's
    // when the words before the title are the title's own; the title is in neither.
    [TestCase("They met CIA Director William Burns today.", "CIA Director William Burns", new[] { "CIA/ORG", "William Burns/PERSON" })]
    [TestCase("They met Calder Growers Association SVP of Trade Policy Mary Jones today.", "Calder Growers Association SVP of Trade Policy Mary Jones",
        new[] { "Calder Growers Association/ORG", "Mary Jones/PERSON" })]
    [TestCase("They met National Security Advisor Stephen Hadley today.", "National Security Advisor Stephen Hadley", new[] { "Stephen Hadley/PERSON" })]
    [TestCase("They met General Robert E. Lee today.", "General Robert E. Lee", new[] { "Robert E. Lee/PERSON" })]
    [TestCase("They met Secretary of the Treasury Mary Jones today.", "Treasury Mary Jones", new[] { "Treasury/ORG", "Mary Jones/PERSON" })]
    public void Apply_OrganisationRunIntoItsOfficer_SplitsOffThePerson(string text, string name, string[] expected)
    {
        Document document = MentionFixtures.Tokenised(text).WithEntities([MentionFixtures.Mention(text, name, EntityLabels.Organization)]);

        IReadOnlyList<EntityMention> names = OfficerNames.Apply(document, document.Entities, []);

        Assert.That(names.Select(m => $"{m.Text}/{m.Label}"), Is.EqualTo(expected));
        Assert.That(names.Select(m => m.Canonical), Is.EqualTo(names.Select(m => m.Text)));
    }

    // A name that only contains a first name (a university, a centre named after a person), a person's name, a place and a
    // name no title precedes stay as they are.
    [TestCase("She studied at George Washington University.", "George Washington University", EntityLabels.Organization)]
    [TestCase("She spoke at the John F. Kennedy Center.", "John F. Kennedy Center", EntityLabels.Organization)]
    [TestCase("They sailed into Prince William Sound.", "Prince William Sound", EntityLabels.Location)]
    [TestCase("They met Director William Burns today.", "Director William Burns", EntityLabels.Person)]
    [TestCase("They joined Calder Growers Mary Jones Fund.", "Calder Growers Mary Jones Fund", EntityLabels.Organization)]
    [TestCase("They joined the Friends of Senator Mary Jones Committee.", "Friends of Senator Mary Jones Committee", EntityLabels.Organization)]
    [TestCase("They met the daughter of Calder Mary Jones today.", "Calder Mary Jones", EntityLabels.Organization)]
    public void Apply_NoOfficerAfterATitle_LeavesTheName(string text, string name, string label)
    {
        Document document = MentionFixtures.Tokenised(text).WithEntities([MentionFixtures.Mention(text, name, label)]);

        IReadOnlyList<EntityMention> names = OfficerNames.Apply(document, document.Entities, []);

        Assert.That(names.Select(m => $"{m.Text}/{m.Label}"), Is.EqualTo(new[] { $"{name}/{label}" }));
    }

    [Test]
    public void Apply_KnownNameBeforeTheTitle_TakesTheKnownName()
    {
        const string text = "They met U.N. Secretary-General Antonio Guterres today.";
        Document document = MentionFixtures.Tokenised(text).WithEntities([MentionFixtures.Mention(text, "U.N. Secretary-General Antonio Guterres", EntityLabels.Organization)]);
        EntityMention listed = MentionFixtures.Mention(text, "U.N.", EntityLabels.Organization) with { KbId = "kb-un", Canonical = "United Nations" };

        IReadOnlyList<EntityMention> names = OfficerNames.Apply(document, document.Entities, [(listed, 0)]);

        Assert.That(names.Select(m => (m.Text, m.Label, m.Canonical)), Is.EqualTo(new[]
        {
            ("U.N.", EntityLabels.Organization, "United Nations"),
            ("Antonio Guterres", EntityLabels.Person, "Antonio Guterres"),
        }));
    }

    [Test]
    public void Analyze_OfficerAfterHerTitle_IsAPerson()
    {
        // The name model reads the whole phrase as one organisation.
        IReadOnlyList<EntityMention> entities = PolicyAnalyzer.CreateDefault().Analyze("House Speaker Nancy Pelosi said the bill would pass.").Entities;

        Assert.Multiple(() =>
        {
            Assert.That(entities.Select(e => $"{e.Text}/{e.Label}"), Does.Contain("Nancy Pelosi/PERSON"));
            Assert.That(entities.Select(e => e.Text), Has.None.Contains("Speaker"));
        });
    }
}
