using PolicyTextAnalysis.Training.Commentary;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

/// <summary>The commentary dev texts as name-model training data: aligned to our tokens, dev only, folds that partition.</summary>
public sealed class CommentaryEntitiesTests
{
    [Test]
    public void Read_AlmostEveryMentionStartsAndEndsOnATokenOfItsSentence()
    {
        List<NerSentence> sentences = CommentaryEntities.Read(null, 5);
        int mentions = sentences.Sum(s => s.Entities.Count);

        // A name inside a hyphenated word (Indian-American, Glasgow-based) is no token of ours; the trainer drops it.
        List<string> offToken = [.. sentences.SelectMany(s => s.Entities.Select(e => (s, e)))
            .Where(p => !p.s.Tokens.Any(t => t.Start == p.e.Start) || !p.s.Tokens.Any(t => t.End == p.e.End))
            .Select(p => p.s.Surface(p.e))];
        Assert.Multiple(() =>
        {
            Assert.That(mentions, Is.GreaterThan(1000));
            Assert.That(offToken.Count, Is.LessThan(mentions / 100), string.Join(", ", offToken));
            Assert.That(sentences.SelectMany(s => s.Entities).Select(e => e.Label), Has.None.AnyOf("DATE", "CARDINAL", "MONEY", "PERCENT"));
        });
    }

    [Test]
    public void Read_HeldOutFold_LeavesOutExactlyThatFoldsTexts()
    {
        IReadOnlyList<CommentaryDocument> dev = CommentarySet.Load("dev");
        int inFoldTwo = dev.Count(d => CommentarySet.FoldOf(d.Name, 5) == 2);
        List<NerSentence> all = CommentaryEntities.Read(null, 5);
        List<NerSentence> withoutFoldTwo = CommentaryEntities.Read(2, 5);

        Assert.Multiple(() =>
        {
            Assert.That(inFoldTwo, Is.InRange(5, 6), "26 dev texts dealt round 5 folds");
            Assert.That(withoutFoldTwo, Has.Count.LessThan(all.Count));
            Assert.That(withoutFoldTwo.Select(s => s.Text), Is.SubsetOf(all.Select(s => s.Text)));
        });
    }

    [TestCase("0/5", 0, 5)]
    [TestCase("4/5", 4, 5)]
    public void ParseFold_KOfF_IsRead(string spec, int fold, int folds)
    {
        Assert.That(CommentarySet.ParseFold(spec), Is.EqualTo((fold, folds)));
    }

    [TestCase("5/5")]
    [TestCase("1/1")]
    [TestCase("-1/5")]
    [TestCase("2")]
    [TestCase("a/b")]
    public void ParseFold_Malformed_IsAClearError(string spec)
    {
        var error = Assert.Throws<ArgumentException>(() => CommentarySet.ParseFold(spec));
        Assert.That(error!.Message, Does.Contain(spec));
    }

    [Test]
    public void FoldOf_TestText_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => CommentarySet.FoldOf("002_biden-antisemitism-oped", 5));
    }
}
