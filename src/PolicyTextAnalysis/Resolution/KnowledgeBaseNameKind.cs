namespace PolicyTextAnalysis.Resolution;

/// <summary>How a name refers to its <see cref="KnowledgeBaseEntry"/>.</summary>
public enum KnowledgeBaseNameKind : byte
{
    /// <summary>The canonical name (<c>Pakistan</c>).</summary>
    Canonical,

    /// <summary>Another full or short name (<c>Islamic Republic of Pakistan</c>, <c>Britain</c>).</summary>
    Alias,

    /// <summary>An abbreviation or acronym (<c>UK</c>, <c>NATO</c>); always matched with exact case.</summary>
    Abbreviation,

    /// <summary>A nationality word naming the people (<c>Pakistani</c>, <c>Afghans</c>): a NORP mention of the country.</summary>
    Demonym,
}
