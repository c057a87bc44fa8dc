using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

public class TagDictionaryTests
{
    [Test]
    public void WriteThenRead_KeepsEveryClass()
    {
        var dictionary = new TagDictionary(new Dictionary<ulong, uint> { [WordHashes.Of("that").Word] = 0b1011, [WordHashes.Of("plan").Word] = 0b100 });
        TagDictionary read = BinaryRoundTrip.Of(dictionary.Write, TagDictionary.Read);

        Assert.Multiple(() =>
        {
            Assert.That(read.Count, Is.EqualTo(2));
            Assert.That(read.ClassOf(WordHashes.Of("That").Word), Is.EqualTo(0b1011u), "keyed by the normalised word");
            Assert.That(read.ClassOf(WordHashes.Of("plan").Word), Is.EqualTo(0b100u));
            Assert.That(read.ClassOf(WordHashes.Of("unseen").Word), Is.Zero);
        });
    }

    [TestCase(-1)]
    [TestCase(int.MaxValue)]
    public void Read_BadSize_ThrowsInvalidData(int count)
    {
        using var stream = new MemoryStream(BitConverter.GetBytes(count));
        using var reader = new BinaryReader(stream);

        Assert.That(() => TagDictionary.Read(reader), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("tag dictionary"));
    }

    [Test]
    public void BundledTagger_KnowsTheAmbiguityOfCommonWords()
    {
        PosTagger tagger = SyntaxModel.Default!.Tagger;
        uint that = tagger.Dictionary.ClassOf(WordHashes.Of("that").Word);
        uint bitsOfThat = 0;
        for (int c = 0; c < tagger.Classes.Count; c++)
        {
            if (tagger.Universal[c] is "DET" or "PRON" or "SCONJ")
            {
                bitsOfThat |= tagger.ClassBits[c];
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(tagger.Dictionary.Count, Is.GreaterThan(10_000));
            Assert.That(that & bitsOfThat, Is.EqualTo(bitsOfThat), "'that' is seen as determiner, pronoun and subordinator");
        });
    }
}
