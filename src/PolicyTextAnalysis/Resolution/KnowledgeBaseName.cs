namespace PolicyTextAnalysis.Resolution;

/// <summary>One name of a knowledge-base entry.</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Kind">How it refers to the entry.</param>
/// <param name="CaseSensitive">
/// True when only the exact case matches (short names and abbreviations: <c>US</c> is not <c>us</c>); otherwise a
/// name also matches in other cases (<c>PAKISTAN</c> in a headline).
/// </param>
/// <param name="IsCommonWord">
/// True when the name is one word that is also an ordinary lower-case English word (<c>Male</c>, <c>Base</c>), so a
/// capital at the start of a sentence says nothing: the gazetteer then skips it there.
/// </param>
public readonly record struct KnowledgeBaseName(string Text, KnowledgeBaseNameKind Kind, bool CaseSensitive, bool IsCommonWord = false);
