using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// An organisation whose name goes on past <c>of</c>, <c>for</c> or <c>against</c> (<c>Union of Concerned Scientists</c>,
/// <c>Popular Front for the Liberation of Palestine</c>, <c>Committee for a Responsible Federal Budget</c>, <c>Christian
/// Democratic Union of Germany</c>) is one ORG, as the commentary guide (a name inside a longer name is not marked) and
/// CrossNER politics mark it; the recogniser often stops at the preposition and marks the rest apart, or not at all. An ORG
/// mention is extended over the phrase the parse makes a nominal modifier of its last word (<c>nmod</c>, with that
/// preposition as its <c>case</c> right after the mention), when every word of the phrase is capitalised or a joining
/// word (<c>of</c>, <c>for</c>, <c>and</c>, <c>&amp;</c>, and <c>the</c>, <c>a</c> or <c>an</c> right after a preposition)
/// and the phrase holds no person, number or date. The parse tells the name's own modifier from a phrase about the
/// organisation (<c>aid from the EU for Ukraine</c>: <c>for Ukraine</c> modifies <c>aid</c>). The other way round, an ORG
/// mention after the preposition whose head the parse hangs on a capitalised noun right before it takes in that noun and
/// the capitalised words before it (<c>Campaign for</c> + <c>Nuclear Disarmament</c>, <c>Physicians for</c> + <c>Human
/// Rights</c>), unless the noun is a role (<c>Secretary of</c> + <c>Homeland Security</c>) or another mention covers it.
/// Needs the syntax layer; without it the mentions are returned as they are. Linear in the tokens.
/// </summary>
internal static class PrepositionalOrganisationNames
{
    /// <summary>Most tokens of the phrase after the preposition.</summary>
    private const int MaxPhraseTokens = 8;

    /// <summary>Applies the rule to <paramref name="mentions"/> (ordered by offset).</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        if (document.Syntax is null)
        {
            return mentions;
        }

        TokenList tokens = document.Tokens;
        List<EntityMention>? output = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            if (m.Label == EntityLabels.Organization && NameStartBefore(document, m, i > 0 ? mentions[i - 1].End : 0) is int start and >= 0)
            {
                output ??= [.. mentions.Take(i)];
                string whole = document.Text[start..m.End];
                m = m with { Text = whole, Start = start, Canonical = whole, KbId = null };
            }

            int end = m.Label == EntityLabels.Organization ? PhraseEnd(document, tokens.IndexAtOrAfter(m.End) - 1) : -1;

            // The mentions inside the phrase are part of the name; none may be a person, a number or a date, nor reach past it.
            int inside = i + 1;
            while (end >= 0 && inside < mentions.Count && mentions[inside].Start < tokens.Ends[end - 1])
            {
                if (mentions[inside].End > tokens.Ends[end - 1] || !IsNamePart(mentions[inside]))
                {
                    end = -1;
                }

                inside++;
            }

            if (end < 0)
            {
                output?.Add(m);
                continue;
            }

            output ??= [.. mentions.Take(i)];
            string text = document.Text[m.Start..tokens.Ends[end - 1]];
            output.Add(m with { Text = text, End = tokens.Ends[end - 1], Canonical = text, KbId = null });
            i = inside - 1;
        }

        return output ?? mentions;
    }

    // The first character of the capitalised words before the preposition whose noun the organisation's head modifies, or -1.
    private static int NameStartBefore(Document document, EntityMention organisation, int previousEnd)
    {
        TokenList tokens = document.Tokens;
        Syntax.DependencyTree tree = document.Syntax!.Tree;
        int first = tokens.IndexAtOrAfter(organisation.Start);
        int end = tokens.IndexAtOrAfter(organisation.End);
        int preposition = first - 1;
        if (preposition >= 1 && FunctionWords.IsArticle(tokens.CharsAt(preposition)))
        {
            preposition--;
        }

        // Not "of": a capitalised noun before it is as often a group of the organisation's people or a part of it (Members
        // of, Leaders of, Board of, Member of Parliament). Nor a sentence's first word, capitalised whatever it is (Support
        // for Hamas grew).
        int noun = preposition - 1;
        if (noun < 1 || tokens.CharsAt(preposition) is not ("for" or "against") || tokens.Starts[noun] < previousEnd
            || IsSentenceStart(document, noun)
            || !IsCapitalised(tokens.CharsAt(noun)) || Resolution.RoleWords.IsHead(tokens.CharsAt(noun)))
        {
            return -1;
        }

        int head = first;
        while (head < end && tree.Head(head) >= first && tree.Head(head) < end)
        {
            head++;
        }

        if (head == end || tree.Head(head) != noun || !tree.Is(head, "nmod") || tree.Head(preposition) != head || !tree.Is(preposition, "case")
            || document.Syntax.Pos(noun) is not ("NOUN" or "PROPN"))
        {
            return -1;
        }

        for (int t = preposition + 1; t < first; t++)
        {
            if (!EventNames.Spaced(document, t))
            {
                return -1;
            }
        }

        int start = noun;
        while (start - 1 >= 0 && tokens.Starts[start - 1] >= previousEnd && tokens.Kinds[start - 1] == TokenKind.Word
            && IsCapitalised(tokens.CharsAt(start - 1)) && tree.Head(start - 1) == noun && EventNames.Spaced(document, start)
            && !FunctionWords.IsArticle(tokens.CharsAt(start - 1)))
        {
            start--;
        }

        return tokens.Starts[start];
    }

    // One past the last token of the name's prepositional phrase after the organisation's last word, else -1.
    private static int PhraseEnd(Document document, int last)
    {
        TokenList tokens = document.Tokens;
        int preposition = last + 1;
        if (last < 0 || preposition + 1 >= tokens.Count || tokens.CharsAt(preposition) is not ("of" or "for" or "against"))
        {
            return -1;
        }

        Syntax.DependencyTree tree = document.Syntax!.Tree;
        int modifier = tree.Head(preposition);
        if (modifier <= preposition || tree.Head(modifier) != last || !tree.Is(preposition, "case")
            || !tree.Is(modifier, "nmod") || tree.Is(modifier, "nmod:poss"))
        {
            return -1;
        }

        int end = tree.SubtreeEnd(modifier);
        if (end - preposition - 1 > MaxPhraseTokens || !IsCapitalised(tokens.CharsAt(end - 1)))
        {
            return -1;
        }

        for (int t = preposition + 1; t < end; t++)
        {
            if (!EventNames.Spaced(document, t))
            {
                return -1;
            }

            // A phrase with an organisation's head word names a body of its own, the one the first belongs to (Executive
            // Committee of the Board of the Public Agenda Foundation, Leadership Institute of the University of ...).
            ReadOnlySpan<char> word = tokens.CharsAt(t);
            if (NameHeadRules.IsOrganisationHead(word))
            {
                return -1;
            }

            bool afterPreposition = tokens.CharsAt(t - 1) is "of" or "for" or "against";
            bool joining = word is "of" or "for" or "and" or "&" || (afterPreposition && FunctionWords.IsArticle(word));
            if (!joining && !(tokens.Kinds[t] == TokenKind.Word && IsCapitalised(word)))
            {
                return -1;
            }
        }

        return end;
    }

    // A place, people, facility or event, or an organisation the knowledge base does not know: a known one is a body of its
    // own (Mitofsky International for the Associated Press).
    private static bool IsNamePart(EntityMention mention) =>
        mention.Label is EntityLabels.GeopoliticalEntity or EntityLabels.Location or EntityLabels.Norp or EntityLabels.Facility or EntityLabels.Event
        || (mention.Label == EntityLabels.Organization && mention.KbId is null);

    // The first word of its sentence, after any quotation marks or brackets.
    private static bool IsSentenceStart(Document document, int token)
    {
        TokenList tokens = document.Tokens;
        int first = document.Sentences.Count == 0 ? 0 : document.Sentences[SentenceSearch.IndexOfToken(document.Sentences, token)].FirstToken;
        int before = token - 1;
        while (before >= first && (tokens.Kinds[before] == TokenKind.Quote || tokens.CharsAt(before) is "(" or "["))
        {
            before--;
        }

        return before < first;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);
}
