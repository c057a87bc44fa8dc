using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class NameRepetitionTests
{
    private static string[] Applied(string text, params EntityMention[] decoded)
    {
        var mentions = decoded.ToList();
        NameRepetition.Apply(MentionFixtures.Tokenised(text), mentions);
        return [.. mentions.Select(m => $"{m.Start}:{m.Text}/{m.Label}")];
    }

    [Test]
    public void Apply_AnOccurrenceTheDecoderMissed_TakesTheName()
    {
        const string text = "He wrote to Torvan Relief Fund. Torvan Relief Fund did not answer.";
        Assert.That(
            Applied(text, MentionFixtures.Mention(text, "Torvan Relief Fund", "ORG")),
            Is.EqualTo(new[] { "12:Torvan Relief Fund/ORG", "32:Torvan Relief Fund/ORG" }));
    }

    [Test]
    public void Apply_AnOccurrenceTheDecoderCut_ReplacesThePartWithTheWholeName()
    {
        const string text = "The Civil Defense Authority said so. Civil Defense Authority officials agreed.";
        Assert.That(
            Applied(text, MentionFixtures.Mention(text, "Civil Defense Authority", "ORG"), MentionFixtures.Mention(text, "Defense Authority", "ORG", 1)),
            Is.EqualTo(new[] { "4:Civil Defense Authority/ORG", "37:Civil Defense Authority/ORG" }));
    }

    [Test]
    public void Apply_AnOccurrenceHoldingANameOfAnotherType_IsLeftAlone()
    {
        // One mistyped decoding of "Mrs. Hall" must not take the person's other mentions.
        const string text = "She followed Mrs. Hall inside. At noon Mrs. Hall lit the fire.";
        Assert.That(
            Applied(text, MentionFixtures.Mention(text, "Mrs. Hall", "WORK_OF_ART"), MentionFixtures.Mention(text, "Hall", "PERSON", 1)),
            Is.EqualTo(new[] { "13:Mrs. Hall/WORK_OF_ART", "44:Hall/PERSON" }));
    }

    [TestCase("They flew to New York. The New York Times agreed.")]
    [TestCase("They flew to New York. Reporters of Albany New York agreed.")]
    public void Apply_AnOccurrenceTouchingACapitalisedWord_IsLeftAlone(string text)
    {
        Assert.That(Applied(text, MentionFixtures.Mention(text, "New York", "GPE")), Has.Length.EqualTo(1));
    }

    [Test]
    public void Apply_AnOccurrenceInsideALongerName_IsLeftAlone()
    {
        const string text = "They flew to New York. The New York Times said so.";
        Assert.That(
            Applied(text, MentionFixtures.Mention(text, "New York", "GPE"), MentionFixtures.Mention(text, "New York Times", "ORG")),
            Is.EqualTo(new[] { "13:New York/GPE", "27:New York Times/ORG" }));
    }

    [Test]
    public void Apply_OneWordNames_AreNotRepeated()
    {
        const string text = "Rice was there. Rice prices rose.";
        Assert.That(Applied(text, MentionFixtures.Mention(text, "Rice", "PERSON")), Is.EqualTo(new[] { "0:Rice/PERSON" }));
    }

    [Test]
    public void Apply_AnOccurrenceAcrossASentenceEnd_IsNotTaken()
    {
        const string text = "They met in Port Vila. It was cold in Port. Vila was warm.";
        Assert.That(Applied(text, MentionFixtures.Mention(text, "Port Vila", "GPE")), Has.Length.EqualTo(1));
    }

    [Test]
    public void Apply_ManyNamesWithOneFirstWord_StaysLinear()
    {
        // Thousands of decoded names all starting "The": only the first few are looked up per token, so the pass stays linear.
        var text = new System.Text.StringBuilder();
        var names = new List<(int Start, string Name)>();
        for (int i = 0; i < 4000; i++)
        {
            string name = $"The Agency{i}";
            names.Add((text.Length, name));
            text.Append(name).Append(" met. ");
        }

        string body = text.ToString();
        var mentions = names.Select(n => new EntityMention { Text = n.Name, Label = "ORG", Start = n.Start, End = n.Start + n.Name.Length, Canonical = n.Name }).ToList();
        Document document = MentionFixtures.Tokenised(body + body);
        NameRepetition.Apply(document, mentions);
        Assert.That(mentions, Has.Count.EqualTo(4000 + NameRepetition.MaxNamesPerFirstWord));
    }
}
