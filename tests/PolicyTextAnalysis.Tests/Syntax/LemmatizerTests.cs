using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

public sealed class LemmatizerTests
{
    [TestCase("studies", "NOUN", "NNS", "study")]
    [TestCase("boxes", "NOUN", "NNS", "box")]
    [TestCase("tariffs", "NOUN", "NNS", "tariff")]
    [TestCase("crisis", "NOUN", "NN", "crisis")]
    [TestCase("running", "VERB", "VBG", "run")]
    [TestCase("hoped", "VERB", "VBD", "hope")]
    [TestCase("opposed", "VERB", "VBD", "oppose")]
    [TestCase("carried", "VERB", "VBD", "carry")]
    [TestCase("visited", "VERB", "VBD", "visit")]
    [TestCase("stopped", "VERB", "VBD", "stop")]
    [TestCase("making", "VERB", "VBG", "make")]
    [TestCase("says", "VERB", "VBZ", "say")]
    [TestCase("bigger", "ADJ", "JJR", "big")]
    [TestCase("happiest", "ADJ", "JJS", "happy")]
    [TestCase("Kabul", "PROPN", "NNP", "Kabul")]
    public void Lemma_ByRule(string form, string upos, string xpos, string lemma)
    {
        Assert.That(new Lemmatizer(new Dictionary<string, string>()).Lemma(form, upos, xpos), Is.EqualTo(lemma));
    }

    [Test]
    public void Lemma_Exception_WinsOverTheRule()
    {
        var lemmatizer = new Lemmatizer(new Dictionary<string, string> { [Lemmatizer.Key("went", "VERB")] = "go" });

        Assert.That(lemmatizer.Lemma("Went", "VERB", "VBD"), Is.EqualTo("go"));
    }
}
