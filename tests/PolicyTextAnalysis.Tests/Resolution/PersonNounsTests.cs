using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class PersonNounsTests
{
    [TestCase("friend", true)]
    [TestCase("Colleague", true)]
    [TestCase("nurse", true)]
    [TestCase("official", true)]
    [TestCase("report", false)]
    [TestCase("committee", false)]
    [TestCase("party", false)]
    [TestCase("aaron", false)]
    public void Contains_PersonNounsOnly(string lemma, bool expected) => Assert.That(PersonNouns.Contains(lemma), Is.EqualTo(expected));

    [Test]
    public void Parse_LineWithAnotherKind_ThrowsFormatNamingTheLine()
    {
        using var reader = new StringReader("# comment\nperson\tfriend\nrole\tminister\n");
        Assert.That(() => PersonNouns.Parse(reader), Throws.InstanceOf<FormatException>().With.Message.Contains("line 3"));
    }
}
