using System.Text;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// Keeps the jack-knifed training tags of <c>train-syntax --tags-cache FILE</c> between runs: they take about a minute
/// and do not change while only the parser is being tuned. A file is reused only when it was written for the same
/// folds, tagger epochs, word-class setting of the tagger (<c>--clusters</c>) and sentence lengths; it does not know the
/// tagger's code, so delete it after changing the tagger.
/// </summary>
internal static class JackknifedTagsCache
{
    private const string Magic = "PTA-JKTAGS";
    private const int Version = 2;

    /// <summary>The cached tags, or null when there is no usable cache at <paramref name="path"/>.</summary>
    public static int[][]? Load(string? path, IReadOnlyList<UdSentence> train, int folds, int epochs, bool taggerClasses)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != folds
            || reader.ReadInt32() != epochs || reader.ReadBoolean() != taggerClasses || reader.ReadInt32() != train.Count)
        {
            return null;
        }

        var tags = new int[train.Count][];
        for (int i = 0; i < tags.Length; i++)
        {
            int length = reader.ReadInt32();
            if (length != train[i].Length)
            {
                return null;
            }

            tags[i] = new int[length];
            for (int w = 0; w < length; w++)
            {
                tags[i][w] = reader.ReadUInt16();
            }
        }

        return tags;
    }

    /// <summary>Writes <paramref name="tags"/> to <paramref name="path"/> (nothing when the path is null).</summary>
    public static void Save(string? path, int[][] tags, int folds, int epochs, bool taggerClasses)
    {
        if (path is null)
        {
            return;
        }

        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(folds);
        writer.Write(epochs);
        writer.Write(taggerClasses);
        writer.Write(tags.Length);
        foreach (int[] sentence in tags)
        {
            writer.Write(sentence.Length);
            foreach (int tag in sentence)
            {
                writer.Write((ushort)tag);
            }
        }
    }
}
