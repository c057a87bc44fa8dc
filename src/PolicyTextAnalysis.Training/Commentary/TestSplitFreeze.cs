using System.Security.Cryptography;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// The freeze of the test split: <c>eval/commentary/test-split.sha256</c> lists the SHA-256 of every test gold file
/// and of its text, in <c>sha256sum</c> format with paths relative to <c>eval/commentary</c>.
/// </summary>
public static class TestSplitFreeze
{
    /// <summary>The current lines: one per test gold file and one per test text, in path order.</summary>
    public static IReadOnlyList<string> CurrentLines()
    {
        var lines = new List<string>();
        foreach (CommentaryDocument document in CommentarySet.Load("test"))
        {
            lines.Add(Line(Path.Combine("gold", "test", document.Name + ".json")));
            lines.Add(Line(Path.Combine("texts", document.Gold.File)));
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The recorded lines, or an empty list when the freeze file does not exist.</summary>
    public static IReadOnlyList<string> RecordedLines() =>
        File.Exists(CommentarySet.FreezeFile)
            ? File.ReadAllLines(CommentarySet.FreezeFile).Where(l => l.Length > 0).ToList()
            : [];

    /// <summary>Writes the freeze file; refuses when one exists, since the test split is frozen once.</summary>
    public static void Write()
    {
        if (File.Exists(CommentarySet.FreezeFile))
        {
            throw new InvalidDataException($"{CommentarySet.FreezeFile} exists: the test split is frozen; delete the file deliberately to re-freeze");
        }

        File.WriteAllLines(CommentarySet.FreezeFile, CurrentLines());
    }

    private static string Line(string relativePath)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(CommentarySet.Folder, relativePath))));
        return $"{hash}  {relativePath.Replace('\\', '/')}";
    }
}
