using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Splits a name the recogniser ran from an organisation over its officer's title into the officer's own name
/// (<c>CIA Director William Burns</c>, <c>House Speaker Nancy Pelosi</c>, <c>Calder Growers Association SVP of Trade
/// Ann Lee</c>, all read as one organisation): when an organisation's name ends in two to four capitalised words
/// opening with a known first name, and a title or role word (<c>Resolution/Lexicons/name-titles.txt</c>,
/// <c>role-words.txt</c>) stands before them, those words are a person's name and the title is no part of any name.
/// The words before the title stay a name when a known name covers exactly them (<c>U.S.</c> is a country's), or as the
/// recogniser's organisation when they are an acronym or end in an organisation's head word; else they are the title's
/// own words (<c>National Security Advisor</c>) and no name. A title that opens the mention (<c>General Colin Powell</c>) leaves only the person.
/// A mention after a title and <c>of</c> (<c>Secretary of the Treasury Ann Lee</c>, with <c>Treasury Ann Lee</c> one
/// organisation) is the office's organisation and the officer.
/// Places and facilities are left as they are (<c>Prince William Sound</c>).
/// Linear in the number of mentions.
/// </summary>
internal static class OfficerNames
{
    /// <summary>Most words of a person's name at a mention's end.</summary>
    private const int MaxNameTokens = 4;

    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions, List<(EntityMention Mention, int Priority)> candidates)
    {
        TokenList tokens = document.Tokens;
        List<EntityMention>? result = null;
        Dictionary<(int Start, int End), EntityMention>? known = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            List<EntityMention>? parts = null;
            if (m.Label == EntityLabels.Organization && m.KbId is null && Split(tokens, m) is (int first, int title, int name, int last, bool ofOffice))
            {
                parts = [];
                (int orgFirst, int orgLast) = Trim(tokens, first, title - 1);
                if (orgFirst <= orgLast)
                {
                    known ??= Known(candidates);
                    int start = tokens.Starts[orgFirst], end = tokens.Ends[orgLast];
                    string text = document.Text[start..end];
                    if (known.TryGetValue((start, end), out EntityMention? listed))
                    {
                        parts.Add(listed);
                    }
                    else if (ofOffice || IsOrganisationName(tokens, orgFirst, orgLast))
                    {
                        parts.Add(m with { Text = text, Start = start, End = end, Canonical = text, KbId = null, Roles = [] });
                    }
                }

                string person = document.Text[tokens.Starts[name]..tokens.Ends[last]];
                parts.Add(m with
                {
                    Text = person, Start = tokens.Starts[name], End = tokens.Ends[last], Label = EntityLabels.Person,
                    Canonical = person, KbId = null, Roles = [],
                });
            }

            if (parts is not null)
            {
                result ??= [.. mentions.Take(i)];
                result.AddRange(parts);
            }
            else
            {
                result?.Add(m);
            }
        }

        return result ?? mentions;
    }

    /// <summary>The mention's first token, its first title or role word, where the person's name starts, its last token and
    /// whether the mention follows its officer's title and <c>of</c> (the words before the name are then the office's
    /// organisation); or null when the mention is no organisation's name run into its officer's.</summary>
    private static (int First, int Title, int Name, int Last, bool OfOffice)? Split(TokenList tokens, EntityMention m)
    {
        int first = tokens.IndexAtOrAfter(m.Start);
        int last = first;
        while (last + 1 < tokens.Count && tokens.Ends[last + 1] <= m.End)
        {
            last++;
        }

        // A name that ends in an organisation's head word is the organisation's own (the Friends of Senator Ann Lee
        // Committee).
        if (last - first < 2 || OrganisationHeads.Contains(tokens.CharsAt(last).ToString()))
        {
            return null;
        }

        // The longest run of capitalised words and initials at the end that opens with a known first name.
        int name = -1;
        for (int t = last; t > first && last - t < MaxNameTokens; t--)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (w is ".")
            {
                continue;
            }

            if (tokens.Kinds[t] != TokenKind.Word || !char.IsUpper(w[0]))
            {
                break;
            }

            if (t < last && GenderLexicon.Default.OfFirstName(w) != PersonGender.Unknown)
            {
                name = t;
            }
        }

        if (name < 0)
        {
            return null;
        }

        for (int t = first; t < name; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (RoleWords.IsTitleOrHead(w))
            {
                return (first, t, name, last, false);
            }
        }

        // The title before the mention, with "of" (Secretary of the Treasury Ann Lee, with "Treasury Ann Lee" one
        // organisation): the organisation's words, then the officer's name.
        return name > first && IsTitleOfBefore(tokens, first) ? (first, name, name, last, true) : null;
    }

    /// <summary>True when a capitalised title or role word and <c>of</c>, with an optional <c>the</c>, stand right before
    /// token <paramref name="first"/>.</summary>
    private static bool IsTitleOfBefore(TokenList tokens, int first)
    {
        int t = first - 1;
        if (t >= 0 && tokens.CharsAt(t) is "the")
        {
            t--;
        }

        if (t < 1 || tokens.CharsAt(t) is not "of")
        {
            return false;
        }

        ReadOnlySpan<char> title = tokens.CharsAt(t - 1);
        return char.IsUpper(title[0]) && RoleWords.IsTitleOrHead(title);
    }

    /// <summary>The words before a title without the function words that joined them to it (<c>U.S. House of</c>
    /// Representative): from the first to the last capitalised word, or an empty range.</summary>
    private static (int First, int Last) Trim(TokenList tokens, int first, int last)
    {
        while (first <= last && !IsCapitalised(tokens, first))
        {
            first++;
        }

        while (last >= first && !IsCapitalised(tokens, last))
        {
            last--;
        }

        return (first, last);
    }

    /// <summary>True when the words before a title name an organisation by their own form: an acronym (<c>CIA</c>) or a
    /// name ending in an organisation's head word (<c>... Association</c>); else they may be the title's own words
    /// (<c>National Security</c> Advisor, <c>Defense</c> Secretary).</summary>
    private static bool IsOrganisationName(TokenList tokens, int first, int last) =>
        (first == last && Text.TextChars.IsWrittenInCapitals(tokens.CharsAt(first)) && tokens.CharsAt(first).Length > 1)
        || OrganisationHeads.Contains(tokens.CharsAt(last).ToString());

    private static bool IsCapitalised(TokenList tokens, int t) => tokens.Kinds[t] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t)[0]);

    private static Dictionary<(int Start, int End), EntityMention> Known(List<(EntityMention Mention, int Priority)> candidates)
    {
        var known = new Dictionary<(int, int), EntityMention>();
        foreach ((EntityMention c, _) in candidates)
        {
            if (c.KbId is not null)
            {
                known.TryAdd((c.Start, c.End), c);
            }
        }

        return known;
    }
}
