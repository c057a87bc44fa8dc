namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Refines the type of a recognised name of two or more tokens from its last word, as OntoNotes types names:
/// <c>... Treaty</c> is a LAW, <c>... War</c> an EVENT, <c>... Line</c> or <c>... River</c> a LOC,
/// <c>... Airport</c> a FAC, <c>... Institute</c> an ORG. The training data has almost no LAW or FAC names and
/// few EVENT names, so the model files them under ORG or LOC; the head word is the general English signal it
/// lacks. Heads shared by places and organisations (<c>Bank</c>, <c>Union</c>, <c>Federation</c>) are left out.
/// Matching is case-sensitive: only capitalised heads count.
/// </summary>
internal static class NameHeadRules
{
    private static readonly HashSet<string> LawHeads = new(StringComparer.Ordinal)
    {
        "Act", "Accord", "Accords", "Agreement", "Agreements", "Amendment", "Bill", "Charter", "Constitution", "Convention",
        "Code", "Declaration", "Directive", "Doctrine", "Law", "Pact", "Protocol", "Resolution", "Statute", "Treaty",
    };

    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
        "War", "Wars", "Revolution", "Revolt", "Uprising", "Rebellion", "Battle", "Massacre", "Olympics", "Games",
        "Cup", "Championship", "Championships", "Crusade", "Crusades", "Genocide", "Holocaust", "Spring", "Festival",
        "Summit", "Summits", "Conference", "Meeting", "Olympiad", "Expo",
    };

    private static readonly HashSet<string> LocationHeads = new(StringComparer.Ordinal)
    {
        "Line", "River", "Sea", "Ocean", "Mountains", "Mountain", "Valley", "Desert", "Gulf", "Bay", "Lake", "Peninsula",
        "Strait", "Straits", "Basin", "Plateau", "Coast", "Island", "Islands", "Range", "Hills", "Delta", "Corridor",
    };

    private static readonly HashSet<string> FacilityHeads = new(StringComparer.Ordinal)
    {
        "Airport", "Bridge", "Prison", "Stadium", "Tower", "Towers", "Highway", "Palace", "Square", "Street", "Avenue",
        "Road", "Dam", "Cathedral", "Mosque", "Temple",
    };

    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Institute", "University", "College", "Ministry", "Council", "Party", "Agency", "Committee", "Commission",
        "Corporation", "Company", "Association", "Organization", "Organisation", "Foundation", "Movement", "Army",
        "Brigade", "Brigades", "Parliament", "Senate", "Assembly", "Police", "Department",
    };

    private static readonly (HashSet<string> Heads, string Label)[] Rules =
    [
        (LawHeads, EntityLabels.Law),
        (EventHeads, EntityLabels.Event),
        (LocationHeads, EntityLabels.Location),
        (FacilityHeads, EntityLabels.Facility),
        (OrganizationHeads, EntityLabels.Organization),
    ];

    /// <summary>True for a capitalised head noun that makes a name a law, treaty or document (<c>Act</c>, <c>Treaty</c>).</summary>
    public static bool IsLawHead(ReadOnlySpan<char> word) => LawHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Returns the refined label of a mention of <paramref name="tokenCount"/> tokens ending in <paramref name="lastWord"/>.</summary>
    public static string Refine(string label, ReadOnlySpan<char> lastWord, int tokenCount)
    {
        if (tokenCount < 2 || label is not (EntityLabels.Organization or EntityLabels.Location or EntityLabels.GeopoliticalEntity
            or EntityLabels.Person or EntityLabels.Facility or EntityLabels.Product))
        {
            return label;
        }

        foreach ((HashSet<string> heads, string refined) in Rules)
        {
            if (heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord))
            {
                return refined;
            }
        }

        return label;
    }
}
