using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>The speaker locator's word classes come from a data file: the embedded one loads, and a bad line is a clear error.</summary>
public sealed class SpeakerWordsTests
{
    [TestCase("However", true)]
    [TestCase("OFFICIALS", true)]
    [TestCase("Weiss", false)]
    public void IsNotName_EmbeddedList_IgnoresCase(string word, bool expected)
    {
        Assert.That(SpeakerWords.IsNotName(word), Is.EqualTo(expected));
    }

    [TestCase("bin", true)]
    [TestCase("Bin", false)]
    public void IsNameParticle_EmbeddedList_ComparesAsWritten(string word, bool expected)
    {
        Assert.That(SpeakerWords.IsNameParticle(word), Is.EqualTo(expected));
    }

    [TestCase("Majority", true)]
    [TestCase("people", false)]
    public void IsPartitive_EmbeddedList_IgnoresCase(string word, bool expected)
    {
        Assert.That(SpeakerWords.IsPartitive(word), Is.EqualTo(expected));
    }

    // A noun of quantity says how many; its "of" phrase says who speaks, and the description keeps both.
    [TestCase("A lot of people say the water law is too weak.", "lot of people")]
    [TestCase("The vast majority of the council believes that the water law is too weak.", "vast majority of the council")]
    public void Predict_QuantityOfPeopleSpeaking_DescribesThemWithTheirOfPhrase(string text, string speaker)
    {
        Assert.That(AttributionTestPipeline.Quotes(text).Select(q => q.Speaker), Is.EqualTo(new[] { speaker }));
    }

    [TestCase("# comment\nnot-name\tthe\nsurname\tSmith\n", "line 3")]
    [TestCase("not-name the\n", "line 1")]
    public void Parse_BadLine_NamesTheLine(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => SpeakerWords.Parse(new StringReader(text)));
        Assert.That(error!.Message, Does.Contain(where));
    }
}
