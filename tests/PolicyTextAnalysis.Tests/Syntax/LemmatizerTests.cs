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

    [TestCase("praised", "VBD", "praise")]
    [TestCase("praising", "VBG", "praise")]
    [TestCase("visited", "VBD", "visit")]
    [TestCase("denounced", "VBN", "denounc")]
    public void Lemma_KnownWords_GiveAnUnknownStemItsFinalE(string form, string xpos, string lemma)
    {
        // "denounce" is not a known word here, so the rule's stem stands.
        var known = new HashSet<string> { "praise", "visit", "visited" };
        Lemmatizer lemmatizer = new Lemmatizer(new Dictionary<string, string>()).WithKnownWords(known.Contains);

        Assert.That(lemmatizer.Lemma(form, "VERB", xpos), Is.EqualTo(lemma));
    }

    [TestCase("praised", "praise")]
    [TestCase("violated", "violate")]
    public void Lemma_BundledModel_UsesTheTaggersWords(string form, string lemma)
    {
        Assert.That(SyntaxModel.Default!.Lemmatizer.Lemma(form, "VERB", "VBD"), Is.EqualTo(lemma));
    }
}
