using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace PolicyTextAnalysis.Pipeline;

/// <summary>
/// A hint to the processor to start loading a cache line now. The learned models keep their weights in hash tables of
/// megabytes, where each feature's lookup is a likely cache miss; hinting every lookup of a step before reading any lets
/// the misses overlap instead of queueing. Changes no result; does nothing on processors without the instruction.
/// </summary>
internal static class CachePrefetch
{
    /// <summary>Hints that the cache line holding <paramref name="value"/> will be read soon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Hint<T>(ref T value)
        where T : unmanaged
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref value));
        }
    }
}
