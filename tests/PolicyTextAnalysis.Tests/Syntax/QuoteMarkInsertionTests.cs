using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

public sealed class QuoteMarkInsertionTests
{
    [Test]
    public void Insert_QuotesAPhraseInsideTheSentence_AttachingTheMarksToItsHead()
    {
        var random = new Random(1);
        foreach (UdSentence sentence in TinyTreebank.Sentences())
        {
            UdSentence quoted = QuoteMarkInsertion.Insert(sentence, random)!;
            Assert.That(quoted, Is.Not.Null, sentence.Id);

            int open = Array.FindIndex(quoted.Forms, QuoteMarkInsertion.IsMark);
            int close = Array.FindLastIndex(quoted.Forms, QuoteMarkInsertion.IsMark);
            Assert.Multiple(() =>
            {
                Assert.That(quoted.Length, Is.EqualTo(sentence.Length + 2));
                Assert.That(open, Is.GreaterThan(0), "the phrase is inside the sentence");
                Assert.That(close - open - 1, Is.InRange(1, QuoteMarkInsertion.MaxWords));
                Assert.That(quoted.Heads[open], Is.EqualTo(quoted.Heads[close]), "both marks hang on one word");
                Assert.That(quoted.Heads[open], Is.InRange(open + 1, close - 1), "that word is quoted");
                Assert.That(quoted.Relations[open], Is.EqualTo("punct"));
                Assert.That(quoted.Xpos[open], Is.EqualTo("``"));
                Assert.That(quoted.Xpos[close], Is.EqualTo("''"));

                // Every word keeps its tags, and its head is the same word as before.
                string[] words = quoted.Forms.Where((_, i) => i != open && i != close).ToArray();
                Assert.That(words, Is.EqualTo(sentence.Forms));
                Assert.That(quoted.Upos.Where((_, i) => i != open && i != close), Is.EqualTo(sentence.Upos));
                int[] heads = quoted.Heads.Where((_, i) => i != open && i != close).ToArray();
                for (int i = 0; i < heads.Length; i++)
                {
                    string? before = sentence.Heads[i] < 0 ? null : sentence.Forms[sentence.Heads[i]];
                    string? after = heads[i] < 0 ? null : quoted.Forms[heads[i]];
                    Assert.That(after, Is.EqualTo(before), $"{sentence.Id} word {i}");
                }

                Assert.That(IsProjective(quoted.Heads), Is.True, sentence.Id);
            });
        }
    }

    [Test]
    public void Insert_GivesNullWhenNoPhraseFits()
    {
        var random = new Random(1);
        var tooShort = new UdSentence("s", ["Go", "."], ["go", "."], ["VERB", "PUNCT"], ["VB", "."], [-1, 0], ["root", "punct"]);
        var quotedAlready = TinyTreebank.Sentences()[0] with { Forms = ["\"", .. TinyTreebank.Sentences()[0].Forms[1..]] };

        Assert.Multiple(() =>
        {
            Assert.That(QuoteMarkInsertion.Insert(tooShort, random), Is.Null);
            Assert.That(QuoteMarkInsertion.Insert(quotedAlready, random), Is.Null);
        });
    }

    [Test]
    public void FoldKeys_PutACopyInItsOriginalsFold()
    {
        var random = new Random(2);
        var sentences = TinyTreebank.Sentences().ToList();
        UdSentence copy = QuoteMarkInsertion.Insert(sentences[1], random)!;
        sentences.Add(copy);

        int[] keys = QuoteMarkInsertion.FoldKeys(sentences);

        Assert.That(keys, Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5, 1 }));
    }

    [Test]
    public void Insert_KeepsEveryProjectiveTreebankTreeProjective()
    {
        if (RepositoryPaths.DataPath("ud-english-ewt") is null)
        {
            SharedData.Missing("UD English EWT is absent (../shared/data/ud-english-ewt): the treebank-wide check is skipped.");
        }

        var random = new Random(3);
        int quoted = 0;
        foreach (UdSentence sentence in SyntaxCorpora.Load(RepositoryPaths.DataOrNull!, "ewt-dev").Where(s => IsProjective(s.Heads)))
        {
            if (QuoteMarkInsertion.Insert(sentence, random) is { } copy)
            {
                quoted++;
                Assert.That(IsProjective(copy.Heads), Is.True, sentence.Id);
            }
        }

        Assert.That(quoted, Is.GreaterThan(1000));
    }

    private static bool IsProjective(int[] heads)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            for (int j = 0; j < heads.Length; j++)
            {
                if (heads[i] < 0 || heads[j] < 0)
                {
                    continue;
                }

                (int a, int b) = (Math.Min(i, heads[i]), Math.Max(i, heads[i]));
                (int c, int d) = (Math.Min(j, heads[j]), Math.Max(j, heads[j]));
                if (a < c && c < b && b < d)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
