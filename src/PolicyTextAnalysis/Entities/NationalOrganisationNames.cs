namespace PolicyTextAnalysis.Entities;

/// <summary>
/// An organisation named by ordinary words after a nationality (<c>the Russian Foreign Ministry</c>, <c>the Saudi Interior
/// Ministry</c>, <c>the Israeli Defense Forces</c>) is one ORG with the nationality in it, as the commentary guide (a name
/// inside a longer name is not marked; <c>Sudanese Armed Forces</c>), CrossNER politics, UNER-PUD, wikigold and Few-NERD mark
/// such names; GMB, the largest training corpus, mostly splits them (<c>Serbian | Foreign Ministry</c>), and the recogniser
/// splits them or keeps only the head (<c>Ministry</c>). A one-word adjectival NORP mention, then capitalised words no mention
/// covers, then an ORG mention ending in an organisation head of <c>Entities/name-heads.txt</c>, one space apart each, join
/// when every word after the nationality is an ordinary English word (written in lower case in unlabelled text: the name
/// model's common-word list), for a descriptive name needs its nationality to name anything; a proper name after a
/// nationality stays apart (<c>Russian | Wagner Group</c>, <c>Iraqi | Kurdistan Democratic Party</c>). Linear in the mentions.
/// </summary>
internal static class NationalOrganisationNames
{
    /// <summary>Most capitalised words between the nationality and the organisation mention.</summary>
    private const int MaxUncoveredWords = 3;

    /// <summary>Applies the rule to <paramref name="mentions"/> (ordered by offset); <paramref name="isCommonWord"/> tells
    /// whether a word is an ordinary English word.</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions, Func<ReadOnlySpan<char>, bool> isCommonWord)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(isCommonWord);
        List<EntityMention>? output = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            int joined = m.Label == EntityLabels.Organization && i > 0 ? NationalityBefore(document, mentions[i - 1], m, isCommonWord) : -1;
            if (joined < 0)
            {
                output?.Add(m);
                continue;
            }

            output ??= [.. mentions.Take(i)];
            EntityMention nationality = output[^1];
            string text = document.Text[nationality.Start..m.End];
            output[^1] = m with { Text = text, Start = nationality.Start, Canonical = text, KbId = null };
        }

        return output ?? mentions;
    }

    // The start of the nationality mention when the rule joins it to the organisation, else -1.
    private static int NationalityBefore(Document document, EntityMention previous, EntityMention organisation, Func<ReadOnlySpan<char>, bool> isCommonWord)
    {
        TokenList tokens = document.Tokens;
        if (previous.Label != EntityLabels.Norp || !IsAdjectival(previous.Text))
        {
            return -1;
        }

        // The organisation ends in an organisation's head (Ministry, Forces, Party): a false ORG of a plural (our European
        // Allies) is not made longer.
        int orgEnd = tokens.IndexAtOrAfter(organisation.End);
        if (orgEnd < 1 || !NameHeadRules.IsOrganisationHead(tokens.CharsAt(orgEnd - 1)))
        {
            return -1;
        }

        int first = tokens.IndexAtOrAfter(previous.Start);
        int after = tokens.IndexAtOrAfter(previous.End);
        int orgFirst = tokens.IndexAtOrAfter(organisation.Start);
        if (after != first + 1 || orgFirst - after > MaxUncoveredWords)
        {
            return -1;
        }

        // One space between each word from the nationality to the organisation's end, every word after the nationality a
        // capitalised ordinary word.
        for (int t = after; t < orgEnd; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (tokens.Kinds[t] != TokenKind.Word || tokens.Starts[t] != tokens.Ends[t - 1] + 1 || document.Text[tokens.Ends[t - 1]] != ' '
                || w.Length < 2 || !char.IsUpper(w[0]) || !isCommonWord(w))
            {
                return -1;
            }
        }

        return previous.Start;
    }

    // An adjectival form (Russian, Saudi, Swiss), not a plural people (Americans, Democrats).
    private static bool IsAdjectival(string text) =>
        text.Length >= 3 && !text.Contains(' ', StringComparison.Ordinal) && char.IsUpper(text[0])
        && (!text.EndsWith('s') || text.EndsWith("ss", StringComparison.Ordinal));
}
