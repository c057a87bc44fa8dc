using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

/// <summary>A name in a title-case headline ends before the headline's verb.</summary>
public class HeadlineNamesTests
{
    private static string[] Applied(string text, params EntityMention[] decoded)
    {
        var mentions = decoded.ToList();
        HeadlineNames.Apply(MentionFixtures.Tokenised(text), mentions);
        return [.. mentions.Select(m => $"{m.Text}/{m.Label}")];
    }

    [TestCase("Governor Torvan Announces New Funding for Rural Schools", "Torvan Announces", "Torvan")]
    [TestCase("GOVERNOR TORVAN ANNOUNCES NEW FUNDING FOR RURAL SCHOOLS", "TORVAN ANNOUNCES", "TORVAN")]
    [TestCase("Senator Ana Torvan Warns of Rising Costs", "Ana Torvan Warns", "Ana Torvan")]
    public void Apply_NameRunIntoTheHeadlinesVerb_EndsBeforeIt(string text, string decoded, string name)
    {
        Assert.That(Applied(text, MentionFixtures.Mention(text, decoded, "PERSON")), Is.EqualTo(new[] { name + "/PERSON" }));
    }

    // A noun that is also a verb, a participle in a name, and a sentence that is no headline keep the name.
    [TestCase("Bill Gates Speaks on Global Health", "Bill Gates")]
    [TestCase("Alliance Defending Freedom Files Suit Against the State", "Alliance Defending Freedom")]
    [TestCase("Yesterday the minister said Torvan Announces was the name of his new band.", "Torvan Announces")]
    public void Apply_NoHeadlineVerbInTheName_KeepsIt(string text, string name)
    {
        Assert.That(Applied(text, MentionFixtures.Mention(text, name, "ORG")), Is.EqualTo(new[] { name + "/ORG" }));
    }
}
