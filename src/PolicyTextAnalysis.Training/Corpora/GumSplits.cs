namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>The official GUM partition for the news and interview documents (see the data folder's splits.md).</summary>
public static class GumSplits
{
    /// <summary>Development documents.</summary>
    public static IReadOnlySet<string> Dev { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "GUM_interview_cyclone", "GUM_interview_gaming", "GUM_news_homeopathic", "GUM_news_iodine",
    };

    /// <summary>Test documents.</summary>
    public static IReadOnlySet<string> Test { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "GUM_interview_hill", "GUM_interview_libertarian", "GUM_news_nasa", "GUM_news_sensitive",
    };

    /// <summary>The split a document belongs to: "dev", "test" or "train".</summary>
    public static string Of(string documentId) =>
        Dev.Contains(documentId) ? "dev" : Test.Contains(documentId) ? "test" : "train";
}
