using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class NorpCompoundsTests
{
    private static Document Parsed(string text) =>
        new PolicyTextAnalysis.Syntax.SyntaxStage().Process(new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None), CancellationToken.None);

    private static EntityMention Mention(string text, string mention, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(mention, start + 1, StringComparison.Ordinal);
        }

        return new EntityMention { Text = mention, Label = EntityLabels.Norp, Start = start, End = start + mention.Length, Canonical = mention };
    }

    [Test]
    public void PeopleBeforeAmericans_IsOneName()
    {
        const string text = "Voters who are Korean Americans turned out.";
        IReadOnlyList<EntityMention> result = NorpCompounds.Apply(Parsed(text), [Mention(text, "Korean"), Mention(text, "Americans")]);

        Assert.That(result.Select(m => (m.Text, text[m.Start..m.End])), Is.EqualTo(new[] { ("Korean Americans", "Korean Americans") }));
    }

    [Test]
    public void CapitalisedAdjectiveBeforeAmericans_JoinsIt_ButNotTheSentencesFirstWord()
    {
        const string text = "Many Native Americans live there. Native Americans protested.";
        IReadOnlyList<EntityMention> result = NorpCompounds.Apply(Parsed(text), [Mention(text, "Americans"), Mention(text, "Americans", 1)]);

        Assert.That(result.Select(m => m.Text), Is.EqualTo(new[] { "Native Americans", "Americans" }));
    }

    [TestCase("Iraqi Kurds", "Iraqi", "Kurds")]
    [TestCase("Bosnian Muslims", "Bosnian", "Muslims")]
    public void OtherPairsOfPeoples_StayTwoNames(string pair, string first, string second)
    {
        string text = $"Leaders of the {pair} met.";
        EntityMention[] mentions = [Mention(text, first), Mention(text, second)];

        Assert.That(NorpCompounds.Apply(Parsed(text), mentions), Is.EqualTo(mentions));
    }

    [Test]
    public void Pipeline_TypesTheCompoundAsOnePeople()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze("The survey asked Mexican Americans and Jewish Americans about the plan.");

        Assert.That(result.Entities.Where(e => e.Label == EntityLabels.Norp).Select(e => e.Text),
            Is.EqualTo(new[] { "Mexican Americans", "Jewish Americans" }));
    }
}
