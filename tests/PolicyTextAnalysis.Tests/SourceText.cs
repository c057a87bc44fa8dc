using System.Reflection;

namespace PolicyTextAnalysis.Tests;

/// <summary>The source text the project was created from, as embedded in the AnalyzeArticle sample.</summary>
internal static class SourceText
{
    public static string Value { get; } = AnalyzeArticle.InputText.Sample();
}
