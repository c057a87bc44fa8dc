using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

public class QuoteScannerTests
{
    private static string[] Contents(string text) =>
        [.. QuoteScanner.Scan(text).Select(q => text[q.Start..q.End])];

    [TestCase("He said \"yes\" and left.", new[] { "yes" })]
    [TestCase("He said “yes” and left.", new[] { "yes" })]
    [TestCase("“One,” she said, “two.”", new[] { "One", "two" })]
    [TestCase("\"First sentence. Second sentence,\" he said.", new[] { "First sentence. Second sentence" })]
    [TestCase("A „low-high” pair and «guillemets» too.", new[] { "low-high", "guillemets" })]
    [TestCase("Quotes \"good\" and \"bad.\"", new[] { "good", "bad" })]
    public void Scan_PairedMarks_ReturnsContents(string text, string[] expected)
    {
        Assert.That(Contents(text), Is.EqualTo(expected));
    }

    [TestCase("He said \"this never ends. It goes on.\nNext paragraph here.", new[] { "this never ends. It goes on" })]
    [TestCase("“Open one and “open two” closed.", new[] { "Open one and", "open two" })]
    [TestCase("Stray close” here and then “a real one”.", new[] { "a real one" })]
    [TestCase("“Curly open, straight close\" works.", new[] { "Curly open, straight close" })]
    // Markup left in the text: an attribute's value is no quotation, and the marks still pair.
    [TestCase("<img src=\"photo.jpg\" alt=\"The President speaks\"> He said \"yes\".", new[] { "yes" })]
    [TestCase("\"", new string[0])]
    [TestCase("\"\"", new string[0])]
    [TestCase("", new string[0])]
    public void Scan_BadInput_StaysWithinParagraphAndDoesNotThrow(string text, string[] expected)
    {
        Assert.That(Contents(text), Is.EqualTo(expected));
    }

    // A mis-spaced closing mark (space before, letter after) closes the open quote when reading it as an opening mark
    // would leave a quote open to the end of the paragraph; a missing closing mark still ends its quote at the next opening.
    [TestCase("I feel awkward being like \"what's up guys, \"like, I don't know when my neighbours are out. So I wait.", new[] { "what's up guys" })]
    [TestCase("Her video \"How To Avoid It \"was featured by the Times. She stated, \"I'm sick of it\"; it had views.", new[] { "How To Avoid It", "I'm sick of it" })]
    [TestCase("He said \"yes and left. Then \"no\" came.", new[] { "yes and left. Then", "no" })]
    public void Scan_StraightMarks_TakeTheDirectionsThatPairThemBest(string text, string[] expected)
    {
        Assert.That(Contents(text), Is.EqualTo(expected));
    }

    [Test]
    public void Scan_QuoteReopenedAtEachParagraph_SpansTheParagraphs()
    {
        string text = "He wrote: \"First paragraph.\n\"Second paragraph.\n\"Third and last.\" Then he stopped.";

        QuoteScanner.QuoteSpan span = QuoteScanner.Scan(text).Single();

        Assert.That(text[span.Start..span.End], Is.EqualTo("First paragraph.\n\"Second paragraph.\n\"Third and last"));
    }

    [Test]
    public void Scan_QuoteOpenOverManyParagraphsWithoutReopening_EndsAtItsParagraph()
    {
        string text = "\"Never closed here.\n" + string.Concat(Enumerable.Repeat("Plain paragraph.\n", 1000)) + "Finally\" closed.";

        QuoteScanner.QuoteSpan span = QuoteScanner.Scan(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(span.Closed, Is.False);
            Assert.That(text[span.Start..span.End], Is.EqualTo("Never closed here"));
        });
    }

    [TestCase("\"")]
    [TestCase("“")]
    [TestCase("”")]
    [TestCase("\" ")]
    [TestCase("a\"")]
    public void Scan_TenThousandMarksInARow_ReturnsNoEmptyQuoteAndNeverThrows(string unit)
    {
        string text = "Start " + string.Concat(Enumerable.Repeat(unit, 10_000)) + " end.";

        List<QuoteScanner.QuoteSpan> spans = QuoteScanner.Scan(text);

        Assert.That(spans.All(s => s.End > s.Start && s.End - s.Start <= text.Length), Is.True);
    }
}
