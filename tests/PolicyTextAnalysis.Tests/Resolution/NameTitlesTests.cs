using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>Courtesy forms and titles come from a data file: the embedded one loads, and a bad line is a clear error.</summary>
public sealed class NameTitlesTests
{
    [TestCase("Mr.", true, false)]
    [TestCase("dr", true, false)]
    [TestCase("Gen.", true, true)]
    [TestCase("President", true, true)]
    [TestCase("Senate", false, false)]
    public void IsHonorificAndIsTitle_EmbeddedList_IgnoreCaseAndPeriod(string word, bool honorific, bool title)
    {
        Assert.Multiple(() =>
        {
            Assert.That(NameForms.IsHonorific(word), Is.EqualTo(honorific));
            Assert.That(NameForms.IsTitle(word), Is.EqualTo(title));
        });
    }

    [Test]
    public void PersonalTitles_HoldPeopleOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RoleWords.PersonHeads.Contains("Spokeswoman"), Is.True);
            Assert.That(RoleWords.PersonHeads.Contains("leader"), Is.False);
            Assert.That(RoleWords.PersonModifiers.Contains("supreme"), Is.True);
        });
    }

    [TestCase("# comment\ntitle\tgeneral\nrank\tcolonel\n", "line 3")]
    [TestCase("courtesy mr\n", "line 1")]
    public void Parse_BadLine_NamesTheLine(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => NameForms.Parse(new StringReader(text)));
        Assert.That(error!.Message, Does.Contain(where));
    }
}
