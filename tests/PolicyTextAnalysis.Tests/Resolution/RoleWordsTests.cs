using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>The role finder's word classes come from a data file: the embedded one loads, and a bad line is a clear error.</summary>
public sealed class RoleWordsTests
{
    [TestCase("spokesman", true)]
    [TestCase("Minister", true)]
    [TestCase("plan", false)]
    public void IsHead_EmbeddedList_IgnoresCase(string word, bool expected)
    {
        Assert.That(RoleWords.IsHead(word), Is.EqualTo(expected));
    }

    [TestCase("interim", true)]
    [TestCase("Foreign", true)]
    [TestCase("happy", false)]
    public void IsModifier_EmbeddedList_IgnoresCase(string word, bool expected)
    {
        Assert.That(RoleWords.IsModifier(word), Is.EqualTo(expected));
    }

    [Test]
    public void IsOpener_SentenceAdverb_IsNoPartOfARole()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RoleWords.IsOpener("However"), Is.True);
            Assert.That(RoleWords.IsOpener("Taliban"), Is.False);
        });
    }

    [Test]
    public void Before_TitleWithModifiers_IsTheRolePhrase()
    {
        Document document = new PolicyTextAnalysis.Text.TextStage().Process(
            Document.FromText("Yesterday interim Prime Minister Lena Weiss spoke."), CancellationToken.None);

        Assert.That(RoleFinder.Before(document, 4, 0), Is.EqualTo("interim Prime Minister"));
    }

    [TestCase("# comment\nhead\tminister\nsurname\tSmith\n", "line 3")]
    [TestCase("head minister\n", "line 1")]
    public void Parse_BadLine_NamesTheLine(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => RoleWords.Parse(new StringReader(text)));
        Assert.That(error!.Message, Does.Contain(where));
    }
}
