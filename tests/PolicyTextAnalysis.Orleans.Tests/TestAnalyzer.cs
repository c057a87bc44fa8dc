using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans.Tests;

/// <summary>One analyzer for every in-process silo and for the expected lines (it is thread-safe; loading it once saves seconds and memory).</summary>
internal static class TestAnalyzer
{
    private static readonly Lazy<PolicyAnalyzer> Shared = new(PolicyAnalyzer.CreateDefault);

    /// <summary>The shared analyzer.</summary>
    public static PolicyAnalyzer Instance => Shared.Value;

    /// <summary>The line a local run writes for <paramref name="document"/>.</summary>
    public static string ExpectedLine(CorpusDocument document)
    {
        (string? text, _) = document.Load();
        return ResultLine.Format(document, Instance.Analyze(text!));
    }
}
