using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>The kinship nouns of <c>Resolution/Lexicons/kinship-nouns.txt</c>.</summary>
public class KinshipNounsTests
{
    [TestCase("son", true)]
    [TestCase("Daughter", true)]
    [TestCase("widow", true)]
    [TestCase("senator", false)]
    [TestCase("friend", false)]
    public void Contains_ReadsTheDataFile(string word, bool kin)
    {
        Assert.That(KinshipNouns.Contains(word), Is.EqualTo(kin));
    }
}
