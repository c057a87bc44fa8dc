namespace PolicyTextAnalysis.Syntax;

/// <summary>Classes of Penn Treebank tags that several tree-reading rules test for, in one place.</summary>
internal static class PennTags
{
    /// <summary>True for a wh-word's tag (<c>WDT</c>, <c>WP</c>, <c>WP$</c>, <c>WRB</c>: which, who, whose, where, when,
    /// how): a relative or interrogative word.</summary>
    public static bool IsWhWord(string tag) => tag is "WDT" or "WP" or "WP$" or "WRB";
}
