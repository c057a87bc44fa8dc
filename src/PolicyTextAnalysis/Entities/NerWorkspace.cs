namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Reusable per-thread buffers for feature extraction and decoding, grown to the longest sentence seen,
/// so that recognising tokens allocates nothing once warm.
/// </summary>
internal sealed class NerWorkspace
{
    /// <summary>Most word types whose token-only scores are cached; past it the cache starts over.</summary>
    private const int CacheLimit = 16_384;

    [ThreadStatic]
    private static NerWorkspace? t_current;

    private readonly Dictionary<ulong, int> _cacheIndex = [];
    private float[] _cachePool = [];
    private object? _cacheOwner;

    private int _tags;

    public ulong[] Lower { get; private set; } = [];

    public ulong[] Exact { get; private set; } = [];

    public ulong[] Shape { get; private set; } = [];

    public byte[] Kind { get; private set; } = [];

    public byte[] Common { get; private set; } = [];

    public ulong[] Gazetteer { get; private set; } = [];

    /// <summary>Per token, its packed distributional cluster ids (<see cref="NerWordClusters"/>).</summary>
    public uint[] Cluster { get; private set; } = [];

    /// <summary>Per token, the hash of its Penn part-of-speech tag (when the model reads syntax).</summary>
    public ulong[] TagHash { get; private set; } = [];

    /// <summary>Per token, the hash of its dependency relation (when the model reads dependencies).</summary>
    public ulong[] DepHash { get; private set; } = [];

    /// <summary>Per token, the lower-case hash of its head word, or a boundary value for a root.</summary>
    public ulong[] HeadHash { get; private set; } = [];

    public ulong[] Features { get; private set; } = [];

    public int[] FeatureCounts { get; private set; } = [];

    /// <summary>Per token, a bit for each feature slot that depends on the token alone (no neighbour, no sentence).</summary>
    public ulong[] TokenOnly { get; private set; } = [];

    /// <summary>Per token, a key for everything its token-only features depend on (chars, shape, kind).</summary>
    public ulong[] TokenKey { get; private set; } = [];

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
        Cluster = new uint[size];
        TagHash = new ulong[size];
        DepHash = new ulong[size];
        HeadHash = new ulong[size];
        Features = new ulong[size * NerFeatureExtractor.Stride];
        FeatureCounts = new int[size];
        TokenOnly = new ulong[size];
        TokenKey = new ulong[size];
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

    /// <summary>
    /// The cached token-only scores of a word type for <paramref name="owner"/> (a model), if present. Text repeats
    /// its words, so most tokens skip about a third of their weight-table probes.
    /// </summary>
    public bool TryGetCached(object owner, ulong key, int tags, out ReadOnlySpan<float> scores)
    {
        if (ReferenceEquals(owner, _cacheOwner) && _cacheIndex.TryGetValue(key, out int at))
        {
            scores = _cachePool.AsSpan(at * tags, tags);
            return true;
        }

        scores = default;
        return false;
    }

    /// <summary>Caches the token-only scores of a word type.</summary>
    public void Cache(object owner, ulong key, ReadOnlySpan<float> scores)
    {
        int tags = scores.Length;
        if (!ReferenceEquals(owner, _cacheOwner) || _cacheIndex.Count >= CacheLimit)
        {
            _cacheIndex.Clear();
            _cacheOwner = owner;
        }

        if (_cachePool.Length < CacheLimit * tags)
        {
            _cachePool = new float[CacheLimit * tags];
        }

        int at = _cacheIndex.Count;
        _cacheIndex[key] = at;
        scores.CopyTo(_cachePool.AsSpan(at * tags, tags));
    }
}
