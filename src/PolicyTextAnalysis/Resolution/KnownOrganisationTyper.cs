namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects the type of a name the knowledge base knows as an organisation and not as anything of the type the
/// recogniser gave: <c>Goldman Sachs</c> or <c>General Motors</c> tagged PERSON, <c>African Union</c> or <c>U.N.</c>
/// tagged LOC become ORG and are linked. The whole name must be listed (a title word such as <c>General</c> is part of
/// it); a one-word name is retyped from PERSON only when no person in the document bears it as a surname, and a place
/// label only for names of two words or more or acronyms, for a militant group's or international body's one-word name
/// (<c>Houthis</c> tagged LOC), or for a company's one-word name tagged LOC that the knowledge base knows as no place
/// (<c>Walmart</c>, <c>Moderna</c>; a GPE label stays, as it is more often a town's: <c>Hanover</c>). An event's, product's, work's or
/// facility's label is retyped on the same terms as a place's (<c>Civil Rights Division</c> tagged EVENT).
/// </summary>
internal static class KnownOrganisationTyper
{
    /// <summary>Retypes the PERSON, LOC and GPE mentions in <paramref name="names"/> that name a known organisation.</summary>
    public static void Apply(List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        HashSet<string>? surnames = null;
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            // An event's, product's or work's label on a known organisation's name is the recogniser's guess for an
            // unfamiliar name (Civil Rights Division tagged EVENT): retyped like a place's.
            bool other = name.Label is EntityLabels.Event or EntityLabels.Product or EntityLabels.WorkOfArt or EntityLabels.Facility;
            if (name.Label is not (EntityLabels.Person or EntityLabels.Location or EntityLabels.GeopoliticalEntity) && !other)
            {
                continue;
            }

            string[] words = NameForms.CoreWords(name.Text, null, keepHonorifics: true);
            if (words.Length == 0)
            {
                continue;
            }

            IReadOnlyList<KnowledgeBaseMatch> matches = knowledgeBase.Lookup(string.Join(' ', words));
            KnowledgeBaseMatch organisation = matches.FirstOrDefault(m => m.Entry.Kind is KnowledgeBaseKind.Organization
                or KnowledgeBaseKind.InternationalOrganization or KnowledgeBaseKind.MilitantGroup);
            if (organisation.Entry is null || matches.Any(m => m.Label == name.Label) || organisation.Name.IsCommonWord)
            {
                continue;
            }

            // A militant group or an international body is named by no river or region (Houthis, Hezbollah), unlike a
            // company (Amazon): its one-word name is retyped from a place label too.
            bool acronym = words.Length == 1 && organisation.Name.Kind == KnowledgeBaseNameKind.Abbreviation;
            bool group = organisation.Entry.Kind is KnowledgeBaseKind.MilitantGroup or KnowledgeBaseKind.InternationalOrganization;
            // A company's one-word name the knowledge base knows as no place (Walmart, Moderna tagged LOC) is retyped from a
            // place label too; a name that is also a place's keeps it.
            bool company = organisation.Entry.Kind == KnowledgeBaseKind.Organization && name.Label == EntityLabels.Location
                && !matches.Any(static m => m.Entry.Kind is KnowledgeBaseKind.Country or KnowledgeBaseKind.City or KnowledgeBaseKind.State or KnowledgeBaseKind.Region);
            if (words.Length == 1 && !acronym && !(group && name.Label == EntityLabels.Location) && !company)
            {
                surnames ??= SurnameTyper.Surnames(names);
                if (name.Label != EntityLabels.Person || surnames.Contains(words[0]))
                {
                    continue;
                }
            }

            names[k] = name with { Label = EntityLabels.Organization, KbId = organisation.Entry.Id };
        }
    }
}
