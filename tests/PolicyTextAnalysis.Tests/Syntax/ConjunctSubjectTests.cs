using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>Which verb's subject a conjunct without one shares: UD hangs every conjunct on the first.</summary>
public sealed class ConjunctSubjectTests
{
    private static DependencyTree Tree(string text, int[] heads, string[] relations) =>
        new(Tokenizer.Default.Tokenize(text), heads, relations);

    // "I waited, and a woman stood up and spoke": every verb a conjunct of "waited"; "spoke" is the woman's.
    [Test]
    public void SubjectSharingConjunct_RightAfterAConjunctWithASubject_IsThatConjunct()
    {
        DependencyTree tree = Tree("I waited , and a woman stood up and spoke",
            [1, -1, 6, 6, 5, 6, 1, 6, 9, 1],
            ["nsubj", "root", "punct", "cc", "det", "nsubj", "conj", "compound:prt", "cc", "conj"]);

        Assert.That(tree.SubjectSharingConjunct(9), Is.EqualTo(6));
    }

    [TestCase("I waited , and a woman stood up , and spoke")]
    [TestCase("I waited , and a woman stood up quietly by the long table and spoke")]
    public void SubjectSharingConjunct_AfterACommaOrALongPhrase_IsTheFirstConjunct(string text)
    {
        string[] words = text.Split(' ');
        int spoke = words.Length - 1, stood = Array.IndexOf(words, "stood");
        int[] heads = new int[words.Length];
        string[] relations = new string[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            (heads[i], relations[i]) = words[i] switch
            {
                "I" => (1, "nsubj"),
                "waited" => (-1, "root"),
                "a" => (5, "det"),
                "woman" => (stood, "nsubj"),
                "stood" => (1, "conj"),
                "spoke" => (1, "conj"),
                "and" when i == spoke - 1 => (spoke, "cc"),
                "and" => (stood, "cc"),
                "," when i == spoke - 2 => (spoke, "punct"),
                "," => (stood, "punct"),
                "the" => (Array.IndexOf(words, "table"), "det"),
                "long" => (Array.IndexOf(words, "table"), "amod"),
                "table" => (Array.IndexOf(words, "quietly"), "obl"),
                "by" => (Array.IndexOf(words, "table"), "case"),
                _ => (stood, "advmod"),
            };
        }

        Assert.That(new DependencyTree(Tokenizer.Default.Tokenize(text), heads, relations).SubjectSharingConjunct(spoke), Is.EqualTo(1));
    }

    [Test]
    public void Quotes_ASpeechVerbCoordinatedWithAVerbOfItsSubject_IsThatSubjectsReport()
    {
        IReadOnlyList<Quote> quotes = Attribution.AttributionTestPipeline.Quotes("So I was in this town meeting not long ago, and I think it was in "
            + "rural Calder, and a woman stands up and says, “I have two daughters.  They both have it.  I can’t afford the drug.”");

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "woman" }));
    }
}
