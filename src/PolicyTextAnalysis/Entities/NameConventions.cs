namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Six OntoNotes conventions the recognisers get wrong, applied to the chosen mentions:
/// <list type="bullet">
/// <item>A pronoun alone (<c>We</c>, <c>they</c>) is no name, nor is a title alone taken for a person (<c>President</c>,
/// <c>Speaker</c>).</item>
/// <item>An administration named after its leader (<c>the Trump Administration</c>, <c>the Obama administration</c>)
/// is not an organisation name: the leader is the PERSON and <c>administration</c> is an ordinary noun.</item>
/// <item>A one-word PERSON right after a determiner (<c>the Bill</c>, <c>this Bill</c>) is a capitalised common noun, not a
/// person: names of people do not take an article, unless the name modifies a noun (<c>the Bush administration</c>); that
/// needs the parse, so without the syntax layer nothing is dropped.</item>
/// <item>A person's name before <c>'s</c> and a condition noun of <c>Entities/name-heads.txt</c> (<c>Alzheimer's disease</c>)
/// names a condition, not a person.</item>
/// <item>A person's name starts after any title or form of address before it (<c>Dame Sue Ion</c> gives <c>Sue Ion</c>,
/// <c>Prince Philip</c> gives <c>Philip</c>): the commentary gold leaves them out of all 133 dev names they precede.</item>
/// <item>A name right after a form of address (<c>Ms. Raimondo</c>, <c>Mr. Huang</c>) is a person's, whatever type the
/// recogniser gave it.</item>
/// </list>
/// Linear in the number of mentions.
/// </summary>
internal static class NameConventions
{
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions)
    {
        TokenList tokens = document.Tokens;
        List<EntityMention>? changed = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            EntityMention? replacement = m;
            int first = tokens.IndexAtOrAfter(m.Start);
            int last = LastToken(tokens, m);
            if (first == last && (IsPronoun(tokens.CharsAt(first))
                || (m.Label == EntityLabels.Person && LeadingTitles(tokens, first, last + 1) == 1)))
            {
                // "“We will fight it,” she said": a pronoun names nobody by itself (the model, rarely, thought so after a
                // curly opening quote); nor does a title ("Mr. Speaker", "the President said").
                replacement = null;
            }
            else if (m.Label == EntityLabels.Organization && last - first is 1 or 2 && IsAdministration(tokens.CharsAt(last))
                && IsNameRun(tokens, first, last))
            {
                string name = document.Text[tokens.Starts[first]..tokens.Ends[last - 1]];
                replacement = m with { Text = name, End = tokens.Ends[last - 1], Label = EntityLabels.Person, Canonical = name, KbId = null };
            }
            else if (m.Label == EntityLabels.Person && first < last && LeadingTitles(tokens, first, last) is int name and > 0)
            {
                // "Dame Sue Ion", "Prince Philip", "Chairperson Faki": a person's name holds no title or form of address.
                int start = first + name;
                string text = document.Text[tokens.Starts[start]..m.End];
                replacement = m with { Text = text, Start = tokens.Starts[start], Canonical = m.Canonical == m.Text ? text : m.Canonical };
            }
            else if (m.Label == EntityLabels.Person && last + 2 < tokens.Count && tokens.CharsAt(last + 1) is "'s" or "’s"
                && NameHeadRules.IsConditionNoun(tokens.CharsAt(last + 2)))
            {
                // "Alzheimer's disease", "Crohn's disease": a condition named after a person names no person.
                replacement = null;
            }
            else if (m.Label is EntityLabels.Organization or EntityLabels.GeopoliticalEntity or EntityLabels.Location or EntityLabels.Norp
                or EntityLabels.Facility or EntityLabels.Product && first > 0 && tokens.CharsAt(first - 1) is { Length: > 0 } form
                && char.IsUpper(form[0]) && Resolution.NameForms.IsCourtesy(form))
            {
                // "Ms. Raimondo", "Dr. Sudan": a name right after a form of address is a person's, whatever it looks like.
                replacement = m with { Label = EntityLabels.Person, Canonical = m.Text, KbId = null };
            }
            else if (m.Label == EntityLabels.Person && first == last && first > 0 && Syntax.FunctionWords.IsDeterminer(tokens.CharsAt(first - 1))
                && document.Syntax is { } syntax && !IsModifier(syntax.Dep(first)))
            {
                // "the Bill" is dropped; "the Bush administration" keeps Bush, a name modifying a noun.
                replacement = null;
            }

            if (!ReferenceEquals(replacement, m))
            {
                changed ??= [.. mentions.Take(i)];
            }

            if (changed is not null && replacement is not null)
            {
                changed.Add(replacement);
            }
        }

        return changed ?? mentions;
    }

    private static int LastToken(TokenList tokens, EntityMention m)
    {
        int t = tokens.IndexAtOrAfter(m.Start);
        while (t + 1 < tokens.Count && tokens.Starts[t + 1] < m.End)
        {
            t++;
        }

        return t;
    }

    /// <summary>How many titles and forms of address open a name of tokens <paramref name="first"/> to <paramref name="last"/>,
    /// leaving at least one word.</summary>
    private static int LeadingTitles(TokenList tokens, int first, int last)
    {
        int t = first;
        while (t < last && tokens.Kinds[t] == TokenKind.Word
            && (Resolution.NameForms.IsHonorific(tokens.CharsAt(t)) || Resolution.RoleFinder.IsHead(tokens.CharsAt(t))))
        {
            t++;
        }

        return t - first;
    }

    private static bool IsModifier(string relation) => relation is "compound" or "flat" or "nmod:poss" or "amod" or "nmod";

    // A subject pronoun as written in running text ("We", "they"), not an all-capitals word of two letters or more ("WE").
    private static bool IsPronoun(ReadOnlySpan<char> w) =>
        Syntax.FunctionWords.IsSubjectPronoun(w) && (w.Length == 1 || !char.IsUpper(w[1]));

    private static bool IsAdministration(ReadOnlySpan<char> w) => w is "Administration" or "administration";

    // Capitalised words, none of them hyphen-joined pairs of names ("Biden-Harris" names two people).
    private static bool IsNameRun(TokenList tokens, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (tokens.Kinds[t] != TokenKind.Word || !char.IsUpper(w[0]) || w.Contains('-'))
            {
                return false;
            }
        }

        return true;
    }

}
