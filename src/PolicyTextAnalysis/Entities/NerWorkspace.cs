namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Reusable per-thread buffers for feature extraction and decoding, grown to the longest sentence seen,
/// so that recognising tokens allocates nothing once warm.
/// </summary>
internal sealed class NerWorkspace
{
    [ThreadStatic]
    private static NerWorkspace? t_current;

    private int _tags;

    public ulong[] Lower { get; private set; } = [];

    public ulong[] Exact { get; private set; } = [];

    public ulong[] Shape { get; private set; } = [];

    public byte[] Kind { get; private set; } = [];

    public byte[] Common { get; private set; } = [];

    public ulong[] Gazetteer { get; private set; } = [];

    public ulong[] Features { get; private set; } = [];

    public int[] FeatureCounts { get; private set; } = [];

    public float[] Scores { get; private set; } = [];

    public float[] Delta { get; private set; } = [];

    public int[] Back { get; private set; } = [];

    public int[] Path { get; private set; } = [];

    public float[] Confidence { get; private set; } = [];

    public int Capacity { get; private set; }

    /// <summary>The calling thread's workspace.</summary>
    public static NerWorkspace ForCurrentThread() => t_current ??= new NerWorkspace();

    /// <summary>Grows the token buffers to hold <paramref name="tokens"/> tokens.</summary>
    public void Ensure(int tokens)
    {
        if (tokens <= Capacity)
        {
            return;
        }

        int size = Math.Max(tokens, Math.Max(64, Capacity * 2));
        Lower = new ulong[size];
        Exact = new ulong[size];
        Shape = new ulong[size];
        Kind = new byte[size];
        Common = new byte[size];
        Gazetteer = new ulong[size];
        Features = new ulong[size * NerFeatureExtractor.Stride];
        FeatureCounts = new int[size];
        Path = new int[size];
        Confidence = new float[size];
        Capacity = size;
        _tags = 0;
    }

    /// <summary>Grows the decoding buffers for <paramref name="tokens"/> tokens and <paramref name="tags"/> tags.</summary>
    public void EnsureScores(int tokens, int tags)
    {
        Ensure(tokens);
        if (tags <= _tags && Scores.Length >= Capacity * tags)
        {
            return;
        }

        _tags = tags;
        Scores = new float[Capacity * tags];
        Delta = new float[Capacity * tags];
        Back = new int[Capacity * tags];
    }
}
