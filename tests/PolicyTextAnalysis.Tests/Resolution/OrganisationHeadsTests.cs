using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>Organisation head words come from a data file: the embedded one loads, and a bad line is a clear error.</summary>
public sealed class OrganisationHeadsTests
{
    [TestCase("Party", true)]
    [TestCase("hospital", true)]
    [TestCase("Post", false)]
    [TestCase("Smith", false)]
    public void Contains_EmbeddedList_IgnoresCase(string word, bool expected)
    {
        Assert.That(OrganisationHeads.Contains(word), Is.EqualTo(expected));
    }

    [TestCase("Rivermouth Children's Hospital", EntityLabels.Organization)]
    [TestCase("Toronto Star", EntityLabels.Organization)]
    [TestCase("Emily Post", EntityLabels.Person)]
    public void Apply_PersonEndingInAHead_BecomesAnOrganisation(string name, string expected)
    {
        var names = new List<EntityMention> { new() { Text = name, Label = EntityLabels.Person, Start = 0, End = name.Length, Canonical = name } };
        OrganisationHeads.Apply(names, KnowledgeBase.Default);
        Assert.That(names[0].Label, Is.EqualTo(expected));
    }

    [TestCase("# comment\nhead\tparty\nsurname\tSmith\n", "line 3")]
    [TestCase("head party\n", "line 1")]
    public void Parse_BadLine_NamesTheLine(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => OrganisationHeads.Parse(new StringReader(text)));
        Assert.That(error!.Message, Does.Contain(where));
    }
}
