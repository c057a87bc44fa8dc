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
    /// async form, and on one large document (512 sentences or more) by the parser, the name recogniser, the claim stage
    /// and the stance stage's sentence rules and scorer (blocks of sentences whose results are joined in order:
    /// identical to one thread), and by the model loads of <see cref="PolicyAnalyzer.CreateDefault"/>. Default:
    /// <see cref="Environment.ProcessorCount"/>; 1 keeps every analysis on the calling thread.
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
    /// True to return every token with its part-of-speech tags, lemma and dependency (<see cref="AnalysisResult.Tokens"/>,
    /// the <c>tokens</c> array of the JSON). Default false: the syntax stage always runs (attribution reads the parse), but
    /// the per-token array is large, so results carry it only when asked. <see cref="Document.Syntax"/> always has it.
    /// </summary>
    public bool IncludeTokens { get; init; }

    /// <summary>
    /// Stances whose <see cref="StanceRelation.Confidence"/> is below this are left out. Default 0: every stance the
    /// rules find. The confidence is the stance evidence model's probability that the stance is right (see
    /// <c>models/README.md</c>, "Stance evidence scorer", for the precision and recall each threshold gave on held-out
    /// commentary): raise it to trade recall for precision on commentary. The model learned from commentary only; on news
    /// reports a threshold removed right stances as often as wrong ones, so keep 0 there.
    /// </summary>
    public double MinimumStanceConfidence { get; init; }

    /// <summary>Former name of <see cref="IncludeTokens"/>, from when the syntax stage was optional.</summary>
    [Obsolete("The syntax stage always runs now; use IncludeTokens to have the tokens array in results.")]
    public bool UseSyntax { get => IncludeTokens; init => IncludeTokens = value; }

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

        if (!(MinimumStanceConfidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinimumStanceConfidence), MinimumStanceConfidence, "MinimumStanceConfidence must be between 0 and 1.");
        }
    }
}
