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

    /// <summary>
    /// The bytes [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of a stream held in
    /// memory, kept for later: the stream's own memory when <paramref name="permanent"/> says it outlives every use (an
    /// embedded resource of a non-collectible assembly, mapped for the life of the process), else a copy.
    /// </summary>
    /// <exception cref="ArgumentException">The stream does not hold its bytes in memory.</exception>
    public static unsafe ReadOnlyMemory<byte> Keep(Stream stream, int start, int length, bool permanent)
    {
        if (permanent && stream is UnmanagedMemoryStream unmanaged && unmanaged.CanRead)
        {
            try
            {
                byte* origin = unmanaged.PositionPointer - unmanaged.Position;
                return new UnmanagedBytes(origin + start, length).Memory;
            }
            catch (NotSupportedException)
            {
                // A stream over a SafeBuffer has no pointer to give: copied below.
            }
        }

        if (!TryGetBytes(stream, out ReadOnlySpan<byte> bytes))
        {
            throw new ArgumentException("The data is read from a stream held in memory.", nameof(stream));
        }

        return bytes.Slice(start, length).ToArray();
    }

    /// <summary>Memory over bytes that live as long as the process (an embedded resource): nothing to pin or free.</summary>
    private sealed unsafe class UnmanagedBytes : System.Buffers.MemoryManager<byte>
    {
        private readonly byte* _pointer;
        private readonly int _length;

        public UnmanagedBytes(byte* pointer, int length)
        {
            _pointer = pointer;
            _length = length;
        }

        public override Span<byte> GetSpan() => new(_pointer, _length);

        public override System.Buffers.MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
