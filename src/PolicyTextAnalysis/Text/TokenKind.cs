namespace PolicyTextAnalysis;

/// <summary>The coarse class of a token, decided by the tokenizer from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (possibly with digits, hyphens, inner apostrophes or abbreviation periods).</summary>
    Word,

    /// <summary>Starts with a digit: <c>2,300</c>, <c>1.7</c>, <c>2023</c>, <c>24th</c>.</summary>
    Number,

    /// <summary>Sentence or clause punctuation: <c>. , ; : ! ? ...</c>, dashes, brackets.</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or curly, single or double.</summary>
    Quote,

    /// <summary>Symbols such as <c>%</c>, <c>$</c>, <c>&amp;</c>, emoji and other pictographs.</summary>
    Symbol,

    /// <summary>A web address or e-mail address kept whole.</summary>
    Url,

    /// <summary>A clitic split from the word before it: possessive <c>'s</c>, <c>n't</c>, <c>'ll</c>.</summary>
    Clitic,
}
