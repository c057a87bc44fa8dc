using System.Runtime.CompilerServices;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// 64-bit hashing of feature strings without building them: a feature is a template id mixed with the hashes
/// of its parts, so the hot path never allocates. Collisions at 64 bits are negligible for a few million keys.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a character span, optionally lower-cased (invariant, char by char: surrogates pass unchanged).</summary>
    public static ulong Chars(ReadOnlySpan<char> chars, bool lower)
    {
        ulong h = Offset;
        foreach (char ch in chars)
        {
            char c = lower ? char.ToLowerInvariant(ch) : ch;
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Combines a running hash with one more value (order-sensitive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h, ulong value) => Finish((h ^ value) * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);

    /// <summary>A feature key for a template and one value; never zero (zero marks an empty table slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong value) => Mix((ulong)template * 0xD6E8FEB86659FD93UL, value) | 1UL;

    /// <summary>A feature key for a template and two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Mix(Mix((ulong)template * 0xD6E8FEB86659FD93UL, a), b) | 1UL;

    /// <summary>A feature key for a template and three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        Mix(Mix(Mix((ulong)template * 0xD6E8FEB86659FD93UL, a), b), c) | 1UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        // murmur3 finaliser: spreads low-entropy inputs across all bits for the open-addressing tables.
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }
}
