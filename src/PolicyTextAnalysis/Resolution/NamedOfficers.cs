using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// A person named after an organisation or place that the parse made the head of the phrase (<c>UN Secretary-General
/// António Guterres</c>, <c>Treasury Secretary Janet Yellen</c>, with the name a flat part of <c>UN</c> or <c>Treasury</c>):
/// the person speaks and holds stances; the organisation only says whose officer the person is. Read by the speaker
/// resolver and the stance holder finder, so both name the same one.
/// </summary>
internal static class NamedOfficers
{
    /// <summary>The head of a person's name after <paramref name="head"/> among its flat, apposition, compound or bare
    /// noun-modifier dependents, or in an <c>of</c> phrase that names the office before its holder, not across a comma, or -1. <paramref name="isPerson"/> tells whether a token is in a person's name.</summary>
    /// <remarks>Not across a comma: in <c>According to Reuters, Finance Minister Ravi Menon, ... said</c> the parse may
    /// hang the speaker of the sentence's own report on the source.</remarks>
    public static int PersonHungOn(Document document, int head, Func<int, bool> isPerson)
    {
        if (document.Syntax is not { } syntax)
        {
            return -1;
        }

        DependencyTree tree = syntax.Tree;
        int ofPerson = -1;
        foreach (int c in tree.Children.Of(head))
        {
            if (c <= head || CommaBetween(document.Tokens, head, c))
            {
                continue;
            }

            if ((tree.Is(c, "flat") || tree.Is(c, "appos") || tree.Is(c, "compound") || IsBareModifier(tree, c)) && isPerson(c))
            {
                return c;
            }

            if (ofPerson < 0 && IsOfModifier(document, tree, c))
            {
                ofPerson = OfficerAfterOf(document, tree, head, c, isPerson);
            }
        }

        return ofPerson;
    }

    /// <summary>
    /// The person in the <c>of</c> phrase <paramref name="c"/> of <paramref name="head"/> when the phrase names the office
    /// and then its holder: after a title, an organisation's words and the name (<c>Secretary of the Interior Doug
    /// Burgum</c>); after an organisation, the rest of its name, the title and the name (<c>Department of Homeland Security
    /// Secretary Jane Doe</c>, the name the phrase's head or hung on the title); else -1. <c>the daughter of John Smith</c>
    /// and <c>the Office of Senator Jane Doe</c> name someone else's relation or office: no title heads them, or no
    /// organisation's words come before the name.
    /// </summary>
    private static int OfficerAfterOf(Document document, DependencyTree tree, int head, int c, Func<int, bool> isPerson)
    {
        TokenList tokens = document.Tokens;
        if (isPerson(c))
        {
            // The words between "of" and the name: an organisation's, then perhaps the holder's title.
            bool organisation = false, titleAfterOrganisation = false;
            for (int k = tree.Child(c, "case") + 1; k < c && !isPerson(k); k++)
            {
                if (tokens.Kinds[k] != TokenKind.Word || !char.IsUpper(tokens.CharsAt(k)[0]))
                {
                    continue;
                }

                bool title = IsTitleWord(tokens.CharsAt(k));
                titleAfterOrganisation |= title && organisation;
                organisation |= !title;
            }

            return (IsTitleWord(tokens.CharsAt(head)) && organisation) || (!isPerson(head) && titleAfterOrganisation) ? c : -1;
        }

        if (!isPerson(head) && IsTitleWord(tokens.CharsAt(c)) && tree.Child(c, "compound") is int org and >= 0 && char.IsUpper(tokens.CharsAt(org)[0]))
        {
            foreach (int k in tree.Children.Of(c))
            {
                if (k > c && (tree.Is(k, "flat") || tree.Is(k, "appos") || tree.Is(k, "compound")) && isPerson(k) && !CommaBetween(tokens, c, k))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private static bool IsTitleWord(ReadOnlySpan<char> w) => char.IsUpper(w[0]) && RoleWords.IsTitleOrHead(w);

    private static bool IsOfModifier(Document document, DependencyTree tree, int c) =>
        tree.Is(c, "nmod") && tree.Child(c, "case") is int k and >= 0 && document.Tokens.CharsAt(k).Equals("of", StringComparison.OrdinalIgnoreCase);

    // A noun modifier with no preposition of its own (CIA Director William Burns with "William" an nmod of "CIA"): the
    // parse's reading of a name after a title; "the lawyer for John Smith" has its "for".
    private static bool IsBareModifier(DependencyTree tree, int c) => tree.Is(c, "nmod") && tree.Child(c, "case") < 0;

    private static bool CommaBetween(TokenList tokens, int first, int last)
    {
        for (int t = first + 1; t < last; t++)
        {
            if (tokens.CharsAt(t) is ",")
            {
                return true;
            }
        }

        return false;
    }
}
