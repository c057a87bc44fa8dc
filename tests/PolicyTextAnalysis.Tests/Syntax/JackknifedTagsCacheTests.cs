using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary><c>train-syntax --tags-cache</c>: cached jack-knifed tags are reused only for the settings they were made with.</summary>
public sealed class JackknifedTagsCacheTests
{
    [Test]
    public void Load_SameSettings_GivesTheTagsBack_OtherTaggerClassesOrFolds_GiveNone()
    {
        IReadOnlyList<UdSentence> train = TinyTreebank.Sentences();
        int[][] tags = [.. train.Select((s, i) => Enumerable.Range(i, s.Length).ToArray())];
        string path = Path.Combine(Path.GetTempPath(), $"pta-jk-{Guid.NewGuid():N}.bin");
        try
        {
            JackknifedTagsCache.Save(path, tags, folds: 4, epochs: 8, taggerClasses: false);

            Assert.Multiple(() =>
            {
                Assert.That(JackknifedTagsCache.Load(path, train, folds: 4, epochs: 8, taggerClasses: false), Is.EqualTo(tags));
                Assert.That(JackknifedTagsCache.Load(path, train, folds: 4, epochs: 8, taggerClasses: true), Is.Null,
                    "tags of a tagger without word classes are not those of one with them");
                Assert.That(JackknifedTagsCache.Load(path, train, folds: 5, epochs: 8, taggerClasses: false), Is.Null);
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
