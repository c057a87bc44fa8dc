namespace PolicyTextAnalysis.Resolution;

/// <summary>One name of a knowledge-base entry.</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Kind">How it refers to the entry.</param>
/// <param name="CaseSensitive">
/// True when only the exact case matches (short names and abbreviations: <c>US</c> is not <c>us</c>); otherwise a
/// name also matches in other cases (<c>PAKISTAN</c> in a headline).
/// </param>
public readonly record struct KnowledgeBaseName(string Text, KnowledgeBaseNameKind Kind, bool CaseSensitive);
