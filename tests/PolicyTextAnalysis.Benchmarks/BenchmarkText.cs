using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Benchmarks;

/// <summary>The benchmark input: the source text repeated 200 times, as DESIGN.md's speed bar specifies.</summary>
public static class BenchmarkText
{
    /// <summary>Copies of the source text in the whole-pipeline input.</summary>
    public const int Copies = 200;

    /// <summary>The source text once.</summary>
    public static string Source { get; } = Load();

    /// <summary>The source text repeated <see cref="Copies"/> times, separated by blank lines.</summary>
    public static string Repeated { get; } = string.Join("\n\n", Enumerable.Repeat(Source, Copies));

    /// <summary>Tokens in <see cref="Repeated"/>, for the tokens-per-second column.</summary>
    public static int RepeatedTokenCount { get; } = Tokenizer.Default.Tokenize(Repeated).Count;

    private static string Load()
    {
        using Stream stream = typeof(BenchmarkText).Assembly.GetManifestResourceStream("PolicyTextAnalysis.Benchmarks.source.txt")
            ?? throw new InvalidOperationException("The source text resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
