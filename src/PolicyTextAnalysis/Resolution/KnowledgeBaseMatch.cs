namespace PolicyTextAnalysis.Resolution;

/// <summary>A name found in the knowledge base: the entry and the way the name refers to it.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Name">The matching name.</param>
public readonly record struct KnowledgeBaseMatch(KnowledgeBaseEntry Entry, KnowledgeBaseName Name)
{
    /// <summary>
    /// The OntoNotes label of a mention by this name: NORP for a demonym (<c>Afghans</c>), else the entry's label.
    /// </summary>
    public string Label => Name.Kind == KnowledgeBaseNameKind.Demonym ? EntityLabels.Norp : Entry.Label;
}
