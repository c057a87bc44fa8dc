using System.Text.Json;
using AnalyzeCorpus;
using DuckDB.NET.Data;

namespace PolicyTextAnalysis.Orleans.Tests;

/// <summary>AnalyzeCorpus --format parquet, read back with DuckDB, including the README's example query.</summary>
[NonParallelizable]
public sealed class ParquetOutputTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pta-parquet-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Produce(int documents)
    {
        string corpus = TestCorpus.WriteJsonLines(_folder, documents);
        string output = Path.Combine(_folder, "results");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.That(CorpusCommand.Run([corpus, "-o", output, "--quiet", "--format", "parquet"], stdout, stderr, CancellationToken.None), Is.EqualTo(0), stderr.ToString());
        return output;
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Test]
    public void EveryTable_HoldsTheRowsOfTheJsonResults()
    {
        string output = Produce(40);
        string[] lines = File.ReadAllLines(Path.Combine(output, "results.jsonl"));
        int Count(string layer) => lines.Sum(l =>
        {
            using JsonDocument json = JsonDocument.Parse(l);
            return json.RootElement.GetProperty(layer).GetArrayLength();
        });
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        string Table(string name) => $"'{Path.Combine(output, "parquet", name + ".parquet")}'";

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(connection, $"SELECT count(*) FROM {Table("documents")}"), Is.EqualTo(40));
            Assert.That(Scalar(connection, $"SELECT count(DISTINCT id) FROM {Table("documents")}"), Is.EqualTo(40));
            foreach (string layer in new[] { "entities", "quotes", "claims", "stances" })
            {
                Assert.That(Scalar(connection, $"SELECT count(*) FROM {Table(layer)}"), Is.EqualTo(Count(layer)), layer);
            }

            Assert.That(Scalar(connection, $"SELECT count(*) FROM {Table("entities")} e JOIN {Table("documents")} d ON d.id = e.document_id"), Is.EqualTo(Count("entities")));
            Assert.That(Scalar(connection, $"SELECT count(*) FROM {Table("entities")} WHERE \"end\" <= start OR canonical IS NULL"), Is.Zero);
        });
    }

    [Test]
    public void ReadmeQuery_RunsOnProducedFilesAndFindsActors()
    {
        string output = Produce(60);
        string readme = File.ReadAllText(Path.Combine(TestCorpus.RepositoryRoot, "README.md"));
        int marker = readme.IndexOf("<!-- duckdb-query -->", StringComparison.Ordinal);
        Assert.That(marker, Is.GreaterThan(0), "the README marks its DuckDB example with <!-- duckdb-query -->");
        int start = readme.IndexOf("```sql\n", marker, StringComparison.Ordinal) + "```sql\n".Length;
        string sql = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        // The README runs from the folder above results/; here results/ is in a temporary folder.
        sql = sql.Replace("'results/", $"'{output}/", StringComparison.Ordinal);

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string Canonical, long Documents, long Against)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
        }

        TestContext.Out.WriteLine(string.Join("\n", rows));
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(10));
            Assert.That(rows.Select(r => r.Documents), Is.Ordered.Descending);
            Assert.That(rows.All(r => r.Against <= r.Documents), Is.True);
        });
    }
}
