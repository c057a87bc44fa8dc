using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>The detokenising of LitBank's pre-tokenised lines, which the quote spans and mentions are carried through.</summary>
public sealed class LitBankTextTests
{
    [Test]
    public void Parse_PunctuationCliticsAndQuotes_AreGluedAndTokensKeepTheirSpans()
    {
        LitBankText t = LitBankText.Parse("\" I 'm not well , Florence . \"\nHe did n't ( quite ) say “ so . ”");

        Assert.That(t.Text, Is.EqualTo("\"I'm not well, Florence.\" He didn't (quite) say “so.”"));
        TextSpan florence = t.Tokens[0][6];
        Assert.That(t.Text[florence.Start..florence.End], Is.EqualTo("Florence"));
        Assert.That(t.FromRaw(18, 26), Is.EqualTo(florence), "raw offsets of 'Florence' map to the new text");
        Assert.That(t.FromRaw(19, 26), Is.Null, "not a token edge");
    }
}
