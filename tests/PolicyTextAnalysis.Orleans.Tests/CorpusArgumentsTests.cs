using AnalyzeCorpus;

namespace PolicyTextAnalysis.Orleans.Tests;

public sealed class CorpusArgumentsTests
{
    [TestCase("--format", "csv", "jsonl, sqlite or parquet")]
    [TestCase("--in-order", null, "--cluster")]
    public void BadOption_IsRejectedWithTheFix(string option, string? value, string expected)
    {
        string[] args = value is null ? ["in", "-o", "out", option] : ["in", "-o", "out", option, value];

        (CorpusArguments? parsed, string? error) = CorpusArguments.Parse(args);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.Null);
            Assert.That(error, Does.Contain(expected));
        });
    }

    [Test]
    public void ClusterOptions_AreParsed()
    {
        (CorpusArguments? parsed, _) = CorpusArguments.Parse(["in", "-o", "out", "--cluster", "--in-order", "--format", "parquet"]);

        Assert.That(parsed, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(parsed!.Cluster, Is.True);
            Assert.That(parsed.InOrder, Is.True);
            Assert.That(parsed.Format, Is.EqualTo(OutputFormat.Parquet));
        });
    }

    [Test]
    public void FormatSqlite_WritesTheDatabaseIntoTheResultsFolder()
    {
        string folder = Directory.CreateTempSubdirectory("pta-sqlite-").FullName;
        try
        {
            string corpus = TestCorpus.WriteJsonLines(folder, 3);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            int code = CorpusCommand.Run([corpus, "-o", Path.Combine(folder, "results"), "--quiet", "--format", "sqlite"], stdout, stderr, CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(0), stderr.ToString());
                Assert.That(File.Exists(Path.Combine(folder, "results", "corpus.db")), Is.True);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
