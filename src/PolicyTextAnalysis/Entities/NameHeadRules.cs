namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Refines the type of a recognised name of two or more tokens from its last word, as OntoNotes types names:
/// <c>... Treaty</c> is a LAW, <c>... War</c> an EVENT, <c>... Line</c> or <c>... River</c> a LOC,
/// <c>... Airport</c> a FAC, <c>... Institute</c> an ORG. The training data has almost no LAW or FAC names and
/// few EVENT names, so the model files them under ORG or LOC; the head word is the general English signal it
/// lacks. Heads shared by places and organisations (<c>Bank</c>, <c>Union</c>, <c>Federation</c>) are left out.
/// Matching is case-sensitive: only capitalised heads count. The words are data: <c>Entities/name-heads.txt</c>.
/// </summary>
internal static class NameHeadRules
{
    private const string ResourceName = "PolicyTextAnalysis.Entities.name-heads.txt";

    // Kinds of the data file, in the order the rules are tried, with the type each gives.
    private static readonly (string Kind, string Label)[] Kinds =
    [
        ("law", EntityLabels.Law),
        ("event", EntityLabels.Event),
        ("loc", EntityLabels.Location),
        ("fac", EntityLabels.Facility),
        ("org", EntityLabels.Organization),
    ];

    // Nouns after a person's possessive that make the phrase a condition named after the person (Alzheimer's disease).
    private const string ConditionKind = "condition";

    // Peoples that join the people or capitalised adjective before them into one NORP name (Asian Americans).
    private const string PeopleKind = "people";

    private static readonly Lazy<((HashSet<string> Heads, string Label)[] Rules, HashSet<string> Conditions, HashSet<string> Peoples)> Lists = new(Load);

    private static (HashSet<string> Heads, string Label)[] Rules => Lists.Value.Rules;

    /// <summary>True for a capitalised head noun that makes a name a law, treaty or document (<c>Act</c>, <c>Treaty</c>).</summary>
    public static bool IsLawHead(ReadOnlySpan<char> word) => Rules[0].Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a capitalised head noun that makes a name an organisation (<c>Ministry</c>, <c>Party</c>).</summary>
    public static bool IsOrganisationHead(ReadOnlySpan<char> word) => IsHeadOf(EntityLabels.Organization, word);

    /// <summary>True for a capitalised head noun that makes a name an event (<c>War</c>, <c>Summit</c>).</summary>
    public static bool IsEventHead(ReadOnlySpan<char> word) => IsHeadOf(EntityLabels.Event, word);

    private static bool IsHeadOf(string type, ReadOnlySpan<char> word)
    {
        foreach ((HashSet<string> heads, string label) in Rules)
        {
            if (label == type && heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a noun that, after a person's possessive, names a condition rather than the person
    /// (<c>disease</c> in <c>Alzheimer's disease</c>).</summary>
    public static bool IsConditionNoun(ReadOnlySpan<char> word) => Lists.Value.Conditions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a people that joins the people or adjective before it into one name (<c>Americans</c> in
    /// <c>Asian Americans</c>).</summary>
    public static bool IsCompoundPeople(ReadOnlySpan<char> word) => Lists.Value.Peoples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

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

    /// <summary>Reads <c>Entities/name-heads.txt</c> (lines <c>KIND WORD</c>, the shared kind-word format).</summary>
    /// <exception cref="InvalidOperationException">The list is missing from this build.</exception>
    /// <exception cref="FormatException">A line has an unknown kind or no word.</exception>
    private static ((HashSet<string> Heads, string Label)[] Rules, HashSet<string> Conditions, HashSet<string> Peoples) Load()
    {
        using Stream stream = typeof(NameHeadRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word list {ResourceName} is missing from this build.");
        using var reader = new StreamReader(stream);
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Name head word", [.. Kinds.Select(k => k.Kind), ConditionKind, PeopleKind]);
        return ([.. Kinds.Select(k => (new HashSet<string>(lists[k.Kind], StringComparer.Ordinal), k.Label))],
            new HashSet<string>(lists[ConditionKind], StringComparer.Ordinal), new HashSet<string>(lists[PeopleKind], StringComparer.Ordinal));
    }
}
