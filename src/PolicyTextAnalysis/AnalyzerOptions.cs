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
    /// async form, and by the name recogniser on one large document (512 sentences or more, tagged in blocks whose
    /// results are joined in order: identical to one thread). Default: <see cref="Environment.ProcessorCount"/>; 1 keeps
    /// every analysis on the calling thread.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How hyphenated words are tokenized. Default <see cref="HyphenMode.Keep"/>.</summary>
    public HyphenMode HyphenMode { get; init; } = HyphenMode.Keep;

    /// <summary>
    /// Your own names and token patterns to spot (see <see cref="PolicyTextAnalysis.CustomEntities"/>), copied when the
    /// analyzer is created. Default null: none.
    /// </summary>
    public CustomEntities? CustomEntities { get; init; }

    /// <summary>
    /// True (the default) to spot the bundled knowledge base's countries, capitals, big cities, demonyms,
    /// international organisations and militant groups, with <see cref="EntityMention.KbId"/> links.
    /// </summary>
    public bool UseKnowledgeBase { get; init; } = true;

    /// <summary>
    /// Adds the syntax stage (part-of-speech tags, lemmas, dependency trees, noun chunks: <see cref="Document.Syntax"/>,
    /// <see cref="Token.Pos"/>, <see cref="Token.Head"/>, and the <c>tokens</c> array of the JSON). Off by default while the
    /// later stages do not read it yet; it costs about as much again as the rest of the pipeline.
    /// </summary>
    public bool UseSyntax { get; init; }

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
