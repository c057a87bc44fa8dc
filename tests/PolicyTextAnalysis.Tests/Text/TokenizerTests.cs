using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text, HyphenMode mode = HyphenMode.Keep) =>
        [.. new Tokenizer(mode).Tokenize(text).Select(t => t.Text)];

    [TestCase("Anwar-ul-Haq Kakar", new[] { "Anwar-ul-Haq", "Kakar" })]
    [TestCase("Tehreek-e-Taliban Pakistan (TTP)", new[] { "Tehreek-e-Taliban", "Pakistan", "(", "TTP", ")" })]
    [TestCase("June-September 2022", new[] { "June-September", "2022" })]
    public void Tokenize_HyphenatedWord_KeepsOneToken(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_HyphenModeSplit_SplitsLikeUniversalDependencies()
    {
        Assert.That(Tokens("long-term plan", HyphenMode.Split), Is.EqualTo(new[] { "long", "-", "term", "plan" }));
    }

    [TestCase("after the U.S. invasion", new[] { "after", "the", "U.S.", "invasion" })]
    [TestCase("Mr. Khan and Dr. Omar", new[] { "Mr.", "Khan", "and", "Dr.", "Omar" })]
    [TestCase("the U.N. said", new[] { "the", "U.N.", "said" })]
    [TestCase("on Jan. 5", new[] { "on", "Jan.", "5" })]
    [TestCase("George W. Bush", new[] { "George", "W.", "Bush" })]
    public void Tokenize_Abbreviation_KeepsItsPeriod(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("more than 2,300 people", new[] { "more", "than", "2,300", "people" })]
    [TestCase("about 1.7 million", new[] { "about", "1.7", "million" })]
    [TestCase("by 60%,", new[] { "by", "60", "%", "," })]
    [TestCase("$4.5bn", new[] { "$", "4.5bn" })]
    [TestCase("at 10:30 today", new[] { "at", "10:30", "today" })]
    [TestCase("items 1,2 and 3", new[] { "items", "1", ",", "2", "and", "3" })]
    public void Tokenize_Number_KeepsSeparatorsInside(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("Pakistan's decision", new[] { "Pakistan", "'s", "decision" })]
    [TestCase("the Taliban’s takeover", new[] { "the", "Taliban", "’s", "takeover" })]
    [TestCase("they don't know", new[] { "they", "do", "n't", "know" })]
    [TestCase("we'll see", new[] { "we", "'ll", "see" })]
    [TestCase("O'Brien said", new[] { "O'Brien", "said" })]
    public void Tokenize_Apostrophe_SplitsCliticsOnly(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("said that \"peace in Afghanistan.\"", new[] { "said", "that", "\"", "peace", "in", "Afghanistan", ".", "\"" })]
    [TestCase("“good” and ‘bad’", new[] { "“", "good", "”", "and", "‘", "bad", "’" })]
    [TestCase("two short–term ceasefires — twice", new[] { "two", "short", "–", "term", "ceasefires", "—", "twice" })]
    [TestCase("Wait... what?!", new[] { "Wait", "...", "what", "?!" })]
    public void Tokenize_QuotesAndDashes_AreSeparateTokens(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("see https://example.org/a?b=c. Then", new[] { "see", "https://example.org/a?b=c", ".", "Then" })]
    [TestCase("mail press@example.com today", new[] { "mail", "press@example.com", "today" })]
    public void Tokenize_UrlAndEmail_StayWhole(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_Emoji_NeverCutsASurrogatePair()
    {
        string text = "Peace 👍🏽 now 🇵🇰!";

        TokenList tokens = Tokenizer.Default.Tokenize(text);

        foreach (Token t in tokens)
        {
            Assert.That(char.IsLowSurrogate(text[t.Start]), Is.False, $"token '{t.Text}' starts inside a pair");
            Assert.That(char.IsHighSurrogate(text[t.End - 1]), Is.False, $"token '{t.Text}' ends inside a pair");
        }
    }

    [Test]
    public void Tokenize_SourceText_TokensAreOrderedNonEmptyAndNeverCoverWhitespace()
    {
        string text = SourceText.Value;

        TokenList tokens = Tokenizer.Default.Tokenize(text);

        Assert.That(tokens, Has.Count.GreaterThan(1000));
        int previousEnd = 0;
        foreach (Token t in tokens)
        {
            Assert.That(t.Start, Is.GreaterThanOrEqualTo(previousEnd));
            Assert.That(t.End, Is.GreaterThan(t.Start));
            Assert.That(t.Chars.ContainsAny(" \n\t"), Is.False);
            previousEnd = t.End;
        }
    }

    [TestCase('.')]
    [TestCase('"')]
    [TestCase('-')]
    [TestCase('\'')]
    [TestCase('(')]
    public void Tokenize_HundredThousandOfOneMark_CompletesAndCoversAll(char mark)
    {
        string text = new(mark, 100_000);

        TokenList tokens = Tokenizer.Default.Tokenize(text);

        Assert.That(tokens.Ends[tokens.Count - 1], Is.EqualTo(text.Length));
    }
}
