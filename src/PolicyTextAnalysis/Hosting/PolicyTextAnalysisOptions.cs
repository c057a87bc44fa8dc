using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Hosting;

/// <summary>
/// Settable options for dependency-injection setups (<c>services.Configure&lt;PolicyTextAnalysisOptions&gt;(...)</c> or
/// configuration binding); turned into an immutable <see cref="AnalyzerOptions"/> when the analyzer is created.
/// </summary>
public sealed class PolicyTextAnalysisOptions
{
    /// <summary>See <see cref="AnalyzerOptions.MaxTextLength"/>.</summary>
    public int MaxTextLength { get; set; } = AnalyzerOptions.Default.MaxTextLength;

    /// <summary>See <see cref="AnalyzerOptions.MaxDegreeOfParallelism"/>.</summary>
    public int MaxDegreeOfParallelism { get; set; } = AnalyzerOptions.Default.MaxDegreeOfParallelism;

    /// <summary>See <see cref="AnalyzerOptions.HyphenMode"/>.</summary>
    public HyphenMode HyphenMode { get; set; } = AnalyzerOptions.Default.HyphenMode;

    /// <summary>Converts to the analyzer's immutable options.</summary>
    public AnalyzerOptions ToAnalyzerOptions() => AnalyzerOptions.Default with
    {
        MaxTextLength = MaxTextLength,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        HyphenMode = HyphenMode,
    };
}
