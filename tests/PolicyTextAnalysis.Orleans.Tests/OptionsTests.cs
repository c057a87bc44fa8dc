namespace PolicyTextAnalysis.Orleans.Tests;

public sealed class OptionsTests
{
    [Test]
    public void RedisClustering_WithoutConnectionString_NamesTheSetting()
    {
        var options = new CorpusClusterOptions { Clustering = ClusteringKind.Redis };

        Assert.That(options.Validate, Throws.InvalidOperationException.With.Message.Contains("Cluster__Redis"));
    }

    [TestCase(0)]
    [TestCase(70000)]
    public void BadPort_NamesTheSetting(int port)
    {
        var options = new CorpusClusterOptions { GatewayPort = port };

        Assert.That(options.Validate, Throws.InvalidOperationException.With.Message.Contains("GatewayPort"));
    }

    [Test]
    public void CoordinatorOptions_ZeroInFlight_IsRejected()
    {
        var options = new CoordinatorOptions { MaxInFlightBatches = 0 };

        Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains("MaxInFlightBatches"));
    }

    [Test]
    public void Coordinator_WithoutGrainFactory_IsRejected() =>
        Assert.That(() => new CorpusCoordinator(null!), Throws.ArgumentNullException);
}
