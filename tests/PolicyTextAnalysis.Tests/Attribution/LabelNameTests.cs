using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>The names round-ups of reactions write before a colon: marks inside a name, one-word names, notes in
/// parentheses, and the headings that group the labels.</summary>
public class LabelNameTests
{
    private static IReadOnlyList<Quote> Quotes(string text) =>
        AttributionTestPipeline.Quotes(text).Where(q => q.Kind != QuoteKind.Scare).ToList();

    // A plural possessive's apostrophe, a dash between a name's parts, a nickname in quotation marks.
    [TestCase("Reactions:\n\nCalder States Sheriffs’ Association: “We believe the nominee has the experience to lead.”", "Calder States Sheriffs’ Association")]
    [TestCase("Reactions:\n\nCalder Group – Pacific Advocates: “We applaud the President for taking this step.”", "Calder Group – Pacific Advocates")]
    // A brand's word in lower case after a comma, a title's abbreviation, a note on the person in parentheses.
    [TestCase("Reactions:\n\nFelice Morrow, Chief Executive Officer, eMerge Calder: “Thank you for continuing to support us!”", "Felice Morrow")]
    [TestCase("Reactions:\n\nFmr. Rep. Dana Morrow: “The greatest threat to the country is the hatred we spew at each other.”", "Dana Morrow")]
    [TestCase("Reactions:\n\nMari Morrow (Calder Aid, Managing Director): “One of my areas of focus was health policy.”", "Mari Morrow")]
    // A handle in parentheses, the full name after an acronym.
    [TestCase("Reactions:\n\nCalder Social Security Works (@CalderWorks): “We applaud the plan to protect benefits.”", "Calder Social Security Works")]
    [TestCase("Reactions:\n\nKFA (Kentucky Farmers Association): “The board announced a plan to lower costs for farmers.”", "KFA")]
    // One word before a paragraph that is one quotation: a group's or a paper's name no recogniser knows.
    [TestCase("Reactions:\n\nCalderworkers: “Workers across the country applaud the President.” [Tweet, 4/13/23]", "Calderworkers")]
    // A piece's heading before a quotation; a title alone is its named holder's.
    [TestCase("President Dana Morrow named two advisers on Monday.\n\nStatement from the President: “I am proud to announce two promotions.”", "Dana Morrow")]
    [TestCase("Vice President Lena Ortiz toured the plant.\n\nStatement from the Vice President: “We will not stop until the job is done.”", "Lena Ortiz")]
    // An organisation and its acronym, its line more than one quotation, and another such label later on.
    [TestCase("Reactions:\n\nCalder Farmers Union (CFU): “We thank the President for “fair prices” and we will work with him.”\n\n"
        + "National Association of Calder Growers (NACG): “”", "Calder Farmers Union")]
    public void Predict_RoundUpLabel_NamesTheQuotationsSpeaker(string text, string speaker)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.LabelLine));
        });
    }

    [Test]
    public void Predict_NicknameInTheLabel_StillNamesThePerson()
    {
        Quote q = Quotes("Reactions:\n\nWalter “Red” Morrow: “This is a historic day for the rivers of our state.”").Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Does.Contain("Walter").Or.Contain("Morrow"));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.LabelLine));
        });
    }

    [Test]
    public void Predict_OneWordLabelAfterAnother_IsNotTheLastSpeakersWords()
    {
        IReadOnlyList<Quote> quotes = Quotes("Reactions:\n\nSenator Dana Morrow: “This is a great day for our state.”\n\n"
            + "Calderworkers: “Workers across the country applaud the President.”");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Dana Morrow", "Calderworkers" }));
    }

    [Test]
    public void Predict_NameEndingInARoleWord_IsNoTitleOfAnotherName()
    {
        // A paper's name ends in a role word; the place in it holds no title.
        IReadOnlyList<Quote> quotes = Quotes("Coverage of the nomination:\n\nSenator Dana Morrow: “A strong choice.”\n\n"
            + "Calder Reporter: “The President made a strong choice in selecting the senator.”");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Dana Morrow", "Calder Reporter" }));
    }

    [Test]
    public void Predict_DateBeforeAQuotation_IsNoSpeaker()
    {
        // A list of one speaker's words by day.
        IReadOnlyList<Quote> quotes = Quotes("He made the promise many times:\n\n- January 19, 2025: “We will rebuild our cities.”");

        Assert.That(quotes.Select(q => q.Speaker), Has.None.EqualTo("January"));
    }

    [Test]
    public void Predict_HeadingBetweenTheColonAndTheLabels_IsNoQuotation()
    {
        IReadOnlyList<Quote> quotes = Quotes("The council passed the budget. See below for what they are saying:\n\nMEMBERS OF CONGRESS\n\n"
            + "Senator Dana Morrow: “This is a great day for the workers of our state.”");

        Assert.That(quotes.Select(q => (q.Speaker, q.Rule)), Is.EqualTo(new[] { ((string?)"Dana Morrow", RuleIds.LabelLine) }));
    }

    [Test]
    public void Predict_DashInATranscriptsTurn_JoinsNoName()
    {
        // A reporter's aside, not a label: the words are no quotation of the one named.
        IReadOnlyList<Quote> quotes = Quotes("Q    And then on the —\n\nMS. REYES:  Oh, go ahead.\n\n"
            + "Q    — Senator Morrow: Over the summer, the President released a statement on the two bills.");

        Assert.That(quotes.Select(q => q.Rule), Has.None.EqualTo(RuleIds.LabelLine));
    }
}
