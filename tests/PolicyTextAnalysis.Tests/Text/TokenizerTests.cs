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
    [TestCase("write to kent.shoemaker@mail.example.com.", new[] { "write", "to", "kent.shoemaker@mail.example.com", "." })]
    [TestCase("e.g. j.doe+news@example.org", new[] { "e.g.", "j.doe+news@example.org" })]
    public void Tokenize_UrlAndEmail_StayWhole(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("re-elected non-profit e-mail", new[] { "re-elected", "non-profit", "e-mail" })]
    [TestCase("anti-establishment co-founder", new[] { "anti-establishment", "co-founder" })]
    [TestCase("a 10-year well-known plan", new[] { "a", "10", "-", "year", "well", "-", "known", "plan" })]
    [TestCase("Anwar-ul-Haq", new[] { "Anwar", "-", "ul", "-", "Haq" })]
    [TestCase("pro-Beijing-backed", new[] { "pro-Beijing", "-", "backed" })]
    [TestCase("call 713-654-0365 or 571-9571, ext 3-1663", new[] { "call", "713-654-0365", "or", "571-9571", ",", "ext", "3-1663" })]
    [TestCase("in 1990-1995 and 10-12", new[] { "in", "1990", "-", "1995", "and", "10", "-", "12" })]
    public void Tokenize_HyphenModeSplit_KeepsBoundPrefixesOnly(string text, string[] expected)
    {
        Assert.That(Tokens(text, HyphenMode.Split), Is.EqualTo(expected));
    }

    [TestCase("you cannot go", new[] { "you", "can", "not", "go" })]
    [TestCase("Cannot stop", new[] { "Can", "not", "stop" })]
    [TestCase("we're gonna win", new[] { "we", "'re", "gon", "na", "win" })]
    [TestCase("I gotta go", new[] { "I", "got", "ta", "go" })]
    [TestCase("they can't", new[] { "they", "ca", "n't" })]
    [TestCase("it won’t", new[] { "it", "wo", "n’t" })]
    [TestCase("they don`t", new[] { "they", "do", "n`t" })]
    [TestCase("the 1930's crisis", new[] { "the", "1930's", "crisis" })]
    [TestCase("It 's fine , I 'm sure", new[] { "It", "'s", "fine", ",", "I", "'m", "sure" })]
    public void Tokenize_FusedForms_SplitLikePennTreebank(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("``Yes,'' he said", new[] { "``", "Yes", ",", "''", "he", "said" })]
    [TestCase("'good' ideas", new[] { "'", "good", "'", "ideas" })]
    [TestCase("«non», dit-il", new[] { "«", "non", "»", ",", "dit-il" })]
    [TestCase("(TTP, banned)", new[] { "(", "TTP", ",", "banned", ")" })]
    [TestCase("[sic]", new[] { "[", "sic", "]" })]
    [TestCase("consistent [...] the", new[] { "consistent", "[...]", "the" })]
    public void Tokenize_QuotesAndBrackets_AreSplitOff(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("and/or", new[] { "and", "/", "or" })]
    [TestCase("Muslim / non-Muslim", new[] { "Muslim", "/", "non-Muslim" })]
    [TestCase("open 24/7", new[] { "open", "24/7" })]
    [TestCase("on 9/11", new[] { "on", "9/11" })]
    public void Tokenize_Slash_SplitsBetweenWordsOnly(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("at 6:00am sharp", new[] { "at", "6:00", "am", "sharp" })]
    [TestCase("a 10km walk", new[] { "a", "10", "km", "walk" })]
    [TestCase("US$ 20,000 bail", new[] { "US$", "20,000", "bail" })]
    [TestCase("about 5,000km", new[] { "about", "5,000", "km" })]
    [TestCase("24th of May", new[] { "24th", "of", "May" })]
    public void Tokenize_NumberWithUnit_SplitsTheUnit(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("Daily et al. said", new[] { "Daily", "et", "al.", "said" })]
    [TestCase("Acme Inc. The firm", new[] { "Acme", "Inc.", "The", "firm" })]
    [TestCase("Gen. Munir", new[] { "Gen.", "Munir" })]
    [TestCase("No. 5 and no. Then", new[] { "No.", "5", "and", "no", ".", "Then" })]
    [TestCase("e.g. this", new[] { "e.g.", "this" })]
    [TestCase("the end.", new[] { "the", "end", "." })]
    [TestCase("which Governor(s) do", new[] { "which", "Governor(s)", "do" })]
    public void Tokenize_Abbreviations_KeepPeriodOnlyWhenKnown(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("• Peace\n• Trade", new[] { "•", "Peace", "•", "Trade" })]
    [TestCase("- first\n- second", new[] { "-", "first", "-", "second" })]
    [TestCase("either 1) stay or 2) go", new[] { "either", "1)", "stay", "or", "2)", "go" })]
    [TestCase("sins: a) leaving b) refusing", new[] { "sins", ":", "a)", "leaving", "b)", "refusing" })]
    [TestCase("(see 2) here", new[] { "(", "see", "2", ")", "here" })]
    [TestCase("* item", new[] { "*", "item" })]
    public void Tokenize_LineInitialBullets_AreOwnTokens(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("sites such as Gawker.com have", new[] { "sites", "such", "as", "Gawker.com", "have" })]
    [TestCase("— CBC.ca, August", new[] { "—", "CBC.ca", ",", "August" })]
    [TestCase("the hashtag #IStandWithAhmed spread", new[] { "the", "hashtag", "#IStandWithAhmed", "spread" })]
    [TestCase("his @POTUS account", new[] { "his", "@POTUS", "account" })]
    [TestCase("the #1 song", new[] { "the", "#", "1", "song" })]
    [TestCase("right? :) It", new[] { "right", "?", ":)", "It" })]
    [TestCase("see report.pdf now", new[] { "see", "report.pdf", "now" })]
    [TestCase("the irc.example.net server", new[] { "the", "irc.example.net", "server" })]
    [TestCase("attach Lisa_resume.doc", new[] { "attach", "Lisa_resume.doc" })]
    [TestCase("ended.The next", new[] { "ended", ".", "The", "next" })]
    public void Tokenize_WebForms_StayWhole(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
    }

    [TestCase("pre- and post-war", new[] { "pre-", "and", "post-war" })]
    [TestCase("twice -- once", new[] { "twice", "--", "once" })]
    [TestCase("customer service- we", new[] { "customer", "service", "-", "we" })]
    public void Tokenize_SuspendedHyphen_StaysOnItsWord(string text, string[] expected)
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
