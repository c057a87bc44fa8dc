namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Links a name shared by a country and a state (<c>Georgia</c>) to the state when the document is about places of
/// that state's country: it names another of its states (<c>Texas</c>) or one of its cities other than the capital
/// (<c>Atlanta</c>), or writes <c>state of</c> right before the name. Otherwise the country keeps the name: a mention of
/// <c>U.S.</c> or <c>Washington</c> alone is not taken as evidence, as commentary on Georgia the country names them
/// often. Only the link changes; both are GPE.
/// </summary>
internal static class StateContextLinker
{
    /// <summary>Relinks, in place, the country-linked mentions of <paramref name="names"/> that name a state in context.</summary>
    public static void Apply(Document document, List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        HashSet<string>? countriesInContext = null;
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label != EntityLabels.GeopoliticalEntity || name.KbId is not { } id || knowledgeBase.Find(id) is not { Kind: KnowledgeBaseKind.Country })
            {
                continue;
            }

            KnowledgeBaseEntry? state = knowledgeBase.Lookup(name.Text)
                .Select(m => m.Entry).FirstOrDefault(e => e.Kind == KnowledgeBaseKind.State && e.CountryId is not null);
            if (state is null)
            {
                continue;
            }

            // Cities of the country itself (Tbilisi, Batumi) keep the country, whatever else is named.
            countriesInContext ??= CountriesOfSubnationalPlaces(names, knowledgeBase);
            if ((countriesInContext.Contains(state.CountryId!) && !CitiesNamed(names, knowledgeBase, id)) || AfterStateOf(document, name))
            {
                names[k] = name with { KbId = state.Id };
            }
        }
    }

    // The countries of the document's states and non-capital cities (a state's name that is also a country's is no evidence).
    private static HashSet<string> CountriesOfSubnationalPlaces(List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention name in names)
        {
            if (name.Label != EntityLabels.GeopoliticalEntity || name.KbId is not { } id || knowledgeBase.Find(id) is not { CountryId: { } country } entry)
            {
                continue;
            }

            bool evidence = entry.Kind switch
            {
                KnowledgeBaseKind.State => !knowledgeBase.Lookup(name.Text).Any(m => m.Entry.Kind == KnowledgeBaseKind.Country),
                KnowledgeBaseKind.City => knowledgeBase.StateOf(entry) is null,
                _ => false,
            };
            if (evidence)
            {
                countries.Add(country);
            }
        }

        return countries;
    }

    private static bool CitiesNamed(List<EntityMention> names, KnowledgeBase knowledgeBase, string countryId) =>
        names.Exists(n => n.KbId is { } id && knowledgeBase.Find(id) is { Kind: KnowledgeBaseKind.City } city && city.CountryId == countryId);

    private static bool AfterStateOf(Document document, EntityMention name)
    {
        TokenList tokens = document.Tokens;
        if (tokens.Count == 0)
        {
            return false;
        }

        int token = tokens.IndexAtOrAfter(name.Start);
        return token >= 2 && tokens.CharsAt(token - 1) is "of" && tokens.CharsAt(token - 2).Equals("state", StringComparison.OrdinalIgnoreCase);
    }
}
