using System.Diagnostics;
using System.Text.Json;
using AnalyzeCorpus;
using PolicyTextAnalysis.Corpus;
using PolicyTextAnalysis.Training;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Tests.Samples;

[NonParallelizable]
public class AnalyzeCorpusTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pta-corpus-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>The source text and the GUM news documents (when the data folder is present), repeated to <paramref name="count"/> documents.</summary>
    private string WriteCorpus(int count)
    {
        var texts = new List<string> { SourceText.Value };
        string? gum = RepositoryPaths.DataPath("gum-news-interview", "conllu");
        if (gum is not null)
        {
            texts.AddRange(Directory.EnumerateFiles(gum, "GUM_news_*.conllu").Order(StringComparer.Ordinal).Select(f => ConlluDocument.Load(f).Text));
        }

        string path = Path.Combine(_folder, "corpus.jsonl");
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"doc{i:D5}", ["text"] = texts[i % texts.Count] }));
        }

        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CorpusCommand.Run(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void Folder_WithBadDocuments_ReportsAndSkipsThemAndKeepsTheRest()
    {
        string input = Directory.CreateDirectory(Path.Combine(_folder, "in", "nested")).Parent!.FullName;
        File.WriteAllText(Path.Combine(input, "one.txt"), SourceText.Value);
        File.WriteAllText(Path.Combine(input, "nested", "two.txt"), "Kabul rejected the accusation. Islamabad disagreed.");
        File.WriteAllBytes(Path.Combine(input, "nested", "binary.dat"), [0, 1, 2, 255, 0, 7]);
        File.WriteAllText(Path.Combine(input, "empty.txt"), "  ");
        File.WriteAllText(Path.Combine(input, "big.txt"), new string('a', 30_000));
        string output = Path.Combine(_folder, "out");

        (int code, string stdout, _) = Run(input, "--output", output, "--quiet", "--max-bytes", "20000");

        string[] lines = File.ReadAllLines(Path.Combine(output, "results.jsonl"));
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(lines.Select(ChunkStore.IdOf), Is.EquivalentTo(new[] { "one.txt", "nested/two.txt" }));
            Assert.That(summary.RootElement.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("id").GetString()),
                Is.EquivalentTo(new[] { "nested/binary.dat", "empty.txt", "big.txt" }));
            Assert.That(stdout, Does.Contain("skipped"));
        });
    }

    [Test]
    public void JsonLines_EveryLineIsSchemaV1WithIdAndSource()
    {
        string corpus = WriteCorpus(12);
        string output = Path.Combine(_folder, "out");

        (int code, _, _) = Run(corpus, "-o", output, "--quiet", "--chunk", "5");

        string[] lines = File.ReadAllLines(Path.Combine(output, "results.jsonl"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(lines, Has.Length.EqualTo(12));
        foreach (string line in lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            Assert.That(json.RootElement.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(json.RootElement.GetProperty("source").GetString(), Does.Contain("corpus.jsonl:"));
            Assert.That(AnalysisResult.FromJson(line).Sentences, Is.Not.Empty);
        }
    }

    [Test]
    public void ExistingResults_WithoutResume_AreNeverOverwritten()
    {
        string corpus = WriteCorpus(3);
        string output = Path.Combine(_folder, "out");
        Run(corpus, "-o", output, "--quiet");

        (int code, _, string error) = Run(corpus, "-o", output, "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("--resume"));
        });
    }

    [Test]
    public void Database_HoldsEveryDocumentAndItsLayers()
    {
        string corpus = WriteCorpus(4);
        string output = Path.Combine(_folder, "out");
        string database = Path.Combine(_folder, "corpus.db");

        (int code, _, _) = Run(corpus, "-o", output, "--quiet", "--db", database);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents";
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(command.ExecuteScalar(), Is.EqualTo(4L));
        });
    }

    [Test]
    [Category("Process")]
    public void KilledMidway_ThenResumed_YieldsEachOfTwoThousandDocumentsExactlyOnce()
    {
        const int Count = 2000;
        string corpus = WriteCorpus(Count);
        string output = Path.Combine(_folder, "out");
        string chunks = Path.Combine(output, "chunks");

        using (Process first = StartSample(corpus, "-o", output, "--quiet", "--chunk", "40"))
        {
            var wait = Stopwatch.StartNew();
            while (!first.HasExited && wait.Elapsed < TimeSpan.FromMinutes(5)
                   && (!Directory.Exists(chunks) || Directory.GetFiles(chunks, "*.jsonl").Length < 3))
            {
                Thread.Sleep(20);
            }

            Assert.That(first.HasExited, Is.False, "the first run must be killed midway, not finish");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        Assert.That(File.Exists(Path.Combine(output, "results.jsonl")), Is.False);
        int savedBeforeResume = Directory.GetFiles(chunks, "*.jsonl").Sum(f => File.ReadAllLines(f).Length);

        using (Process second = StartSample(corpus, "-o", output, "--quiet", "--chunk", "40", "--resume"))
        {
            Assert.That(second.WaitForExit(TimeSpan.FromMinutes(10)), Is.True, "the resumed run finishes");
            Assert.That(second.ExitCode, Is.EqualTo(0), second.StandardError.ReadToEnd());
        }

        string[] ids = [.. File.ReadLines(Path.Combine(output, "results.jsonl")).Select(ChunkStore.IdOf)];
        Assert.Multiple(() =>
        {
            Assert.That(savedBeforeResume, Is.GreaterThan(0).And.LessThan(Count));
            Assert.That(ids, Has.Length.EqualTo(Count));
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.EquivalentTo(Enumerable.Range(0, Count).Select(i => $"doc{i:D5}")));
        });
    }

    private static Process StartSample(params string[] args) => SampleProcess.Start("AnalyzeCorpus", args);
}
