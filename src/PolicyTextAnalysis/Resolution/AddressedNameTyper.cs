namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects LOC to PERSON on a one-word name the parse reads as a vocative, someone the speaker addresses (<c>Go ahead,
/// Weijia.</c>, <c>Thank you, Kaitlan.</c>), when no place of the knowledge base bears it: briefings hand the floor to
/// reporters by first name, which the recogniser reads as places. A crowd addressed by its place (<c>Thank you,
/// Pittsburgh!</c>) keeps its label.
/// </summary>
internal static class AddressedNameTyper
{
    /// <summary>Retypes the addressed LOC mentions in <paramref name="names"/>; a document without a parse is left as it is.</summary>
    public static void Apply(Document document, List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        if (document.Syntax is not { } syntax)
        {
            return;
        }

        TokenList tokens = document.Tokens;
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label != EntityLabels.Location)
            {
                continue;
            }

            int token = tokens.IndexAtOrAfter(name.Start);
            if (token < 0 || token >= tokens.Count || tokens.Starts[token] != name.Start || tokens.Ends[token] != name.End
                || !syntax.Tree.Is(token, "vocative") || knowledgeBase.Lookup(name.Text).Count > 0)
            {
                continue;
            }

            names[k] = name with { Label = EntityLabels.Person, KbId = null };
        }
    }
}
