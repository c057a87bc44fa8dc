namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// 64-bit hashes of feature templates and their string values (FNV-1a over UTF-16 code units, then a final mix),
/// so features are built without allocating strings. Stable across processes and platforms: models store them.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Template starts are mixed once: templates are small integers and every feature begins with one.
    private static readonly ulong[] Starts = Enumerable.Range(0, 256).Select(t => Compute(t)).ToArray();

    /// <summary>Starts a feature of template <paramref name="template"/>.</summary>
    public static ulong Start(int template) => (uint)template < (uint)Starts.Length ? Starts[template] : Compute(template);

    private static ulong Compute(int template) => Mix(Offset, (ulong)template + 0x9E3779B97F4A7C15UL);

    /// <summary>Adds a string value.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0xFFFF) * Prime;
    }

    /// <summary>Adds a precomputed hash (of a word form, see <see cref="WordHashes"/>).</summary>
    public static ulong Add(ulong hash, ulong value) => Mix(hash, value);

    /// <summary>Adds a small integer value (a tag, a label, a distance).</summary>
    public static ulong Add(ulong hash, int value) => Mix(hash, (ulong)(uint)value + 0x632BE59BD9B4E019UL);

    private static ulong Mix(ulong hash, ulong value)
    {
        ulong x = (hash ^ value) * 0xBF58476D1CE4E5B9UL;
        x ^= x >> 31;
        return x * 0x94D049BB133111EBUL;
    }
}
