using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Text;

/// <summary>The abbreviations the sentence splitter reads, from their data file <c>Text/abbreviations.txt</c>.</summary>
public class AbbreviationsTests
{
    [Test]
    public void DataFile_EveryLineIsAKnownKindAndEveryWordThatIsAlsoAWordIsAnAbbreviation()
    {
        string path = Path.Combine(RepositoryPaths.Root, "src", "PolicyTextAnalysis", "Text", "abbreviations.txt");
        string[][] lines = [.. File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))];
        string[] abbreviations = [.. lines.Where(l => l[0] != "also-word").Select(l => l[1])];

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.All.Length.EqualTo(2));
            Assert.That(lines.Select(l => l[0]).Distinct(), Is.EquivalentTo(new[] { "title", "other", "also-word" }));
            Assert.That(abbreviations, Is.Unique);
            Assert.That(lines.Where(l => l[0] == "also-word").Select(l => l[1]), Is.SubsetOf(abbreviations));
        });
    }

    [TestCase("Mr", true)]
    [TestCase("mr", true)]
    [TestCase("Inc", true)]
    [TestCase("Calif", true)]
    [TestCase("Miss", true)]
    [TestCase("miss", false)]
    [TestCase("sun", false)]
    [TestCase("house", false)]
    public void IsKnown_ReadsTheDataFile_AndOrdinaryWordsOnlyWhenCapitalised(string word, bool known)
    {
        Assert.That(Abbreviations.IsKnown(word), Is.EqualTo(known));
    }

    [TestCase("Gen", true)]
    [TestCase("Fmr", true)]
    [TestCase("Inc", false)]
    public void IsTitle_ReadsTheTitles(string word, bool title)
    {
        Assert.That(Abbreviations.IsTitle(word), Is.EqualTo(title));
    }
}
