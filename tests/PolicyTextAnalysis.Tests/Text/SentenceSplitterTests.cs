using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        TokenList tokens = Tokenizer.Default.Tokenize(text);
        return [.. SentenceSplitter.Default.Split(text, tokens).Select(s => text[s.Start..s.End])];
    }

    [TestCase("He left. She stayed.", new[] { "He left.", "She stayed." })]
    [TestCase("Why? Because! Fine...", new[] { "Why?", "Because!", "Fine..." })]
    [TestCase("Is it? \"Yes.\" Then go.", new[] { "Is it?", "\"Yes.\"", "Then go." })]
    [TestCase("one, two; three: four.", new[] { "one, two; three: four." })]
    public void Split_TerminalPunctuation_EndsSentences(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    // A speaker label opening a line is no part of its turn's first sentence; a colon elsewhere ends nothing.
    [TestCase("MS. LORIMER: Good afternoon. We begin.", new[] { "MS. LORIMER:", "Good afternoon.", "We begin." })]
    [TestCase("Q Thanks. Is the plan dead?", new[] { "Q", "Thanks.", "Is the plan dead?" })]
    [TestCase("Ann Lee (Bristol West) (Lab): The Minister says so.", new[] { "Ann Lee (Bristol West) (Lab):", "The Minister says so." })]
    [TestCase("He said one thing: THE PLAN: more.", new[] { "He said one thing: THE PLAN: more." })]
    public void Split_SpeakerLabel_IsItsOwnSentence(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("Mr. Khan met Dr. Omar. They talked.", new[] { "Mr. Khan met Dr. Omar.", "They talked." })]
    [TestCase("after the U.S. invasion of Iraq.", new[] { "after the U.S. invasion of Iraq." })]
    [TestCase("He moved to the U.S. The move paid off.", new[] { "He moved to the U.S.", "The move paid off." })]
    [TestCase("Talks at the U.N. ended. Both left.", new[] { "Talks at the U.N. ended.", "Both left." })]
    [TestCase("It was sold on Jan. 5 to Acme Inc. The deal closed.", new[] { "It was sold on Jan. 5 to Acme Inc.", "The deal closed." })]
    [TestCase("George W. Bush spoke.", new[] { "George W. Bush spoke." })]
    [TestCase("See Daily et al. for details.", new[] { "See Daily et al. for details." })]
    public void Split_Abbreviations_EndASentenceOnlyBeforeAnOpener(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("call them today. they haven't heard from you.", new[] { "call them today.", "they haven't heard from you." })]
    [TestCase("where did you grow up? india?", new[] { "where did you grow up?", "india?" })]
    [TestCase("\"Why?\" he asked.", new[] { "\"Why?\" he asked." })]
    [TestCase("Prices rose, e.g. for fuel, and fell again... and then rose.", new[] { "Prices rose, e.g. for fuel, and fell again... and then rose." })]
    [TestCase("Smith v. the State was decided in 2001.", new[] { "Smith v. the State was decided in 2001." })]
    public void Split_LoneMarkBeforeLowerCase_EndsASentence(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("He said \"the plan failed.\" Then he left.", new[] { "He said \"the plan failed.\"", "Then he left." })]
    [TestCase("He said “no.” Then he left.", new[] { "He said “no.”", "Then he left." })]
    [TestCase("It ended (finally.) Good.", new[] { "It ended (finally.)", "Good." })]
    [TestCase("a “nightmare for us” sums it up.", new[] { "a “nightmare for us” sums it up." })]
    [TestCase("good and \"bad.\" Twenty years later", new[] { "good and \"bad.\"", "Twenty years later" })]
    public void Split_ClosingQuotesAndBrackets_StayWithTheirSentence(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("Talks collapse in Geneva\nThe talks collapsed today.", new[] { "Talks collapse in Geneva", "The talks collapsed today." })]
    [TestCase("It ends here.\nJane Doe\nJane Doe is a fellow at the Institute.", new[] { "It ends here.", "Jane Doe", "Jane Doe is a fellow at the Institute." })]
    [TestCase("First part\n\nsecond part", new[] { "First part", "second part" })]
    [TestCase("Goals:\n• Peace\n• Trade", new[] { "Goals:", "• Peace", "• Trade" })]
    public void Split_LineBreaks_EndHeadlinesBylinesAndParagraphs(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [Test]
    public void Split_HardWrappedText_DoesNotBreakAtLineEnds()
    {
        string text = "The government said on Monday that it\nwould not support the regime and that\nall aid would stop. Officials agreed\nwith the decision.";

        Assert.That(Sentences(text), Is.EqualTo(new[]
        {
            "The government said on Monday that it\nwould not support the regime and that\nall aid would stop.",
            "Officials agreed\nwith the decision.",
        }));
    }

    [TestCase("Ants heal themselves Tuesday, September 1, 2015 Researchers said so.", new[] { "Ants heal themselves", "Tuesday, September 1, 2015", "Researchers said so." })]
    [TestCase("It happened on Tuesday, September 1, 2015 in Paris.", new[] { "It happened on Tuesday, September 1, 2015 in Paris." })]
    public void Split_Dateline_IsItsOwnSentence(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("WASHINGTON — The minister said talks would resume.", new[] { "WASHINGTON —", "The minister said talks would resume." })]
    [TestCase("Intro.\n\nKABUL, Afghanistan (Reuters) - Talks resumed.", new[] { "Intro.", "KABUL, Afghanistan (Reuters) -", "Talks resumed." })]
    [TestCase("NEW YORK, N.Y. – Prices rose.", new[] { "NEW YORK, N.Y. –", "Prices rose." })]
    [TestCase("The talks — which NATO backed — failed.", new[] { "The talks — which NATO backed — failed." })]
    [TestCase("It failed, said NATO - and so did we.", new[] { "It failed, said NATO - and so did we." })]
    [TestCase("Washington — the city — slept.", new[] { "Washington — the city — slept." })]
    [TestCase("PS -- There is a happy hour tonight.", new[] { "PS -- There is a happy hour tonight." })]
    public void Split_PlaceDatelineOpeningAParagraph_IsItsOwnSentence(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [TestCase("Go on, right? :) It worked.", new[] { "Go on, right? :)", "It worked." })]
    [TestCase("Use eBay. wikiHow helps.", new[] { "Use eBay.", "wikiHow helps." })]
    [TestCase("Visit example.com today. Then rest.", new[] { "Visit example.com today.", "Then rest." })]
    [TestCase("Version 1.7 shipped. It works.", new[] { "Version 1.7 shipped.", "It works." })]
    public void Split_InformalMarks_AreHandled(string text, string[] expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [Test]
    public void Split_Empty_ReturnsNoSentences()
    {
        Assert.That(Sentences(""), Is.Empty);
    }

    [Test]
    public void Split_SourceText_HeadlineIsOneSentence()
    {
        string text = SourceText.Value;
        string headline = text[..text.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r');

        Assert.That(Sentences(text)[0], Is.EqualTo(headline));
    }

    [Test]
    public void Split_SourceText_BylineIsItsOwnSentence()
    {
        Assert.That(Sentences(SourceText.Value), Does.Contain("Larisa Shashok"));
    }

    [Test]
    public void Split_SourceText_QuotedNightmareStaysInsideItsSentence()
    {
        // The quotation ends mid-sentence ("... a nightmare for Pakistan" sums up ...): the closing quote
        // belongs to the sentence, which runs on to its own full stop.
        string sentence = Sentences(SourceText.Value).Single(s => s.Contains("a nightmare for Pakistan\"", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(sentence, Does.StartWith("The recent statement by Pakistan's Special Envoy"));
            Assert.That(sentence, Does.EndWith("sums up two decades of tolerance in Islamabad."));
        });
    }

    [Test]
    public void Split_SourceText_SentenceEndingInsideQuotesClosesAfterTheQuote()
    {
        string[] sentences = Sentences(SourceText.Value);

        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Some.EndsWith("resulting in the deaths of more than 2,300 people.\""));
            Assert.That(sentences, Has.Some.EndsWith("an unspoken division into \"good\" and \"bad.\""));
        });
    }

    [Test]
    public void Split_SourceText_UsInvasionDoesNotSplit()
    {
        string[] sentences = Sentences(SourceText.Value);

        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Some.Contains("assistance after the U.S. invasion of Afghanistan"));
            Assert.That(sentences.Where(s => s.EndsWith("U.S.", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [TestCase('.')]
    [TestCase('"')]
    [TestCase('-')]
    [TestCase('!')]
    [TestCase('\n')]
    public void Split_HundredThousandOfOneMark_CoversEveryToken(char mark)
    {
        string text = "Start " + new string(mark, 100_000) + " end";
        TokenList tokens = Tokenizer.Default.Tokenize(text);

        IReadOnlyList<Sentence> sentences = SentenceSplitter.Default.Split(text, tokens);

        Assert.That(sentences.Sum(s => s.TokenCount), Is.EqualTo(tokens.Count));
    }
}
