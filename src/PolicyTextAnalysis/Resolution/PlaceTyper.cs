namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects LOC to GPE on a place with a government of its own: a country, a US state or a city of 100,000 people or
/// more the knowledge base names exactly as written (<c>El Paso</c>, <c>Rhode Island</c>), the dotted initials of such a
/// place's abbreviation (<c>D.C.</c>, <c>N.Y.</c>) or a country's letters (<c>UAE</c>), and ORG to GPE on a country's letters (<c>UAE</c>, <c>DPRK</c>).
/// OntoNotes types these GPE and keeps LOC for places without one (mountains,
/// seas, regions). A name the knowledge base also knows as a region or an organisation, or only as a common word,
/// keeps its label.
/// </summary>
internal static class PlaceTyper
{
    /// <summary>The people a city in the knowledge base must have to be taken for a city by name alone.</summary>
    public const long MinCityPopulation = 100_000;

    /// <summary>Retypes the LOC mentions in <paramref name="names"/> that name a country, state or city, and the ORG
    /// mentions that are a country's abbreviation.</summary>
    public static void Apply(List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            // The link is left to the resolution stage's linking, as for a GPE the recogniser found (so a state and a
            // country of one name are told apart the same way), except for a dotted abbreviation, which it cannot look up.
            if (name.Label == EntityLabels.Location && GovernedPlace(name.Text, knowledgeBase) is { } place)
            {
                names[k] = name with { Label = EntityLabels.GeopoliticalEntity, KbId = name.Text.Contains('.', StringComparison.Ordinal) ? place.Id : null };
            }
            else if (name.Label == EntityLabels.Organization && CountryAbbreviation(name.Text, knowledgeBase) is { } country)
            {
                names[k] = name with { Label = EntityLabels.GeopoliticalEntity, KbId = country.Id };
            }
        }
    }

    /// <summary>The country, state or city the knowledge base knows by <paramref name="text"/> and by nothing else, or null.</summary>
    private static KnowledgeBaseEntry? GovernedPlace(string text, KnowledgeBase knowledgeBase)
    {
        IReadOnlyList<KnowledgeBaseMatch> matches = knowledgeBase.Lookup(text);
        if (matches.Any(m => !IsGoverned(m.Entry)))
        {
            return null;
        }

        if (matches.FirstOrDefault(m => m.Name.Text == text && !m.Name.IsCommonWord && m.Name.Kind != KnowledgeBaseNameKind.Abbreviation)
            is { Entry: { } named })
        {
            return named;
        }

        // UAE, DRC: a country's abbreviation the recogniser already took for a place, when the knowledge base knows the
        // letters by nothing else. Not two letters: a state's postal code is as often a degree or a group's initials (an
        // MA in economics, NH/PI communities).
        if (text.Length >= 3 && matches.Count > 0 && matches.All(m => m.Entry.Kind is KnowledgeBaseKind.Country or KnowledgeBaseKind.State
            && m.Name.Kind == KnowledgeBaseNameKind.Abbreviation && m.Name.Text == text) && matches.All(m => m.Entry == matches[0].Entry))
        {
            return matches[0].Entry;
        }

        // D.C., N.Y.: an abbreviation written with periods, which the knowledge base lists without them.
        return text.Contains('.', StringComparison.Ordinal) && Acronyms.LettersOf(text) is { } letters
            ? knowledgeBase.Lookup(letters).FirstOrDefault(m => m.Entry.Kind is KnowledgeBaseKind.Country or KnowledgeBaseKind.State
                && m.Name.Kind == KnowledgeBaseNameKind.Abbreviation && m.Name.Text == letters).Entry
            : null;
    }

    /// <summary>The country whose abbreviation <paramref name="text"/> is (<c>UAE</c>, <c>DPRK</c>) when the knowledge base
    /// knows it by nothing else, or null: the recogniser takes some countries' letters for an organisation's. A country's
    /// full name typed ORG is often its institutions (a Vatican spokesman) and keeps the label.</summary>
    private static KnowledgeBaseEntry? CountryAbbreviation(string text, KnowledgeBase knowledgeBase)
    {
        IReadOnlyList<KnowledgeBaseMatch> matches = knowledgeBase.Lookup(text);
        return matches.Count > 0 && matches.All(m => m.Entry.Kind == KnowledgeBaseKind.Country && m.Name.Text == text
            && m.Name.Kind == KnowledgeBaseNameKind.Abbreviation) ? matches[0].Entry : null;
    }

    // A city only with a city's population: the knowledge base also lists every territory's capital, some of them a
    // village named like a place of another kind (Capitol Hill, the capital of the Northern Mariana Islands).
    private static bool IsGoverned(KnowledgeBaseEntry entry) =>
        entry.Kind is KnowledgeBaseKind.Country or KnowledgeBaseKind.State
        || (entry.Kind == KnowledgeBaseKind.City && entry.Population >= MinCityPopulation);
}
