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
    /// noun-modifier dependents, not across a comma, or -1. <paramref name="isPerson"/> tells whether a token is in a person's name.</summary>
    /// <remarks>Not across a comma: in <c>According to Reuters, Finance Minister Ravi Menon, ... said</c> the parse may
    /// hang the speaker of the sentence's own report on the source.</remarks>
    public static int PersonHungOn(Document document, int head, Func<int, bool> isPerson)
    {
        if (document.Syntax is not { } syntax)
        {
            return -1;
        }

        DependencyTree tree = syntax.Tree;
        foreach (int c in tree.Children.Of(head))
        {
            if (c > head && (tree.Is(c, "flat") || tree.Is(c, "appos") || tree.Is(c, "compound") || IsBareModifier(tree, c)) && isPerson(c)
                && !CommaBetween(document.Tokens, head, c))
            {
                return c;
            }
        }

        return -1;
    }

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
