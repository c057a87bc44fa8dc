using System.Text.Json;
using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans.Tests;

/// <summary>Short test documents: the paragraphs of the repository's 40 commentary texts, repeated to any count.</summary>
internal static class TestCorpus
{
    private static readonly Lazy<string[]> Paragraphs = new(LoadParagraphs);

    /// <summary>The repository root (the folder holding PolicyTextAnalysis.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly (Debug or Release), to find the sample programs built beside it.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The path of a sample program's main assembly, built in the same configuration as the tests.</summary>
    public static string SampleAssembly(string name) =>
        Path.Combine(RepositoryRoot, "samples", name, "bin", Configuration, "net10.0", name + ".dll");

    /// <summary>Documents <c>doc00000</c>.. with paragraph texts.</summary>
    public static IReadOnlyList<(string Id, string Text)> Documents(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ($"doc{i:D5}", Paragraphs.Value[i % Paragraphs.Value.Length]))];

    /// <summary>Writes <paramref name="count"/> documents as a JSONL file and returns its path.</summary>
    public static string WriteJsonLines(string folder, int count)
    {
        string path = Path.Combine(folder, "corpus.jsonl");
        using var writer = new StreamWriter(path);
        foreach ((string id, string text) in Documents(count))
        {
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text }));
        }

        return path;
    }

    /// <summary>The documents as the corpus reader yields them (source <c>test:N</c>).</summary>
    public static IReadOnlyList<CorpusDocument> CorpusDocuments(int count) =>
        [.. Documents(count).Select((d, i) => new CorpusDocument(d.Id, $"test:{i + 1}", () => (d.Text, null)))];

    private static string[] LoadParagraphs()
    {
        string folder = Path.Combine(RepositoryRoot, "eval", "commentary", "texts");
        string[] paragraphs = [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length >= 200)];
        Assert.That(paragraphs, Has.Length.GreaterThan(100), $"the commentary texts in {folder} give too few paragraphs");
        return paragraphs;
    }

    private static string FindRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PolicyTextAnalysis.sln")))
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException("No folder above the test assembly holds PolicyTextAnalysis.sln.");
    }
}
