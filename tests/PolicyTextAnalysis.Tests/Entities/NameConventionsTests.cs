using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class NameConventionsTests
{
    private static IReadOnlyList<(string Text, string Label)> Entities(string text) =>
        [.. PolicyAnalyzer.CreateDefault().Analyze(text).Entities.Select(e => (e.Text, e.Label))];

    [TestCase("The Trump Administration cut the budget.", "Trump")]
    [TestCase("Critics said the Obama administration waited too long.", "Obama")]
    public void LeaderNamedAdministration_IsThePerson(string text, string person)
    {
        Assert.That(Entities(text), Has.Some.EqualTo((person, "PERSON")));
        Assert.That(Entities(text).Select(e => e.Text), Has.None.Contains("dministration"));
    }

    [TestCase("Patients with Parkinson's disease wait for months.", "Parkinson")]
    [TestCase("Research on Tourette’s syndrome got new funds.", "Tourette")]
    public void PersonBeforeAConditionNamedAfterThem_IsNoPerson(string text, string name)
    {
        Document document = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        var mention = new EntityMention { Text = name, Label = "PERSON", Start = start, End = start + name.Length, Canonical = name };

        Assert.That(NameConventions.Apply(document, [mention]), Is.Empty);
    }

    [TestCase("“We will fight it,” she said.", "We", "ORG", true)]
    [TestCase("They said so.", "They", "ORG", true)]
    [TestCase("The US agreed.", "US", "GPE", false)]
    [TestCase("Thank you, Mr. Speaker.", "Speaker", "PERSON", true)]
    [TestCase("The President agreed.", "President", "PERSON", true)]
    [TestCase("The President agreed.", "President", "ORG", false)]
    public void APronounOrATitleAlone_IsNoName(string text, string word, string label, bool dropped)
    {
        Document document = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);
        int start = text.IndexOf(word, StringComparison.Ordinal);
        var mention = new EntityMention { Text = word, Label = label, Start = start, End = start + word.Length, Canonical = word };

        Assert.That(NameConventions.Apply(document, [mention]), dropped ? Is.Empty : Has.Count.EqualTo(1));
    }

    [Test]
    public void PersonWithAPossessive_IsStillAPerson()
    {
        const string text = "Biden's plan helps seniors.";
        var mention = new EntityMention { Text = "Biden", Label = "PERSON", Start = 0, End = 5, Canonical = "Biden" };
        Document document = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);

        Assert.That(NameConventions.Apply(document, [mention]), Is.EqualTo(new[] { mention }));
    }

    [TestCase("The members debated the Bill for hours.", "Bill")]
    public void OneWordPersonAfterAnArticle_IsNoPerson(string text, string word)
    {
        Assert.That(Entities(text), Has.None.EqualTo((word, "PERSON")));
    }

    [TestCase("President Bush met reporters. Critics said the Bush administration waited too long.", "Bush")]
    [TestCase("He says there is no evidence that Gore is winning.", "Gore")]
    public void PersonModifyingANounOrAfterThat_StaysAPerson(string text, string person)
    {
        // Every mention of the name stays (the second Bush follows "the" but modifies "administration").
        Assert.That(Entities(text).Count(e => e == (person, "PERSON")), Is.EqualTo(text.Split(person).Length - 1));
    }

    [TestCase("We thank Dame Sue Ion for her work.", "Dame Sue Ion", "Sue Ion")]
    [TestCase("Mr G R Morgan moved the amendment.", "Mr G R Morgan", "G R Morgan")]
    [TestCase("Chairperson Faki opened the session.", "Chairperson Faki", "Faki")]
    [TestCase("The Queen and Prince Philip attended.", "Prince Philip", "Philip")]
    [TestCase("Stephen King wrote it.", "Stephen King", "Stephen King")]
    public void PersonName_StartsAfterItsTitles(string text, string recognised, string name)
    {
        Document document = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);
        int start = text.IndexOf(recognised, StringComparison.Ordinal);
        var mention = new EntityMention { Text = recognised, Label = "PERSON", Start = start, End = start + recognised.Length, Canonical = recognised };

        EntityMention kept = NameConventions.Apply(document, [mention]).Single();

        Assert.Multiple(() =>
        {
            Assert.That(kept.Text, Is.EqualTo(name));
            Assert.That(text[kept.Start..kept.End], Is.EqualTo(name));
        });
    }

    // After a form of address a name is a person's, whatever the recogniser typed it; a title that also names a role
    // (President) says nothing of the kind.
    [TestCase("We asked Ms. Raimondo about it.", "Raimondo", "ORG", "PERSON")]
    [TestCase("Dr. Georgia Smith spoke.", "Georgia", "GPE", "PERSON")]
    [TestCase("He met President Lincoln.", "Lincoln", "ORG", "ORG")]
    [TestCase("The ms. Georgia left.", "Georgia", "GPE", "GPE")]
    public void NameAfterAFormOfAddress_IsAPerson(string text, string name, string label, string expected)
    {
        Document document = new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        var mention = new EntityMention { Text = name, Label = label, Start = start, End = start + name.Length, Canonical = name, KbId = "kb:1" };

        EntityMention kept = NameConventions.Apply(document, [mention]).Single();

        Assert.Multiple(() =>
        {
            Assert.That(kept.Label, Is.EqualTo(expected));
            Assert.That(kept.KbId, expected == label ? Is.EqualTo("kb:1") : Is.Null);
        });
    }

    [Test]
    public void LeaderNamedAdministration_SpeaksAsTheLeader()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(
            "President Bush met reporters. The Bush administration said the talks had failed.");

        Assert.That(result.Quotes.Select(q => q.Speaker), Has.Some.EqualTo("Bush"));
    }
}
