namespace PolicyTextAnalysis.Pipeline;

/// <summary>
/// Allocates a large array that is about to be filled at random places (a hash table being built), writing it once
/// from end to end first.
/// </summary>
/// <remarks>
/// A large new array is fresh memory from the operating system. A hash-table insert reads a slot before writing it, so
/// each page is first mapped to the shared zero page and then copied on the write, and in a process with several threads
/// every such copy flushes the page from the other cores' address caches. Loading the bundled models spent a fifth of
/// its processor time so (Native AOT, <c>perf</c>); one sequential write maps each page once, writable.
/// </remarks>
internal static class WrittenArray
{
    /// <summary>A zeroed array of <paramref name="length"/> elements whose pages are all mapped writable.</summary>
    public static T[] Allocate<T>(int length)
    {
        var array = new T[length];
        array.AsSpan().Clear();
        return array;
    }
}
