using System.Buffers.Binary;

namespace PolicyTextAnalysis.Pipeline;

/// <summary>
/// Reads little-endian values from the bytes behind a stream held in memory (<see cref="StreamMemory"/>), from the
/// stream's position, and moves the stream past them when done. A model's long runs of fixed-size records (hash keys
/// with their values) are read so: through a <see cref="BinaryReader"/> over an embedded resource's own stream every
/// value is a virtual call and a copy, which is why the resource used to be copied into a <see cref="MemoryStream"/>
/// first, and that copy was a model's worth of fresh pages for a new process to map.
/// </summary>
internal ref struct MemoryCursor
{
    private readonly ReadOnlySpan<byte> _data;
    private int _at;

    private MemoryCursor(ReadOnlySpan<byte> data, int at)
    {
        _data = data;
        _at = at;
    }

    /// <summary>A cursor at <paramref name="stream"/>'s position.</summary>
    /// <exception cref="ArgumentException">The stream does not hold its bytes in memory.</exception>
    public static MemoryCursor At(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!StreamMemory.TryGetBytes(stream, out ReadOnlySpan<byte> data))
        {
            throw new ArgumentException("The data is read from a stream held in memory; copy it into a MemoryStream first.", nameof(stream));
        }

        return new MemoryCursor(data, checked((int)stream.Position));
    }

    /// <summary>Reads an unsigned 64-bit integer.</summary>
    /// <exception cref="EndOfStreamException">The data ends first.</exception>
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    /// <summary>Reads an unsigned 32-bit integer.</summary>
    /// <exception cref="EndOfStreamException">The data ends first.</exception>
    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(sizeof(uint)));

    /// <summary>Reads an unsigned 16-bit integer.</summary>
    /// <exception cref="EndOfStreamException">The data ends first.</exception>
    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(sizeof(ushort)));

    /// <summary>Moves <paramref name="stream"/> (the one the cursor was made from) to the first byte not read.</summary>
    public readonly void MoveStream(Stream stream) => stream.Position = _at;

    private ReadOnlySpan<byte> Take(int length)
    {
        if (_at > _data.Length - length)
        {
            throw new EndOfStreamException($"The data ends at byte {_data.Length}, inside a value of {length} bytes.");
        }

        ReadOnlySpan<byte> value = _data.Slice(_at, length);
        _at += length;
        return value;
    }
}
