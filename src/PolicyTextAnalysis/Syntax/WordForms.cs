namespace PolicyTextAnalysis.Syntax;

/// <summary>How much of a word the syntax features read.</summary>
internal static class WordForms
{
    /// <summary>Longest prefix of a word that features read; longer words are cut (bounds the cost of junk tokens).</summary>
    public const int MaxLength = 30;
}
