using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>A quotation whose frame after it sets the speaker off from the cue with a phrase of its own (an apposition, a
/// relative clause, a participle), which the parse reads as an object of the quotation's verb.</summary>
public class QuotationFrameTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => AttributionTestPipeline.Quotes(text);

    [TestCase("“We have the votes,” the senator, who chairs the committee, said.", "senator")]
    [TestCase("“We have the votes,” Lena Weiss, a Democrat from Ohio, said on Tuesday.", "Lena Weiss")]
    [TestCase("“We have the votes,” Lena Weiss, who chairs the committee, told reporters.", "Lena Weiss")]
    [TestCase("“We have the votes,” the senator, speaking to reporters outside the chamber, said.", "senator")]
    [TestCase("“Is this the end?” the mayor, a former teacher, asked.", "mayor")]
    [TestCase("“We have the votes,” Rep. Lena Weiss (R-Calif.), a leading critic of the plan, told reporters before the hearing.", "Lena Weiss")]
    public void Predict_SpeakerSetOffFromTheCue_SpeaksTheQuotation(string text, string speaker)
    {
        Quote q = Quotes(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Direct));
            Assert.That(q.Text, Does.StartWith("We have the votes").Or.EqualTo("Is this the end?"));
            Assert.That(q.Rule, Is.EqualTo(RuleIds.ParentheticalCue));
        });
    }

    // The voice's own words, framed by its speech verb, are its claims, not a quote (the guide), and no one else's to
    // continue; a term it mentions stays a scare quote, and words it quotes or hears are someone else's.
    [TestCase("The governor called me. He said, “Come in.” And I told him, “I am far too young to run for the Senate.” He said, “Sit down.”",
        new[] { "Come in", "Sit down" })]
    [TestCase("The governor called me. He said, “Come in.” “I am far too young to run for the Senate,” I said.", new[] { "Come in" })]
    [TestCase("The talks will be long. When I say “protracted,” I mean years.", new[] { "protracted" })]
    [TestCase("One reader wrote to us. Another said, and I quote, “The form took me a minute on my phone.”", new[] { "The form took me a minute on my phone" })]
    // So are its thoughts; words it hears others say are theirs.
    [TestCase("The governor called me. He said, “Come in.” And I thought to myself, “The mayor is not just a liar. He is a one-man crime wave.”", new[] { "Come in" })]
    [TestCase("The governor called me. He said, “Come in.” But a lot of times I hear them saying, “What is happening today is truly scaring me.”",
        new[] { "Come in", "What is happening today is truly scaring me" })]
    public void Predict_TheVoicesOwnQuotedWords_AreNoQuote(string text, string[] quoted)
    {
        Assert.That(Quotes(text).Select(q => q.Text), Is.EqualTo(quoted));
    }

    // A quotation inside the cue's own subject names it; the cue reports the clause, and the description keeps the
    // quotation whole.
    [TestCase("The administration’s “maximum pressure” campaign shows that sanctions work.", "maximum pressure")]
    [TestCase("As the failure of the Calder administration’s “small yard, high fence” approach makes clear, it is not enough to protect our technology.",
        "small yard, high fence")]
    [TestCase("The agency deported an illegal immigrant “influencer” who infamously encouraged fellow immigrants to become squatters.", "influencer")]
    public void Predict_QuotationInTheCuesSubject_IsAScareQuote(string text, string quoted)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Single(q => q.Text == quoted).Kind, Is.EqualTo(QuoteKind.Scare));
            Assert.That(quotes.Where(q => q.Kind != QuoteKind.Scare).Select(q => q.Speaker), Has.None.StartsWith(","));
        });
    }
}
