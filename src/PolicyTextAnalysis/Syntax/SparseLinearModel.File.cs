using System.Buffers.Binary;
using PolicyTextAnalysis.Pipeline;

namespace PolicyTextAnalysis.Syntax;

/// <summary>The file format of <see cref="SparseLinearModel"/>: features with their (class, 16-bit weight) entries.</summary>
internal sealed partial class SparseLinearModel
{
    /// <summary>Writes the model (features in table order with their entries; weights as 16-bit floats).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_keys is null)
        {
            // Read from a file: the same bytes again.
            writer.Write(_source.Span);
            return;
        }

        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        for (int i = 0; i < _cells.Length; i++)
        {
            Cell cell = _cells[i];
            if (cell.IsEmpty)
            {
                continue;
            }

            writer.Write(_keys[i]);
            if (cell.Count < 0)
            {
                // A dense row's entries are its non-zero weights (a zero weight adds nothing to any score).
                ReadOnlySpan<float> row = _dense.AsSpan(cell.Start, ClassCount);
                writer.Write((ushort)(row.Length - row.Count(0f)));
                for (int c = 0; c < ClassCount; c++)
                {
                    if (_dense[cell.Start + c] != 0)
                    {
                        writer.Write((ushort)c);
                        writer.Write((Half)_dense[cell.Start + c]);
                    }
                }

                continue;
            }

            writer.Write((ushort)cell.Count);
            for (int e = cell.Start; e < cell.Start + cell.Count; e++)
            {
                writer.Write((ushort)_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
            }
        }
    }

    /// <summary>
    /// Reads a model written by <see cref="Write"/>; weights are stored as 16-bit floats. The reader's stream must hold
    /// its bytes in memory (<see cref="StreamMemory"/>): the features are parsed from the buffer twice, once to size
    /// the table and once into it, so nothing but the table is allocated (reading into growing flat arrays first
    /// allocated two and a half times the parser's table again, and a value at a time through the reader took as long
    /// as the rest of the load).
    /// </summary>
    /// <exception cref="InvalidDataException">The data is malformed.</exception>
    /// <exception cref="ArgumentException">The reader's stream does not hold its bytes in memory.</exception>
    /// <param name="reader">The reader, over a stream held in memory.</param>
    /// <param name="permanentMemory">True when the stream's memory outlives the model (an embedded resource of a
    /// non-collectible assembly): the model then keeps it for <see cref="Write"/> instead of a copy.</param>
    public static SparseLinearModel Read(BinaryReader reader, bool permanentMemory = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Stream stream = reader.BaseStream;
        if (!StreamMemory.TryGetBytes(stream, out ReadOnlySpan<byte> data))
        {
            throw new ArgumentException("The model is read from a stream held in memory; copy it into a new MemoryStream first.", nameof(reader));
        }

        int at = (int)stream.Position;
        int start = at;
        int classCount = ReadInt32(data, ref at);
        int featureCount = ReadInt32(data, ref at);
        if (classCount is <= 0 or > ushort.MaxValue || featureCount < 0 || featureCount > 50_000_000)
        {
            throw new InvalidDataException($"bad model header: {classCount} classes, {featureCount} features");
        }

        int first = at;
        int denseFrom = DenseFrom(classCount);
        long weightCount = 0, sparseWeights = 0;
        int denseRows = 0;
        for (int f = 0; f < featureCount; f++)
        {
            if (at > data.Length - sizeof(ulong) - sizeof(ushort))
            {
                throw new EndOfStreamException($"the model ends inside feature {f} of {featureCount}");
            }

            at += sizeof(ulong);
            int count = ReadUInt16(data, ref at);
            at += count * 4;
            if (at > data.Length)
            {
                throw new EndOfStreamException($"the model ends inside feature {f} of {featureCount}");
            }

            weightCount += count;
            if (count >= denseFrom)
            {
                denseRows++;
            }
            else
            {
                sparseWeights += count;
            }
        }

        if (weightCount > int.MaxValue)
        {
            throw new InvalidDataException($"the model is too large ({weightCount} weights)");
        }

        var model = new SparseLinearModel(
            classCount, (featureCount, (int)weightCount, (int)Math.Min(sparseWeights, int.MaxValue), denseRows),
            StreamMemory.Keep(stream, start, at - start, permanentMemory));
        at = first;
        var classes = new ushort[classCount];
        var weights = new float[classCount];
        int entry = 0, row = 0;
        for (int f = 0; f < featureCount; f++)
        {
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(data[at..]);
            at += sizeof(ulong);
            int count = ReadUInt16(data, ref at);
            if (count > classes.Length)
            {
                // More weights than classes: a class is repeated (a dense row adds them up).
                classes = new ushort[count];
                weights = new float[count];
            }

            for (int e = 0; e < count; e++)
            {
                ushort c = ReadUInt16(data, ref at);
                if (c >= classCount)
                {
                    throw new InvalidDataException($"class {c} out of range ({classCount} classes)");
                }

                classes[e] = c;
                weights[e] = HalfToSingle(BinaryPrimitives.ReadUInt16LittleEndian(data[at..]));
                at += 2;
            }

            model.Insert(key, classes.AsSpan(0, count), weights.AsSpan(0, count), ref entry, ref row);
        }

        stream.Position = at;
        return model;
    }

    /// <summary>
    /// The single-precision value of a 16-bit float given by its bits, exactly as <c>(float)(Half)</c> gives it. A normal
    /// number (almost every weight) only moves its fields; zeros, subnormals, infinities and NaNs take the runtime's
    /// conversion, which in a Native AOT process is a software routine that took a tenth of loading the syntax model.
    /// </summary>
    internal static float HalfToSingle(ushort bits)
    {
        int exponent = (bits >> 10) & 0x1F;
        if (exponent is 0 or 0x1F)
        {
            return (float)BitConverter.UInt16BitsToHalf(bits);
        }

        // Sign to bit 31; exponent and mantissa shifted up by 13, the exponent rebased from 15 to 127.
        uint single = ((uint)(bits & 0x8000) << 16) | ((((uint)bits & 0x7FFF) << 13) + ((127u - 15u) << 23));
        return BitConverter.UInt32BitsToSingle(single);
    }

    private static int ReadInt32(ReadOnlySpan<byte> data, ref int at)
    {
        if (at > data.Length - sizeof(int))
        {
            throw new EndOfStreamException("the model header is truncated");
        }

        int value = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        at += sizeof(int);
        return value;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, ref int at)
    {
        ushort value = BinaryPrimitives.ReadUInt16LittleEndian(data[at..]);
        at += sizeof(ushort);
        return value;
    }
}
