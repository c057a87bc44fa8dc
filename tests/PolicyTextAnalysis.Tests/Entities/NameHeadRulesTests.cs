using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class NameHeadRulesTests
{
    [TestCase("ORG", "Summit", 4, "EVENT")]
    [TestCase("ORG", "Conference", 3, "EVENT")]
    [TestCase("LOC", "War", 3, "EVENT")]
    [TestCase("ORG", "Treaty", 3, "LAW")]
    [TestCase("ORG", "River", 2, "LOC")]
    [TestCase("LOC", "Institute", 2, "ORG")]
    public void Refine_NameOfTwoOrMoreWords_TakesItsHeadsType(string label, string head, int tokens, string expected)
    {
        Assert.That(NameHeadRules.Refine(label, head, tokens), Is.EqualTo(expected));
    }

    [TestCase("ORG", "Summit", 1)]
    [TestCase("ORG", "summit", 3)]
    [TestCase("DATE", "War", 3)]
    public void Refine_OneWordLowerCaseOrNumericName_KeepsItsLabel(string label, string head, int tokens)
    {
        Assert.That(NameHeadRules.Refine(label, head, tokens), Is.EqualTo(label));
    }
}
