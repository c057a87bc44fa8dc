namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects LOC to PERSON on a one-word name that is the surname of a person the document names in full (<c>Nicolás
/// Maduro</c> ... <c>Maduro</c> read as a place), when no entry of the knowledge base bears it: the recogniser reads rare
/// surnames alone as places. A GPE label stays (a town a person's name happens to end with: <c>Selma</c>), and so does a
/// name the knowledge base knows (<c>Lincoln</c> after <c>Abraham Lincoln</c>).
/// </summary>
internal static class SurnameTyper
{
    /// <summary>Retypes the LOC mentions in <paramref name="names"/> that are a named person's surname.</summary>
    public static void Apply(List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        HashSet<string>? surnames = null;
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label != EntityLabels.Location)
            {
                continue;
            }

            string[] words = NameForms.CoreWords(name.Text, null);
            if (words.Length != 1)
            {
                continue;
            }

            surnames ??= Surnames(names);
            if (surnames.Contains(words[0]) && knowledgeBase.Lookup(words[0]).Count == 0)
            {
                names[k] = name with { Label = EntityLabels.Person, KbId = null };
            }
        }
    }

    /// <summary>The last words of the person names of two words or more in <paramref name="names"/> (Gerald Ford makes a
    /// later Ford a person).</summary>
    internal static HashSet<string> Surnames(List<EntityMention> names)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention name in names)
        {
            if (name.Label == EntityLabels.Person && NameForms.CoreWords(name.Text, null) is { Length: > 1 } words)
            {
                surnames.Add(words[^1]);
            }
        }

        return surnames;
    }
}
