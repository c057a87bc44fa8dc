using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects GPE to LOC on continents and the regions English names after them: <c>Europe</c>, <c>North America</c>,
/// <c>Western Europe</c>, <c>Southeast Asia</c>, <c>Sub-Saharan Africa</c>, and <c>the Middle/Far/Near East</c>.
/// A continent has no government, so OntoNotes types it LOC. The continents come from the knowledge base; a name the
/// knowledge base also knows as a country or a city (<c>Australia</c>) keeps its label.
/// </summary>
internal static class RegionTyper
{
    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Southeast",
        "Southeastern", "Northeast", "Northeastern", "Southwest", "Southwestern", "Northwest", "Northwestern", "Latin",
        "Sub-Saharan", "Continental",
    };

    private static readonly ConditionalWeakTable<KnowledgeBase, FrozenSet<string>> Continents = [];

    /// <summary>Retypes the GPE mentions in <paramref name="names"/> that name a continent or a region of one.</summary>
    public static void Apply(List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        FrozenSet<string> continents = Continents.GetValue(knowledgeBase, static kb => kb.Entries
            .Where(e => e.Kind == KnowledgeBaseKind.Region).SelectMany(e => e.Names).Select(n => n.Text).ToFrozenSet(StringComparer.Ordinal));
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label != EntityLabels.GeopoliticalEntity)
            {
                continue;
            }

            string[] words = name.Text.Contains(' ', StringComparison.Ordinal) ? name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [name.Text];
            bool farEast = words.Length == 2 && words[0] is "Middle" or "Far" or "Near" && words[1] == "East";
            string core = words.Length == 2 && CompassWords.Contains(words[0]) ? words[1] : name.Text;
            if ((farEast || continents.Contains(name.Text) || continents.Contains(core)) && !IsState(name.Text, knowledgeBase))
            {
                names[k] = name with { Label = EntityLabels.Location };
            }
        }
    }

    private static bool IsState(string text, KnowledgeBase knowledgeBase) =>
        knowledgeBase.Lookup(text).Any(m => m.Entry.Kind is KnowledgeBaseKind.Country or KnowledgeBaseKind.City && m.Name.Text == text);
}
