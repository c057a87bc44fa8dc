namespace PolicyTextAnalysis.Attribution;

/// <summary>A party-and-state note after a legislator's name (<c>Rep. Ann Lee (R-Texas)</c>): read by label lines and by speakers.</summary>
internal static class PartyNotes
{
    /// <summary>
    /// The closing parenthesis of a party-and-state note starting at <paramref name="t"/> (after the opening one), or -1:
    /// at most five tokens before <paramref name="limit"/>, capitalised words, hyphens and stops only, and either a hyphen
    /// or a single word of at most three letters (<c>R-Texas</c>, <c>D-Calif.</c>, <c>D</c>).
    /// </summary>
    public static int End(TokenList tokens, int t, int limit)
    {
        bool hyphen = false;
        int words = 0, shortWord = 0;
        for (int k = t; k < limit && k - t <= 5; k++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(k);
            if (w is ")")
            {
                return k > t && (hyphen || (words == 1 && shortWord == 1)) ? k : -1;
            }

            if (tokens.Kinds[k] == TokenKind.Word && char.IsUpper(w[0]))
            {
                words++;
                shortWord += w.Length <= 3 ? 1 : 0;
                hyphen |= w.Contains('-');
            }
            else if (w is "-" or "–")
            {
                hyphen = true;
            }
            else if (w is not ".")
            {
                return -1;
            }
        }

        return -1;
    }
}
