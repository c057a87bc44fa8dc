using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Last words that make a name an organisation whatever precedes it: <c>... Party</c>, <c>... Institute</c>,
/// <c>... Bank</c>, <c>... Herald</c>, and mastheads after a place (<c>Toronto Star</c>, <c>Edmonton Sun</c>,
/// <c>Washington Post</c>). A general convention of English names, used both to keep such names from being
/// read as persons and to correct them when the recogniser did.
/// </summary>
internal static class OrganisationHeads
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "party", "movement", "group", "council", "ministry", "institute", "agency", "committee", "front", "army",
            "organization", "organisation", "union", "association", "foundation", "bank", "company", "corporation",
            "university", "court", "commission", "office", "department", "government", "league", "alliance",
            "federation", "forces", "brigade", "network", "fund", "assembly", "parliament", "congress", "senate",
            "journal", "herald", "tribune", "gazette", "chronicle", "telegraph", "inquirer", "magazine", "newspaper",
            "broadcasting", "television", "radio", "times", "inc.", "ltd", "ltd.", "corp.", "plc", "llc",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Mastheads that are also surnames or words (Emily Post, Bill Press): an organisation only after a place name
    // or "The" (Toronto Star, The Guardian, Washington Post).
    private static readonly FrozenSet<string> PlaceMastheads = FrozenSet.ToFrozenSet(
        ["post", "sun", "star", "press", "mail", "express", "guardian", "observer", "monitor", "news", "daily", "standard", "independent"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> ends organisation names.</summary>
    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>
    /// Retypes PERSON mentions of two or more capitalised words whose last word is an organisation head
    /// (<c>Asian Development Bank</c>), or a masthead after a place named in <paramref name="knowledgeBase"/>
    /// (<c>Toronto Star</c>), as ORG.
    /// </summary>
    public static void Apply(List<EntityMention> names, KnowledgeBase? knowledgeBase)
    {
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label != EntityLabels.Person)
            {
                continue;
            }

            if (!name.Text.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            string[] words = name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.All(w => char.IsUpper(w[0])))
            {
                continue;
            }

            bool masthead = PlaceMastheads.Contains(words[^1]) && (words[0] == "The" || IsPlace(string.Join(' ', words[..^1]), knowledgeBase));
            if (Contains(words[^1]) || masthead)
            {
                names[k] = name with { Label = EntityLabels.Organization };
            }
        }
    }

    private static bool IsPlace(string text, KnowledgeBase? knowledgeBase) =>
        knowledgeBase is not null && knowledgeBase.Lookup(text).Any(m => m.Label == EntityLabels.GeopoliticalEntity);
}
