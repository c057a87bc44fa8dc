namespace PolicyTextAnalysis.Text;

/// <summary>How the tokenizer treats a hyphen between two word characters.</summary>
public enum HyphenMode
{
    /// <summary>
    /// Keep hyphenated words whole (<c>Anwar-ul-Haq</c>, <c>Tehreek-e-Taliban</c>, <c>June-September</c>).
    /// The default: names and compounds stay one token for the later stages.
    /// </summary>
    Keep,

    /// <summary>
    /// Split at inner hyphens, as Universal Dependencies English treebanks do (<c>long</c> <c>-</c> <c>term</c>),
    /// except after a bound prefix (<c>re-elected</c>, <c>non-profit</c>, <c>e-mail</c> stay whole).
    /// Useful when comparing with UD gold tokens.
    /// </summary>
    Split,
}
