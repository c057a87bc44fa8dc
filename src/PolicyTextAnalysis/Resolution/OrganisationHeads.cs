using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Last words that make a name an organisation whatever precedes it: <c>... Party</c>, <c>... Institute</c>,
/// <c>... Bank</c>, <c>... Herald</c>, and mastheads after a place (<c>Toronto Star</c>, <c>Edmonton Sun</c>,
/// <c>Washington Post</c>). A general convention of English names, used both to keep such names from being
/// read as persons and to correct them when the recogniser did. The words are data (embedded
/// <c>Resolution/Lexicons/organisation-heads.txt</c>); loaded once, immutable and thread-safe.
/// </summary>
internal static class OrganisationHeads
{
    private const string ResourceName = "PolicyTextAnalysis.Resolution.Lexicons.organisation-heads.txt";

    private static readonly Lazy<Lists> Loaded = new(() => KindWordFile.LoadEmbedded(ResourceName, Parse));

    private static FrozenSet<string> Words => Loaded.Value.Heads;

    private static FrozenSet<string> PlaceMastheads => Loaded.Value.Mastheads;

    /// <summary>Parses the line format <c>KIND&lt;TAB&gt;WORD</c> with kinds <c>head</c> and <c>masthead</c>.</summary>
    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    internal static Lists Parse(TextReader reader)
    {
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Organisation head", "head", "masthead");
        return new Lists(
            lists["head"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["masthead"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

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

    /// <summary>The two word classes.</summary>
    internal sealed record Lists(FrozenSet<string> Heads, FrozenSet<string> Mastheads);
}
