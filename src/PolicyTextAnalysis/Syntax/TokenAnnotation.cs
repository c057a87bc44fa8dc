namespace PolicyTextAnalysis;

/// <summary>One token with its syntax, as in the JSON's <c>tokens</c> array (present when the syntax layer was added).</summary>
/// <param name="Start">First UTF-16 index.</param>
/// <param name="End">One past the last UTF-16 index.</param>
/// <param name="Text">The token's text.</param>
/// <param name="Pos">Universal part-of-speech tag.</param>
/// <param name="Tag">Penn Treebank tag.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="Head">Index of the head token in this array (a root is its own head).</param>
/// <param name="Dep">Universal Dependencies relation to the head.</param>
public sealed record TokenAnnotation(int Start, int End, string Text, string Pos, string Tag, string Lemma, int Head, string Dep);
