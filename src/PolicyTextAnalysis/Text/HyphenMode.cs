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
    /// Split at every inner hyphen, as Universal Dependencies treebanks do (<c>long</c> <c>-</c> <c>term</c>).
    /// Useful when comparing with UD gold tokens.
    /// </summary>
    Split,
}
