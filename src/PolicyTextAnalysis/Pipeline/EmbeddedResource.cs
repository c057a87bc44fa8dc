namespace PolicyTextAnalysis.Pipeline;

/// <summary>
/// Opens the models and word lists embedded in the assembly. The resource stream is copied once into a
/// <see cref="MemoryStream"/>: <see cref="BinaryReader"/> reads a <see cref="MemoryStream"/> from its buffer directly,
/// whereas on the resource's own stream every value of the model costs a virtual read, which made loading the
/// megabyte-sized models take several times as long as copying them.
/// </summary>
internal static class EmbeddedResource
{
    /// <summary>The resource <paramref name="name"/> as a readable in-memory stream, or null when the assembly lacks it.</summary>
    public static MemoryStream? Open(string name)
    {
        using Stream? stream = typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        var buffer = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
