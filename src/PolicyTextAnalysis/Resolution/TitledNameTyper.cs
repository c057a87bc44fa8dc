using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects the type of a name written right after a personal title: <c>the Special Envoy for Afghanistan, NAME</c>
/// or <c>the supreme leader of the group, NAME</c> names a person, whatever type the recogniser gave it. A general
/// rule of English apposition; it only turns ORG into PERSON, only for names of two or more words that do not end
/// in an organisation word (<c>Party</c>, <c>Council</c>...), and only after titles that hold a person, or when such a
/// title opens a short name itself (<c>King Gyanendra</c> read as an organisation).
/// </summary>
internal static class TitledNameTyper
{
    // Title nouns that always hold a person (unlike "leader" or "head", which a company or a country can be).
    private static FrozenSet<string> PersonalTitles => RoleWords.PersonHeads;

    // "leader" holds a person when qualified as supreme or spiritual.
    private static FrozenSet<string> PersonalLeaderModifiers => RoleWords.PersonModifiers;

    /// <summary>Returns <paramref name="names"/> with ORG mentions after a personal title retyped as PERSON.</summary>
    public static void Apply(Document document, List<EntityMention> names)
    {
        if (document.Tokens.Count == 0)
        {
            return;
        }

        IReadOnlyList<Sentence> sentences = document.Sentences;
        int s = 0;
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label != EntityLabels.Organization)
            {
                continue;
            }

            string[] words = name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || OrganisationHeads.Contains(words[^1]) || !words.All(w => char.IsUpper(w[0])))
            {
                continue;
            }

            // A personal title opening the name itself, before one or two more words (King Gyanendra, Queen Rania): the
            // recogniser took the title for the start of an organisation's name. Longer names and names with an
            // organisation word (Queen Mary University, Judge Rotenberg Center) stay organisations.
            if (words.Length <= 3 && PersonalTitles.Contains(words[0].TrimEnd('.')) && !words.Any(OrganisationHeads.Contains) && name.KbId is null)
            {
                names[k] = name with { Label = EntityLabels.Person };
                continue;
            }

            int token = document.Tokens.IndexAtOrAfter(name.Start);
            while (s < sentences.Count && sentences[s].EndToken <= token)
            {
                s++;
            }

            int sentenceStart = s < sentences.Count ? sentences[s].FirstToken : 0;
            if (RoleFinder.Before(document, token, sentenceStart) is { } role && HoldsAPerson(role))
            {
                names[k] = name with { Label = EntityLabels.Person };
            }
        }
    }

    /// <summary>
    /// Retypes a LOC or GPE mention written right after a title-case title that always holds a person (<c>President
    /// Erdoğan</c>, <c>Senator Sinema</c>, <c>President Lincoln</c>) as PERSON, without its place link: the recogniser
    /// reads some rare surnames as places, and the title says whose name it is. Not across a line break: a heading may
    /// end with a title (<c>Remarks by the Governor</c>) above a place line.
    /// </summary>
    public static void ApplyToPlaces(Document document, List<EntityMention> names)
    {
        TokenList tokens = document.Tokens;
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label is not (EntityLabels.Location or EntityLabels.GeopoliticalEntity))
            {
                continue;
            }

            int token = tokens.IndexAtOrAfter(name.Start);
            if (token > 0 && token < tokens.Count && tokens.Starts[token] == name.Start && tokens.Kinds[token - 1] == TokenKind.Word && !tokens.LineBreakBefore(token)
                && tokens.CharsAt(token - 1) is var title && char.IsUpper(title[0]) && title[1..].ContainsAnyInRange('a', 'z') && PersonalTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title))
            {
                names[k] = name with { Label = EntityLabels.Person, KbId = null };
            }
        }
    }

    private static bool HoldsAPerson(string role)
    {
        string[] words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (PersonalTitles.Contains(words[i])
                || (words[i].Equals("leader", StringComparison.OrdinalIgnoreCase) && i > 0 && PersonalLeaderModifiers.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
