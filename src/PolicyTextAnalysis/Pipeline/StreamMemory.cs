namespace PolicyTextAnalysis.Pipeline;

/// <summary>
/// The bytes behind a stream that already holds them in memory: a <see cref="MemoryStream"/> with a visible buffer, or
/// an <see cref="UnmanagedMemoryStream"/> over a pointer (an embedded resource, which the runtime maps from the assembly
/// image). Parsing a model from these bytes needs no copy of the file.
/// </summary>
internal static class StreamMemory
{
    /// <summary>The whole content of <paramref name="stream"/> (from its start, whatever its position), or false.</summary>
    public static unsafe bool TryGetBytes(Stream stream, out ReadOnlySpan<byte> bytes)
    {
        switch (stream)
        {
            case MemoryStream memory when memory.TryGetBuffer(out ArraySegment<byte> segment):
                bytes = segment.AsSpan(0, (int)memory.Length);
                return true;
            case UnmanagedMemoryStream unmanaged when unmanaged.CanRead && unmanaged.Length <= int.MaxValue:
                try
                {
                    bytes = new ReadOnlySpan<byte>(unmanaged.PositionPointer - unmanaged.Position, (int)unmanaged.Length);
                    return true;
                }
                catch (NotSupportedException)
                {
                    // A stream over a SafeBuffer has no pointer to give.
                    break;
                }
        }

        bytes = default;
        return false;
    }
}
