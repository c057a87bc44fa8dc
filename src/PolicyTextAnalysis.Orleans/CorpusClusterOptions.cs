namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// How silos and clients find each other, bound from the configuration section <see cref="SectionName"/>
/// (<c>appsettings.json</c>, or environment variables such as <c>Cluster__Clustering=Redis</c>).
/// </summary>
public sealed class CorpusClusterOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Cluster";

    /// <summary>
    /// <see cref="ClusteringKind.Localhost"/> (the default: silos and client on one machine, the first silo is the
    /// primary) or <see cref="ClusteringKind.Redis"/> (membership kept in Redis: silos on any machines).
    /// </summary>
    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    /// <summary>The Redis connection string (StackExchange.Redis syntax, e.g. <c>redis-host:6379</c>); required for Redis clustering.</summary>
    public string? Redis { get; set; }

    /// <summary>Cluster id: silos and clients with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "policytextanalysis";

    /// <summary>Service id: stable across deployments of the same service.</summary>
    public string ServiceId { get; set; } = "policytextanalysis-corpus";

    /// <summary>The silo-to-silo port of this silo (default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients connect to on this silo (default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Localhost clustering: the silo port of the primary silo, which every other silo joins (default 11111).</summary>
    public int PrimarySiloPort { get; set; } = 11111;

    /// <summary>Localhost clustering: the gateway ports a client connects to (default: 30000).</summary>
    public int[] GatewayPorts { get; set; } = [30000];

    /// <summary>
    /// Redis clustering: the address this silo advertises to the others and to clients. Empty means the machine's
    /// first non-loopback IPv4 address; use <c>127.0.0.1</c> for a cluster on one machine.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Silo: batches analysed at once (default: one per core).</summary>
    public int? AnalysesAtOnce { get; set; }

    /// <summary>A silo's name in logs and outcomes (default: machine name and silo port).</summary>
    public string? SiloName { get; set; }

    /// <summary>
    /// Client: seconds before an unanswered grain call fails and its documents are sent again (default 30). A silo that
    /// dies usually fails its calls at once, when its connection closes; this bounds the wait when it hangs instead.
    /// </summary>
    public double ResponseTimeoutSeconds { get; set; } = 30;

    /// <summary>Client: seconds to wait for a first gateway before giving up (default 30).</summary>
    public double ConnectTimeoutSeconds { get; set; } = 30;

    /// <summary>Throws an exception naming the setting to fix when the options cannot work.</summary>
    public void Validate()
    {
        if (Clustering == ClusteringKind.Redis && string.IsNullOrWhiteSpace(Redis))
        {
            throw new InvalidOperationException($"Redis clustering needs a connection string: set {SectionName}:Redis (environment variable {SectionName}__Redis), e.g. 'redis-host:6379'.");
        }

        foreach ((string name, int port) in new[] { (nameof(SiloPort), SiloPort), (nameof(GatewayPort), GatewayPort), (nameof(PrimarySiloPort), PrimarySiloPort) }.Concat(GatewayPorts.Select(p => (nameof(GatewayPorts), p))))
        {
            if (port is <= 0 or > 65535)
            {
                throw new InvalidOperationException($"{SectionName}:{name} must be a TCP port between 1 and 65535, got {port}.");
            }
        }

        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId))
        {
            throw new InvalidOperationException($"{SectionName}:ClusterId and {SectionName}:ServiceId must not be empty.");
        }

        if (AnalysesAtOnce is <= 0)
        {
            throw new InvalidOperationException($"{SectionName}:AnalysesAtOnce must be positive, got {AnalysesAtOnce}.");
        }

        if (!(ResponseTimeoutSeconds > 0) || !(ConnectTimeoutSeconds > 0))
        {
            throw new InvalidOperationException($"{SectionName}:ResponseTimeoutSeconds and {SectionName}:ConnectTimeoutSeconds must be positive, got {ResponseTimeoutSeconds} and {ConnectTimeoutSeconds}.");
        }
    }
}
