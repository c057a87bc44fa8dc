using PolicyTextAnalysis.Pipeline;

namespace PolicyTextAnalysis.Tests.Pipeline;

public sealed class MemoryCursorTests
{
    [Test]
    public void Reads_LittleEndianValues_FromTheStreamPosition_AndMovesTheStreamPastThem()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)7);
            writer.Write(0x0102030405060708UL);
            writer.Write(0xA0B0C0D0u);
            writer.Write((ushort)0xBEEF);
            writer.Write((byte)9);
        }

        stream.Position = 1;
        var cursor = MemoryCursor.At(stream);
        Assert.That(cursor.ReadUInt64(), Is.EqualTo(0x0102030405060708UL));
        Assert.That(cursor.ReadUInt32(), Is.EqualTo(0xA0B0C0D0u));
        Assert.That(cursor.ReadUInt16(), Is.EqualTo((ushort)0xBEEF));
        cursor.MoveStream(stream);
        Assert.That(stream.Position, Is.EqualTo(15));
        Assert.That(stream.ReadByte(), Is.EqualTo(9));
    }

    [Test]
    public void ReadingPastTheEnd_Throws_AndAStreamNotInMemory_IsRefused()
    {
        var stream = new MemoryStream(new byte[] { 1, 2, 3 }, 0, 3, writable: false, publiclyVisible: true);
        Assert.That(() => MemoryCursor.At(stream).ReadUInt32(), Throws.InstanceOf<EndOfStreamException>());

        string path = Path.GetTempFileName();
        try
        {
            using FileStream file = File.OpenRead(path);
            Assert.That(() => MemoryCursor.At(file), Throws.ArgumentException);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
