using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class AbbreviationDefinitionsTests
{
    private static Document Tokenised(string text) =>
        new PolicyTextAnalysis.Text.TextStage().Process(Document.FromText(text), CancellationToken.None);

    private static EntityMention Mention(string text, string mention, string label, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(mention, start + 1, StringComparison.Ordinal);
        }

        return new EntityMention { Text = mention, Label = label, Start = start, End = start + mention.Length, Canonical = mention };
    }

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
    public void PathologicalRunsOfParentheses_StayLinear()
    {
        string text = string.Concat(Enumerable.Repeat("alpha beta gamma (ABG) ", 20_000));
        Document document = Tokenised(text);
        IReadOnlyList<EntityMention> result = AbbreviationDefinitions.Apply(document, [Mention(text, "ABG", "ORG", 5)]);

        Assert.That(result, Is.Empty);
    }
}
