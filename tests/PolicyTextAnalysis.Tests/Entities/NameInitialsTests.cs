using PolicyTextAnalysis.Entities;
using static PolicyTextAnalysis.Tests.Entities.MentionFixtures;

namespace PolicyTextAnalysis.Tests.Entities;

public class NameInitialsTests
{
    [TestCase("Immigration and Customs Enforcement", "ICE")]
    [TestCase("U.S. Customs and Border Protection", "CBP")]
    [TestCase("Rapid Support Forces", "RSF")]
    [TestCase("Department of the Interior", "DI")]
    [TestCase("Paris", null)]
    [TestCase("World Health Organization of the United Nations Economic Council", null)]
    [TestCase("Women in Nuclear UK", null)]
    [TestCase("the green party", null)]
    public void InitialsOf_ANameOfCapitalisedWords(string name, string? initials)
    {
        Assert.That(NameInitials.InitialsOf(name), Is.EqualTo(initials));
    }

    [Test]
    public void MissedInitials_TakeTheLabelOfTheNameTheySpell()
    {
        const string text = "Delegates of the Major Economies Forum met. The MEF will meet again, and MEF members agreed.";
        Document document = Tokenised(text);

        IReadOnlyList<EntityMention> result = NameInitials.Apply(document, [Mention(text, "Major Economies Forum", "ORG")]);

        Assert.That(result.Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("Major Economies Forum", "ORG"), ("MEF", "ORG"), ("MEF", "ORG") }));
        Assert.That(result.Select(m => text[m.Start..m.End]), Is.EqualTo(result.Select(m => m.Text)));
    }

    [Test]
    public void InitialsClaimedByTwoLabels_OrAlreadyRecognised_AreLeftAlone()
    {
        const string text = "The Grand Plaza hosted the Green Party. GP won, said the GP Times.";
        Document document = Tokenised(text);
        EntityMention[] mentions = [Mention(text, "Grand Plaza", "FAC"), Mention(text, "Green Party", "ORG"), Mention(text, "GP Times", "ORG")];

        Assert.That(NameInitials.Apply(document, mentions), Is.EqualTo(mentions));
    }

    [Test]
    public void LowerCaseAndLongWords_AreNotInitials()
    {
        const string text = "The Tax Office opened. Its to-do list grew; TAXOFFICE was busy and To said so.";
        Document document = Tokenised(text);
        EntityMention[] mentions = [Mention(text, "Tax Office", "ORG")];

        Assert.That(NameInitials.Apply(document, mentions), Is.EqualTo(mentions));
    }

    [Test]
    public void InitialsAmongWordsInCapitals_AreHeadlineWords()
    {
        const string text = "The Federal Oil Reserve opened. NEW RULES FOR DRILLERS ANNOUNCED. The FOR said prices would fall.";
        IReadOnlyList<EntityMention> result = NameInitials.Apply(Tokenised(text), [Mention(text, "Federal Oil Reserve", "ORG")]);

        Assert.That(result.Select(m => m.Start), Is.EqualTo(new[] { text.IndexOf("Federal", StringComparison.Ordinal), text.LastIndexOf("FOR", StringComparison.Ordinal) }));
    }

    [Test]
    public void EntityStage_AddsTheInitialsItsRecognisersMissed()
    {
        const string text = "Delegates of the Major Economies Forum met in Paris. The MEF meeting is mostly about finance.";
        var stage = new EntityStage([new FixedRecognizer(Mention(text, "Major Economies Forum", "ORG"))]);

        Document document = stage.Process(Tokenised(text), CancellationToken.None);

        Assert.That(document.Entities.Select(e => (e.Text, e.Label)), Is.EqualTo(new[] { ("Major Economies Forum", "ORG"), ("MEF", "ORG") }));
    }

    [Test]
    public void EntityStage_InitialsTheDocumentDefinesAsAnOrdinaryPhrase_AreNoName()
    {
        // The recogniser's wrong name (Cloud-based Calder, a person) spells CC, which the text defines in lower case.
        const string text = "Schools adopt cloud computing (CC) fast. Tools run on Cloud-based Calder servers. CC is cheap, and CC grows.";
        var stage = new EntityStage([new FixedRecognizer(Mention(text, "Cloud-based Calder", "PERSON"))]);

        Document document = stage.Process(Tokenised(text), CancellationToken.None);

        Assert.That(document.Entities.Select(e => e.Text), Is.EqualTo(new[] { "Cloud-based Calder" }));
    }

    private sealed class FixedRecognizer(params EntityMention[] mentions) : IEntityRecognizer
    {
        public string Name => "fixed";

        public int Priority => 10;

        public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken) => mentions;
    }
}
