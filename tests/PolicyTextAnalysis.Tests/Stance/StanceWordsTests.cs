using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

public class StanceWordsTests
{
    [Test]
    public void Parse_ReadsSectionsAndSkipsComments()
    {
        var sets = StanceWords.Parse(new StringReader("# comment\n[negators]\nnot never\nno\n\n[pronouns]\nthem they\n"));

        Assert.That(sets["negators"], Is.EquivalentTo(new[] { "not", "never", "no" }));
        Assert.That(sets["pronouns"], Is.EquivalentTo(new[] { "them", "they" }));
    }

    [TestCase("words\n[set]\na")]
    [TestCase("[set]\na\n[set]\nb")]
    public void Parse_RejectsMalformedFiles(string text)
    {
        Assert.That(() => StanceWords.Parse(new StringReader(text)), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void EmbeddedFile_HasEverySetTheExtractorReads()
    {
        // Reading the extractor's static fields loads every set it names; a missing section throws.
        Assert.That(() => RelationExtractor.Default, Throws.Nothing);
        Assert.That(StanceWords.Set("relation.negators"), Does.Contain("not"));
        Assert.That(() => StanceWords.Set("no-such-set"), Throws.TypeOf<InvalidOperationException>());
    }
}
