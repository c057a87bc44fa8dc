using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnalyzeCorpus;
using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans.Tests;

/// <summary>
/// The issue's end-to-end check, with whole processes as in production: a private redis-server, three CorpusSilo
/// processes with Redis clustering, and AnalyzeCorpus --cluster as the client; one silo is killed midway. The 2,000
/// results must come out exactly once and equal, line for line, to a single-process run.
/// </summary>
[NonParallelizable]
public sealed partial class RedisClusterProcessTests
{
    private const int DocumentCount = 2000;
    private const int KillAfter = 700;

    [Test]
    public async Task ThreeSilosOneKilledMidway_EveryDocumentOnceAndIdenticalToTheLocalRun()
    {
        using RedisServer redis = await RedisServer.StartOrSkipAsync();
        string folder = Directory.CreateTempSubdirectory("pta-redis-").FullName;
        var processes = new List<ExternalProcess>();
        try
        {
            string corpus = TestCorpus.WriteJsonLines(folder, DocumentCount);
            string clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
            Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
            {
                var variables = new Dictionary<string, string>
                {
                    ["Cluster__Clustering"] = "Redis",
                    ["Cluster__Redis"] = redis.ConnectionString,
                    ["Cluster__ClusterId"] = clusterId,
                    ["Cluster__AdvertisedAddress"] = "127.0.0.1",
                    ["Cluster__ResponseTimeoutSeconds"] = "20",
                    // Three silos share this machine's cores: one analysis at a time each.
                    ["Cluster__AnalysesAtOnce"] = "1",
                };
                foreach ((string name, string value) in extra)
                {
                    variables[name] = value;
                }

                return variables;
            }

            var clock = Stopwatch.StartNew();
            for (int i = 1; i <= 3; i++)
            {
                processes.Add(ExternalProcess.Start("dotnet", [TestCorpus.SampleAssembly("CorpusSilo")], Environment(
                    ("Cluster__SiloName", $"silo{i}"),
                    ("Cluster__SiloPort", RedisServer.FreePort().ToString(CultureInfo.InvariantCulture)),
                    ("Cluster__GatewayPort", RedisServer.FreePort().ToString(CultureInfo.InvariantCulture)))));
            }

            // Meanwhile, the reference: the same corpus analysed by one local process (in this one).
            string local = Path.Combine(folder, "local");
            using (var output = new StringWriter())
            using (var error = new StringWriter())
            {
                Assert.That(CorpusCommand.Run([corpus, "-o", local, "--quiet"], output, error, CancellationToken.None), Is.EqualTo(0), error.ToString());
            }

            foreach (ExternalProcess silo in processes)
            {
                Assert.That(await silo.WaitForLineAsync("CorpusSilo ready", TimeSpan.FromSeconds(120)), Is.True, $"a silo did not start:\n{silo.Output}");
            }

            TestContext.Out.WriteLine($"local run and three silos ready after {clock.Elapsed.TotalSeconds:0.0} s");
            ExternalProcess victim = processes[1];
            int killedAt = 0;
            string clustered = Path.Combine(folder, "cluster");
            var client = ExternalProcess.Start("dotnet", [TestCorpus.SampleAssembly("AnalyzeCorpus"), corpus, "-o", clustered, "--cluster", "--in-order"], Environment());
            processes.Add(client);
            client.Line += line =>
            {
                Match progress = ProgressLine().Match(line);
                if (progress.Success && int.Parse(progress.Groups[1].Value, CultureInfo.InvariantCulture) >= KillAfter && Interlocked.CompareExchange(ref killedAt, 1, 0) == 0)
                {
                    victim.Kill();
                    killedAt = int.Parse(progress.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            };

            Assert.That(await client.WaitForExitAsync(TimeSpan.FromSeconds(150)), Is.True, $"the client did not finish:\n{client.Output}");
            TestContext.Out.WriteLine(string.Join("\n", client.Output.Split('\n').Where(l => ProgressLine().IsMatch(l))));
            TestContext.Out.WriteLine($"cluster run done after {clock.Elapsed.TotalSeconds:0.0} s; silo2 killed after {killedAt} documents");

            string[] expected = File.ReadAllLines(Path.Combine(local, "results.jsonl"));
            string[] actual = File.ReadAllLines(Path.Combine(clustered, "results.jsonl"));
            using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(clustered, "summary.json")));
            JsonElement bySilo = summary.RootElement.GetProperty("documentsBySilo");
            TestContext.Out.WriteLine($"documents by silo: {bySilo}; sent again: {summary.RootElement.GetProperty("retriedDocuments")}");
            Assert.Multiple(() =>
            {
                Assert.That(client.ExitCode, Is.EqualTo(0), client.Output);
                Assert.That(killedAt, Is.GreaterThanOrEqualTo(KillAfter), "the silo was killed midway");
                Assert.That(victim.HasExited, Is.True);
                Assert.That(actual, Has.Length.EqualTo(DocumentCount));
                Assert.That(actual.Select(ChunkStore.IdOf), Is.Unique);
                Assert.That(actual, Is.EqualTo(expected), "the cluster's results equal the single-process run's, in input order");
                Assert.That(bySilo.TryGetProperty("silo2", out JsonElement victimCount) ? victimCount.GetInt32() : 0, Is.GreaterThan(0), "the killed silo had taken part");
                Assert.That(summary.RootElement.GetProperty("retriedDocuments").GetInt64(), Is.GreaterThan(0), "the killed silo's documents in flight were sent again");
            });
        }
        finally
        {
            foreach (ExternalProcess process in processes)
            {
                process.Dispose();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^(\d+) documents \(")]
    private static partial Regex ProgressLine();
}
