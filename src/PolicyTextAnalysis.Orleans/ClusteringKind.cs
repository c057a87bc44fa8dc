namespace PolicyTextAnalysis.Orleans;

/// <summary>How the members of a corpus cluster find each other.</summary>
public enum ClusteringKind
{
    /// <summary>Development clustering on one machine: every silo joins the primary silo on 127.0.0.1.</summary>
    Localhost,

    /// <summary>Membership table in Redis: silos and clients on any machines that reach the Redis server.</summary>
    Redis,
}
