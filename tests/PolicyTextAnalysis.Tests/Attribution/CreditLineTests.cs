using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>Round-ups of reactions that credit each quotation on a line of its own above it, without a colon or with the
/// publication the words appeared in (rule <c>credit-line</c>).</summary>
public class CreditLineTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => AttributionTestPipeline.Quotes(text);

    private const string Opening = "Leaders across the country welcomed the plan:\n\n";

    [TestCase("Senator Jane Holt (D-Calder)\n\n\"This plan will repair our roads and bridges.\"", "Jane Holt")]
    [TestCase("Mayor Tom Baker, City of Riverton\n\n\"For years our city has waited for this kind of partnership.\"", "Tom Baker")]
    [TestCase("Sandra Bundy, President of the Business Alliance for Protecting the Calder Coast\n\n\"Coastal businesses have waited for this day.\" [Press statement, 1/06/2024]", "Sandra Bundy")]
    [TestCase("Rep. Lena Weiss (R-TX) in the Calder Herald: Why the plan matters to every family\n\n\"Last month, I voted for this plan. It was an easy vote.\"", "Lena Weiss")]
    [TestCase("Sen. Lena Weiss (R-KS) on CalderNews.com: The plan will keep our border secure\n\n\"Our country stands at a crossroads.\"", "Lena Weiss")]
    [TestCase("National Association of Road Builders\n\n\"Builders across the country welcome this commitment.\"", "National Association of Road Builders")]
    [TestCase("Sen. Lena Weiss (The Calder Herald, Calder, MT): The plan is a win for Calder\n\n\"The plan is a tremendous win for our state.\"", "Lena Weiss")]
    [TestCase("Rep. Tom Baker (The Riverton Morning Star and Gazette, Riverton, CA): Tax relief on the way for families\n\n\"The valley is home to many retirees.\"", "Tom Baker")]
    [TestCase("Tom Baker, Senior Director, Head of Enterprise Privacy & Data Protection, Calder Stores:\n\n\"We see great potential in the program.\"", "Tom Baker")]
    [TestCase("KCAL-TV (Calder, MT): Tax cuts are coming to Calder next year\n\n\"With the bill signed, taxes will fall.\"", "KCAL-TV")]
    [TestCase("Calder News 1 (Riverton, OH): Lawmakers seek to frame the bill\n\n\"The average taxpayer will save $3,175.\"", "Calder News")]
    public void Predict_CreditLineAboveAQuotation_NamesItsSpeaker(string credit, string speaker)
    {
        Quote q = Quotes(Opening + credit).Single(q => q.Kind == QuoteKind.Direct);

        // A name the recogniser does not know keeps its title (Senator Jane Holt); it is still that person.
        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Does.EndWith(speaker));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.CreditLine));
            Assert.That(q.Text, Does.Not.Contain("[").And.Not.Contain("\""));
        });
    }

    [Test]
    public void Predict_CreditLineWithASpeechVerbInItsHeadline_ReportsNoNameAsWords()
    {
        // The parse read the station's name as the content of the headline's "say".
        IReadOnlyList<Quote> quotes = Quotes("Outlets wrote about the bill:\n\nKCAL-TV (Calder, IA): Small businesses say ‘no tax on tips’ a step in the right direction\n\n"
            + "\"Some business owners say the provisions will help.\"");

        Assert.That(quotes.Select(q => (q.Speaker, q.Rule)), Is.EqualTo(new[] { ((string?)"KCAL-TV", RuleIds.CreditLine) }));
    }

    [Test]
    public void Predict_CreditLinesInARow_EachNamesItsOwnQuotation()
    {
        IReadOnlyList<Quote> quotes = Quotes(Opening
            + "Senator Jane Holt (D-Calder)\n\n\"This plan will repair our roads.\"\n\n"
            + "Calder Transit Workers Union\n\n\"Our members will build it.\"\n\n"
            + "Governor Tom Baker\n\n\"We are grateful for the support.\"");

        Assert.That(quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker?.Split(' ')[^1]),
            Is.EqualTo(new[] { "Holt", "Union", "Baker" }));
    }

    // A heading above a paragraph that credits its quotation itself: the paragraph's own cue speaks.
    [Test]
    public void Predict_HeadingAboveAQuotationWithItsOwnCue_KeepsTheCue()
    {
        Quote q = Quotes("Budget Talks Resume\n\nSenate Budget Committee\n\n\"We will finish by Friday,\" said Senator Lena Weiss.")
            .Single(q => q.Kind == QuoteKind.Direct);

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo("Lena Weiss"));
            Assert.That(q.Rule, Is.Not.EqualTo(RuleIds.CreditLine));
        });
    }

    // A transcript's place line is no credit.
    [Test]
    public void Predict_PlaceLineAboveAQuotation_IsNoSpeaker()
    {
        Quote q = Quotes("Remarks by the Governor\n\nCalder City, Calder\n\n\"If you don't have an idea that changes a life, it is not worth much.\"")
            .Single(q => q.Kind == QuoteKind.Direct);

        Assert.That(q.Speaker, Is.Not.EqualTo("Calder City"));
    }
}
