using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class MentionConsistencyTests
{
    private const string Text = "Kabul said no. Kabul waited. Officials in Kabul met.";

    [Test]
    public void SameText_TwoLabelsOnceEach_TakesTheMoreConfidentLabel()
    {
        // Each (text, label) pair occurs once: the conflict must still be settled.
        var mentions = new List<EntityMention>
        {
            MentionFixtures.Mention(Text, "Kabul", "GPE", 0) with { Confidence = 0.95 },
            MentionFixtures.Mention(Text, "Kabul", "PERSON", 1) with { Confidence = 0.6 },
        };

        MentionConsistency.Apply(mentions);

        Assert.That(mentions.Select(m => m.Label), Is.EqualTo(new[] { "GPE", "GPE" }));
    }

    [Test]
    public void SameText_MajorityLabel_WinsOverOneConfidentOutlier()
    {
        var mentions = new List<EntityMention>
        {
            MentionFixtures.Mention(Text, "Kabul", "GPE", 0) with { Confidence = 0.7 },
            MentionFixtures.Mention(Text, "Kabul", "PERSON", 1) with { Confidence = 0.99 },
            MentionFixtures.Mention(Text, "Kabul", "GPE", 2) with { Confidence = 0.7 },
        };

        MentionConsistency.Apply(mentions);

        Assert.That(mentions.Select(m => m.Label), Is.EqualTo(new[] { "GPE", "GPE", "GPE" }));
    }

    [Test]
    public void DifferentTexts_KeepTheirLabels()
    {
        var mentions = new List<EntityMention>
        {
            MentionFixtures.Mention(Text, "Kabul", "GPE", 0),
            MentionFixtures.Mention(Text, "Officials", "ORG", 0),
        };

        MentionConsistency.Apply(mentions);

        Assert.That(mentions.Select(m => m.Label), Is.EqualTo(new[] { "GPE", "ORG" }));
    }
}
