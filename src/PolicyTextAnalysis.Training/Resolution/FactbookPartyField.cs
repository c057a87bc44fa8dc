using static PolicyTextAnalysis.Training.Resolution.GazetteerText;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>
/// Reads one item of the Factbook's "Political parties" field (the <c>raw</c> column of
/// <c>factbook_political_parties.tsv</c>) into a party name with its other names, or recognises it as a note.
/// </summary>
/// <remarks>
/// The table's own <c>party_name</c> and <c>abbreviation</c> columns split on the first " or " even inside
/// parentheses (<c>National Convergence (also known as Kwa Na Kwa</c> with abbreviation <c>KNK)</c>) and keep the
/// Factbook's notes as names (<c>none</c>, <c>note: political parties are banned ...</c>, <c>Nauru does not have
/// formal political parties; ...</c>), so the item is parsed again from its raw text. The forms handled:
/// <c>NAME or ABBR</c>, <c>NAME (native name) or ABBR</c>, <c>NAME (also known as OTHER or ABBR)</c>,
/// <c>NAME (formerly OTHER or ABBR)</c>, <c>NAME (ACRONYM)</c>, <c>NAME; note - ...</c>. Parentheses that
/// describe (<c>(coalition includes ...)</c>) are dropped.
/// </remarks>
internal static class FactbookPartyField
{
    // Lower-case words that may stand inside a party name (Union of Moderate Parties, Rally for the Republic);
    // any other lower-case word makes the text a sentence, not a name.
    private static readonly HashSet<string> NameFunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "for", "and", "in", "on", "to", "a", "an", "de", "del", "la", "le", "les", "du", "des", "do", "da",
        "dos", "das", "y", "e", "et", "i", "na", "ng", "pour", "per", "van", "von", "al", "el", "party", "movement",
    };

    /// <summary>
    /// The party's name and its other names (aliases and abbreviations), or null when the item is a note
    /// (<c>none</c>, <c>note: ...</c>, a sentence about the country's parties).
    /// </summary>
    public static (string Name, List<string> Others)? Parse(string raw)
    {
        string text = raw.Replace('\u00a0', ' ').Trim();
        int note = IndexOfNote(text);
        if (note == 0)
        {
            return null;
        }

        if (note > 0)
        {
            text = text[..note].TrimEnd(' ', ';', ',', '-');
        }

        if (text.Length == 0 || !char.IsUpper(text[0]) && !char.IsDigit(text[0]) && text[0] != '\'')
        {
            // Items such as "none", "no formal parties", "other minor parties", "the Taliban Government enforces ...".
            return null;
        }

        var others = new List<string>();
        string outside = OutsideParentheses(text, others);
        string[] alternatives = outside.Split(" or ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (alternatives.Length == 0)
        {
            return null;
        }

        string name = alternatives[0];
        const string AlsoKnownAs = " - also known as ";
        int aka = name.IndexOf(AlsoKnownAs, StringComparison.Ordinal);
        if (aka > 0)
        {
            others.Add(StripArticle(name[(aka + AlsoKnownAs.Length)..]));
            name = name[..aka];
        }

        others.AddRange(alternatives.Skip(1));
        if (name.Length < 3 || IsSentence(name))
        {
            return null;
        }

        others.RemoveAll(o => o.Length < 2 || IsSentence(o) || o == name);
        return (name, others);
    }

    // The start of the Factbook's note inside an item ("Brazil Union (Uniao Brasil); note - founded ..."), or -1.
    private static int IndexOfNote(string text)
    {
        if (text.StartsWith("note", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        int at = text.IndexOf("; note", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? at : text.IndexOf(';', StringComparison.Ordinal) is int semicolon and >= 0 ? semicolon : -1;
    }

    // The text with its parenthesised parts removed; what they say about other names goes to others.
    private static string OutsideParentheses(string text, List<string> others)
    {
        int depth = 0, start = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    start = i + 1;
                }
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                ReadAside(text[start..i], others);
            }
        }

        // An aside left open by the source ("Green Liberal Party (Gruenliberale Partei or GLP, ...") is read to the end.
        if (depth > 0 && start >= 0)
        {
            ReadAside(text[start..], others);
        }

        return WithoutParentheses(text);
    }

    private static void ReadAside(string aside, List<string> others)
    {
        aside = aside.Trim();
        foreach (string lead in (string[])["also known as ", "formerly known as ", "formerly ", "also "])
        {
            if (aside.StartsWith(lead, StringComparison.Ordinal))
            {
                foreach (string other in WithoutParentheses(aside[lead.Length..]).Split([" or ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    others.Add(StripArticle(other));
                }

                return;
            }
        }

        // A bare acronym in parentheses: United National Front for ... Cambodia (FUNCINPEC).
        if (aside.Length is >= 2 and <= 12 && !aside.Contains(' ', StringComparison.Ordinal) && !aside.Any(char.IsLower))
        {
            others.Add(aside);
        }
    }

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    // A sentence rather than a name: two or more lower-case words that are not function words of a name.
    private static bool IsSentence(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(w => char.IsLower(w[0]) && !NameFunctionWords.Contains(w.TrimEnd(',', ';', ':'))) >= 2;
}
