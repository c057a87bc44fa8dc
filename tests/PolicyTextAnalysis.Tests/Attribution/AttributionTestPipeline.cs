using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>The attribution evaluation's pipeline, built once for the attribution tests: the quotes of a text.</summary>
internal static class AttributionTestPipeline
{
    private static readonly AnalysisPipeline Pipeline = AttributionEvaluation.CreatePipeline();

    /// <summary>The quotes the default stages up to attribution find in <paramref name="text"/>.</summary>
    public static IReadOnlyList<Quote> Quotes(string text) => Pipeline.Run(Document.FromText(text)).Quotes;
}
