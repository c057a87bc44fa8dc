using PolicyTextAnalysis.Training;
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
    [TestCase("PERSON", "Health", 2, "ORG")]
    [TestCase("PERSON", "Healthcare", 3, "ORG")]
    [TestCase("GPE", "Inc.", 3, "ORG")]
    [TestCase("PRODUCT", "Pharmaceuticals", 2, "ORG")]
    [TestCase("PERSON", "Room", 2, "FAC")]
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

    [Test]
    public void HeadWords_AreReadFromTheDataFile_OnePerKind()
    {
        // Every line of Entities/name-heads.txt is a known kind and a word; a word in two kinds would make the order matter.
        string path = Path.Combine(RepositoryPaths.Root, "src", "PolicyTextAnalysis", "Entities", "name-heads.txt");
        string[][] lines = [.. File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))];

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.All.Length.EqualTo(2));
            Assert.That(lines.Select(l => l[0]).Distinct(), Is.EquivalentTo(new[] { "law", "event", "loc", "fac", "org", "condition", "people" }));
            Assert.That(lines.GroupBy(l => l[1]).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
            Assert.That(NameHeadRules.IsLawHead("Treaty"), Is.True);
            Assert.That(NameHeadRules.IsConditionNoun("disease"), Is.True);
        });
    }
}
