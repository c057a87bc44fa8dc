using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <content>Line shapes that look like a speaker's label but open a round-up's reaction or a heading, not a turn.</content>
internal static partial class TranscriptTurns
{
    /// <summary>True when the label at tokens <c>[first, last]</c> ends with an acronym in parentheses that fits the initials of
    /// the words before it (<c>Calder Farmers Union (CFU)</c>).</summary>
    private static bool NamesOrganisationAcronym(TokenList tokens, int first, int last)
    {
        if (last - first < 4 || tokens.CharsAt(last) is not ")" || tokens.CharsAt(last - 2) is not "("
            || Acronyms.LettersOf(tokens.CharsAt(last - 1)) is not { } letters)
        {
            return false;
        }

        var words = new List<string>();
        for (int k = first; k < last - 2; k++)
        {
            if (tokens.Kinds[k] == TokenKind.Word)
            {
                words.Add(tokens.CharsAt(k).ToString());
            }
        }

        return Acronyms.Fits(letters, words);
    }

    /// <summary>True when the parse reads a finite verb or an auxiliary in tokens <c>[first, last]</c>, or opens them with a
    /// gerund that is no title's modifier (<c>ACTING SECRETARY</c> is a title), in a heading of four words or more: a short
    /// label in capitals is a name the tagger may misread (<c>PRESIDENT LEVITS</c>, with the surname read as a verb).</summary>
    private static bool HasVerb(Document document, int first, int last)
    {
        const int minWords = 4;
        int words = 0;
        for (int k = first; k <= last; k++)
        {
            words += document.Tokens.Kinds[k] == TokenKind.Word ? 1 : 0;
        }

        if (document.Syntax is not { } syntax || words < minWords)
        {
            return false;
        }

        for (int k = first; k <= last; k++)
        {
            string tag = syntax.Tag(k);
            if (tag is "VBZ" or "VBD" or "VBP" or "MD" || syntax.Pos(k) == "AUX"
                || (k == first && tag == "VBG" && !RoleWords.IsModifier(document.Tokens.CharsAt(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the label at tokens <c>[first, last]</c> has one parenthesis, at its end, holding a US state's two
    /// capitals or a party-and-state note with a hyphen (<c>(CT)</c>, <c>(D-CA)</c>, <c>(R-Texas)</c>).</summary>
    private static bool EndsWithStateNote(TokenList tokens, int first, int last)
    {
        if (tokens.CharsAt(last) is not ")")
        {
            return false;
        }

        int open = last - 1;
        while (open > first && tokens.CharsAt(open) is not "(")
        {
            open--;
        }

        for (int k = first; k < open; k++)
        {
            if (tokens.CharsAt(k) is "(")
            {
                return false;
            }
        }

        ReadOnlySpan<char> only = open + 2 == last ? tokens.CharsAt(open + 1) : default;
        bool stateCode = only.Length == 2 && char.IsAsciiLetterUpper(only[0]) && char.IsAsciiLetterUpper(only[1]);
        bool partyAndState = false;
        for (int k = open + 1; k < last; k++)
        {
            partyAndState |= tokens.CharsAt(k) is "-" or "–" || (tokens.Kinds[k] == TokenKind.Word && tokens.CharsAt(k).Contains('-'));
        }

        return open > first && (stateCode || (partyAndState && PartyNotes.End(tokens, open + 1, last + 1) == last));
    }
}
