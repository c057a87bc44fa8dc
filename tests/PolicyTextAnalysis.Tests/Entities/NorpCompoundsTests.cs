using PolicyTextAnalysis.Entities;
using static PolicyTextAnalysis.Tests.Entities.MentionFixtures;

namespace PolicyTextAnalysis.Tests.Entities;

public class NorpCompoundsTests
{
    [Test]
    public void PeopleBeforeAmericans_IsOneName()
    {
        const string text = "Voters who are Korean Americans turned out.";
        IReadOnlyList<EntityMention> result = NorpCompounds.Apply(Parsed(text), [Mention(text, "Korean", EntityLabels.Norp), Mention(text, "Americans", EntityLabels.Norp)]);

        Assert.That(result.Select(m => (m.Text, text[m.Start..m.End])), Is.EqualTo(new[] { ("Korean Americans", "Korean Americans") }));
    }

    [Test]
    public void CapitalisedAdjectiveBeforeAmericans_JoinsIt_ButNotTheSentencesFirstWord()
    {
        const string text = "Many Native Americans live there. Native Americans protested.";
        IReadOnlyList<EntityMention> result = NorpCompounds.Apply(Parsed(text), [Mention(text, "Americans", EntityLabels.Norp), Mention(text, "Americans", EntityLabels.Norp, 1)]);

        Assert.That(result.Select(m => m.Text), Is.EqualTo(new[] { "Native Americans", "Americans" }));
    }

    [TestCase("Iraqi Kurds", "Iraqi", "Kurds")]
    [TestCase("Bosnian Muslims", "Bosnian", "Muslims")]
    public void OtherPairsOfPeoples_StayTwoNames(string pair, string first, string second)
    {
        string text = $"Leaders of the {pair} met.";
        EntityMention[] mentions = [Mention(text, first, EntityLabels.Norp), Mention(text, second, EntityLabels.Norp)];

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
