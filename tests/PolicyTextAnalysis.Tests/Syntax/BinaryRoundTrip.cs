namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>Writes a model part to memory with its writer and reads it back with its reader.</summary>
internal static class BinaryRoundTrip
{
    public static T Of<T>(Action<BinaryWriter> write, Func<BinaryReader, T> read)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return read(reader);
    }
}
