using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans.Tests;

public sealed class ChunkAppenderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pta-chunks-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Append_SealsAChunkEveryChunkSizeLines_AndTheRestOnDispose()
    {
        var store = new ChunkStore(_folder);
        using (ChunkAppender appender = store.OpenAppender(2))
        {
            foreach (string id in new[] { "a", "b", "c" })
            {
                appender.Append($"{{\"id\":\"{id}\"}}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(store.ChunkFolder, "*.jsonl"), Has.Length.EqualTo(2));
            Assert.That(store.CompletedIds(), Is.EquivalentTo(new[] { "a", "b", "c" }));
        });
    }

    [Test]
    public void OpenChunkOfAKilledWriter_KeepsItsCompleteLinesAndDropsTheTornOne()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "chunks"));
        File.WriteAllText(Path.Combine(_folder, "chunks", "000001.open"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"entit");

        var store = new ChunkStore(_folder);

        Assert.Multiple(() =>
        {
            Assert.That(store.CompletedIds(), Is.EquivalentTo(new[] { "a", "b" }));
            Assert.That(Directory.GetFiles(store.ChunkFolder, "*.open"), Is.Empty);
        });
    }

    [Test]
    public void Append_LineWithNewline_IsRejected()
    {
        using ChunkAppender appender = new ChunkStore(_folder).OpenAppender(10);

        Assert.That(() => appender.Append("{\"id\":\"a\"}\n{}"), Throws.ArgumentException.With.Message.Contains("newline"));
    }
}
