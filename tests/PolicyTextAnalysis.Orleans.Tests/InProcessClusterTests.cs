using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans.Tests;

/// <summary>The coordinator and the worker grain on an in-process cluster of three silos (Orleans TestingHost).</summary>
[NonParallelizable]
public sealed class InProcessClusterTests
{
    private TestCluster _cluster = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task DeployCluster()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    [OneTimeTearDown]
    public async Task StopCluster()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pta-cluster-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private CorpusCoordinator Coordinator(bool ordered, int inFlight = 12) => new(
        _cluster.Client,
        new CoordinatorOptions { Ordered = ordered, BatchSize = 4, MaxInFlightBatches = inFlight, RetryDelay = TimeSpan.FromMilliseconds(100) },
        _cluster.Client.ServiceProvider.GetRequiredService<ClusterChangeSignal>());

    [Test]
    public async Task AnalyzeAsync_InOrder_GivesTheLocalLinesInInputOrderFromSeveralSilos()
    {
        IReadOnlyList<CorpusDocument> documents = TestCorpus.CorpusDocuments(120);

        List<DocumentOutcome> outcomes = await ToListAsync(Coordinator(ordered: true).AnalyzeAsync(documents));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Line), Is.EqualTo(documents.Select(TestAnalyzer.ExpectedLine)));
            Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, documents.Count).Select(i => (long)i)));
            Assert.That(outcomes.Select(o => o.Silo).Distinct().Count(), Is.GreaterThan(1), "the work should spread over the silos");
        });
    }

    [Test]
    public async Task AnalyzeAsync_AsTheyCome_GivesEveryDocumentOnce()
    {
        IReadOnlyList<CorpusDocument> documents = TestCorpus.CorpusDocuments(80);

        List<DocumentOutcome> outcomes = await ToListAsync(Coordinator(ordered: false).AnalyzeAsync(documents));

        Assert.That(outcomes.Select(o => o.Line).Order(StringComparer.Ordinal),
            Is.EqualTo(documents.Select(TestAnalyzer.ExpectedLine).Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task AnalyzeAsync_UnreadableAndEmptyDocuments_AreSkippedWithTheirReasonAndNotSent()
    {
        CorpusDocument[] documents =
        [
            new("good", "test:1", () => ("Kabul rejected the accusation on Monday.", null)),
            new("empty", "test:2", () => ("   ", null)),
            new("broken", "test:3", () => (null, "is binary, not text")),
        ];

        List<DocumentOutcome> outcomes = await ToListAsync(Coordinator(ordered: true).AnalyzeAsync(documents));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.SkipReason), Is.EqualTo(new[] { null, "is empty", "is binary, not text" }));
            Assert.That(outcomes[0].Line, Is.EqualTo(TestAnalyzer.ExpectedLine(documents[0])));
            Assert.That(outcomes[1].Silo, Is.Null);
        });
    }

    [Test]
    public async Task RunAsync_SiloKilledMidRun_EveryDocumentOnceAndIdenticalToLocal()
    {
        IReadOnlyList<CorpusDocument> documents = TestCorpus.CorpusDocuments(300);
        var store = new ChunkStore(_folder);
        SiloHandle victim = _cluster.SecondarySilos[^1];
        var killed = new TaskCompletionSource();
        var progress = new SynchronousProgress(count =>
        {
            if (count == 60)
            {
                // Killed from another thread while its batches are in flight; the run goes on meanwhile.
                _ = Task.Run(async () =>
                {
                    await _cluster.KillSiloAsync(victim);
                    killed.SetResult();
                });
            }
        });
        CorpusCoordinator coordinator = Coordinator(ordered: false, inFlight: 24);

        CorpusRunReport report = await coordinator.RunAsync(documents, store, chunkSize: 50, progress);
        await killed.Task;
        await _cluster.StartAdditionalSiloAsync();

        string[] lines = [.. store.ReadAll()];
        Assert.Multiple(() =>
        {
            Assert.That(report.Analysed, Is.EqualTo(documents.Count));
            Assert.That(lines.Select(ChunkStore.IdOf), Is.Unique);
            Assert.That(lines.Order(StringComparer.Ordinal), Is.EqualTo(documents.Select(TestAnalyzer.ExpectedLine).Order(StringComparer.Ordinal)));
        });
    }

    [Test]
    public async Task RunAsync_ResumedAfterCancellation_RedoesNothingFinishedAndLosesNothing()
    {
        IReadOnlyList<CorpusDocument> documents = TestCorpus.CorpusDocuments(160);
        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress(count =>
        {
            if (count == 50)
            {
                stop.Cancel();
            }
        });

        Assert.That(async () => await Coordinator(ordered: false).RunAsync(documents, new ChunkStore(_folder), 20, progress, stop.Token),
            Throws.InstanceOf<OperationCanceledException>());
        int saved = new ChunkStore(_folder).ReadAll().Count();
        CorpusRunReport resumed = await Coordinator(ordered: false).RunAsync(documents, new ChunkStore(_folder), 20);

        string[] lines = [.. new ChunkStore(_folder).ReadAll()];
        TestContext.Out.WriteLine($"saved {saved}, resumed {resumed.AlreadyDone} + {resumed.Analysed}, lines {lines.Length}");
        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.GreaterThanOrEqualTo(50), "every outcome received before the cancellation is kept");
            Assert.That(resumed.AlreadyDone, Is.EqualTo(saved));
            Assert.That(resumed.Analysed, Is.EqualTo(documents.Count - saved), "the resumed run redoes nothing finished");
            Assert.That(lines.Select(ChunkStore.IdOf).Order(StringComparer.Ordinal), Is.EqualTo(documents.Select(d => d.Id)));
        });
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Calls back on the reporting thread (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>Every silo shares the test analyzer instead of loading its own.</summary>
    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton(TestAnalyzer.Instance);
            siloBuilder.AddPolicyTextAnalysisWorkers();
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder)
        {
            clientBuilder.AddClusterChangeSignal();
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(20));
        }
    }
}
