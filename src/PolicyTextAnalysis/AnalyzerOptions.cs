using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis;

/// <summary>Settings of a <see cref="PolicyAnalyzer"/>. Every property has a documented default.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>The defaults.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>
    /// Longest text accepted, in UTF-16 code units; longer input is rejected with an
    /// <see cref="ArgumentException"/> before any work. Default 64 Mi characters (about 128 MB of memory).
    /// </summary>
    public int MaxTextLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Threads used by <see cref="PolicyAnalyzer.AnalyzeMany(IEnumerable{string}, CancellationToken)"/> and its
    /// async form. Default: <see cref="Environment.ProcessorCount"/>.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How hyphenated words are tokenized. Default <see cref="HyphenMode.Keep"/>.</summary>
    public HyphenMode HyphenMode { get; init; } = HyphenMode.Keep;

    internal void Validate()
    {
        if (MaxTextLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTextLength), MaxTextLength, "MaxTextLength must be positive.");
        }

        if (MaxDegreeOfParallelism <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be positive.");
        }
    }
}
