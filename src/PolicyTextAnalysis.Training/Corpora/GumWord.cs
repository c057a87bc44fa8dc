namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>One UD word of a GUM document (a line with an integer id), numbered through the whole document.</summary>
/// <param name="Index">0-based position in the document; GUM's discourse signals count the same words from 1.</param>
/// <param name="Form">The word form.</param>
/// <param name="Lemma">The lemma.</param>
/// <param name="UPos">The universal part of speech.</param>
/// <param name="Head">The document index of the syntactic head, or -1 for a sentence root.</param>
/// <param name="Relation">The dependency relation to the head.</param>
/// <param name="Sentence">0-based sentence number.</param>
public sealed record GumWord(int Index, string Form, string Lemma, string UPos, int Head, string Relation, int Sentence);
