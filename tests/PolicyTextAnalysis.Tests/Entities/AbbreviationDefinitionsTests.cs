using PolicyTextAnalysis.Entities;
using static PolicyTextAnalysis.Tests.Entities.MentionFixtures;

namespace PolicyTextAnalysis.Tests.Entities;

public class AbbreviationDefinitionsTests
{
    [TestCase("gross domestic product", "GDP", "gross domestic product")]
    [TestCase("opioid use disorder", "OUD", "opioid use disorder")]
    [TestCase("small and medium-sized enterprises", "SMEs", "small and medium-sized enterprises")]
    [TestCase("the Quarterly Census of Employment and Wages", "QCEW", "Quarterly Census of Employment and Wages")]
    [TestCase("the Department of Health and Human Services", "HHS", "Health and Human Services")]
    public void LongForm_IsTheShortestRunMatchingLetterByLetter(string phrase, string shortForm, string longForm)
    {
        string text = $"Prices rose with {phrase} ({shortForm}) this year.";
        int windowEnd = text.IndexOf(" (", StringComparison.Ordinal);

        int start = AbbreviationDefinitions.LongFormStart(text, 0, windowEnd, shortForm);

        Assert.That(text[start..windowEnd], Is.EqualTo(longForm));
    }

    [Test]
    public void LongForm_MissingALetter_IsNotADefinition()
    {
        const string text = "The rules on trade (WTO) changed.";

        Assert.That(AbbreviationDefinitions.LongFormStart(text, 0, text.IndexOf(" (", StringComparison.Ordinal), "WTO"), Is.EqualTo(-1));
    }

    [Test]
    public void ShortFormOfALowerCaseLongForm_NamesNothing()
    {
        const string text = "Deaths from opioid use disorder (OUD) doubled. Treatment for OUD is scarce, and OUD costs billions.";
        Document document = Tokenised(text);
        EntityMention[] mentions = [Mention(text, "OUD", "ORG", 1), Mention(text, "OUD", "ORG", 2)];

        Assert.That(AbbreviationDefinitions.Apply(document, mentions), Is.Empty);
    }

    [Test]
    public void ShortFormOfANameWhoseMentionStartsEarlier_TakesItsLabel()
    {
        const string text = "It was the Department of Health and Human Services (HHS). Later HHS agreed.";
        Document document = Tokenised(text);
        EntityMention[] mentions = [Mention(text, "Department of Health and Human Services", "ORG"), Mention(text, "HHS", "GPE", 1)];

        Assert.That(AbbreviationDefinitions.Apply(document, mentions).Select(m => m.Label), Is.EqualTo(new[] { "ORG", "ORG", "ORG" }));
    }

    [Test]
    public void ShortFormOfANamedLongForm_TakesItsLabel_AndIsFoundWhereMissed()
    {
        const string text = "The Quarterly Census of Employment and Wages (QCEW) counts jobs. The QCEW is published each quarter, and QCEW data lag.";
        Document document = Tokenised(text);
        EntityMention[] mentions =
        [
            Mention(text, "Quarterly Census of Employment and Wages", "ORG"),
            Mention(text, "QCEW", "PRODUCT", 1),
        ];

        IReadOnlyList<EntityMention> result = AbbreviationDefinitions.Apply(document, mentions);

        Assert.That(result.Select(m => (m.Text, m.Label, text.IndexOf(m.Text, m.Start, StringComparison.Ordinal) == m.Start)), Is.EqualTo(new[]
        {
            ("Quarterly Census of Employment and Wages", "ORG", true),
            ("QCEW", "ORG", true),
            ("QCEW", "ORG", true),
            ("QCEW", "ORG", true),
        }));
        Assert.That(result.Select(m => m.Start), Is.Ordered);
    }

    [Test]
    public void MixedCaseOrUnrecognisedLongForm_ChangesNothing()
    {
        const string text = "The Federal policy committee (FPC) met. Then the FPC voted. The Greater Transit Plan (GTP) passed; GTP is large.";
        Document document = Tokenised(text);
        EntityMention[] mentions = [Mention(text, "FPC", "ORG", 1), Mention(text, "GTP", "LAW", 1)];

        Assert.That(AbbreviationDefinitions.Apply(document, mentions), Is.EqualTo(mentions));
    }

    [Test]
    public void NumbersAndDates_AreLeftAlone()
    {
        const string text = "Lost work days (LWD) rose. LWD fell in 2020.";
        Document document = Tokenised(text);
        EntityMention[] mentions = [Mention(text, "2020", "DATE")];

        Assert.That(AbbreviationDefinitions.Apply(document, mentions), Is.EqualTo(mentions));
    }

    [TestCase("Exports of liquefied natural gas (LNG) doubled. LNG terminals are expanding.", "LNG")]
    [TestCase("Patients with chronic obstructive pulmonary disease (COPD) need care. COPD costs billions.", "COPD")]
    public void Pipeline_DropsTheShortFormOfAnOrdinaryNounPhrase(string text, string shortForm)
    {
        // Without the definitions the name model calls both short forms ORG.
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(text);

        Assert.That(result.Entities.Select(e => e.Text), Has.None.EqualTo(shortForm));
    }

    [Test]
    public void PathologicalRunsOfDefinitions_DropEveryShortForm_InLinearCost()
    {
        static string Run(int n) => string.Concat(Enumerable.Repeat("alpha beta gamma (ABG) ", n));
        string smallText = Run(20_000), largeText = Run(40_000);
        Document small = Tokenised(smallText), large = Tokenised(largeText);
        EntityMention[] smallMentions = ShortForms(smallText), largeMentions = ShortForms(largeText);

        IReadOnlyList<EntityMention> result = AbbreviationDefinitions.Apply(small, smallMentions);
        PolicyTextAnalysis.Tests.Pipeline.CostMeasurement.Doubling cost = PolicyTextAnalysis.Tests.Pipeline.CostMeasurement.MeasureDoubling(
            () => AbbreviationDefinitions.Apply(small, smallMentions), () => AbbreviationDefinitions.Apply(large, largeMentions), maxTimeRatio: 3);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.Empty);
            Assert.That(cost.BytesRatio, Is.LessThan(2.6), cost.ToString());
            Assert.That(cost.TimeRatio, Is.LessThan(3), cost.ToString());
        });

        static EntityMention[] ShortForms(string text)
        {
            var found = new List<EntityMention>();
            for (int at = text.IndexOf("ABG", StringComparison.Ordinal); at >= 0; at = text.IndexOf("ABG", at + 3, StringComparison.Ordinal))
            {
                found.Add(new EntityMention { Text = "ABG", Label = "ORG", Start = at, End = at + 3, Canonical = "ABG" });
            }

            return [.. found];
        }
    }
}
