namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Refines the type of a recognised name from its last word, as OntoNotes does: a name ending in <c>Treaty</c>,
/// <c>Agreement</c> or <c>Act</c> is a LAW, one ending in <c>War</c> or <c>Revolution</c> an EVENT. The training
/// data has almost no LAW and few EVENT names, so the model files them under ORG or LOC; the head word is the
/// general English signal it lacks. Matching is on the token's characters, case-sensitive (capitalised heads only).
/// </summary>
internal static class NameHeadRules
{
    private static readonly HashSet<string> LawHeads = new(StringComparer.Ordinal)
    {
        "Act", "Accord", "Accords", "Agreement", "Agreements", "Amendment", "Charter", "Constitution", "Convention",
        "Code", "Declaration", "Directive", "Doctrine", "Law", "Pact", "Protocol", "Resolution", "Statute", "Treaty",
    };

    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
        "War", "Wars", "Revolution", "Revolt", "Uprising", "Rebellion", "Battle", "Massacre", "Olympics", "Games",
        "Cup", "Championship", "Championships", "Crusade", "Crusades", "Genocide", "Holocaust", "Spring", "Festival",
    };

    /// <summary>Returns the refined label of a mention whose last token is <paramref name="lastWord"/>.</summary>
    public static string Refine(string label, ReadOnlySpan<char> lastWord, int tokenCount)
    {
        if (label is not (EntityLabels.Organization or EntityLabels.Location or EntityLabels.GeopoliticalEntity
            or EntityLabels.Person or EntityLabels.Facility or EntityLabels.Product) || tokenCount < 2)
        {
            return label;
        }

        var lookup = LawHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(lastWord))
        {
            return EntityLabels.Law;
        }

        return EventHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord) ? EntityLabels.Event : label;
    }
}
