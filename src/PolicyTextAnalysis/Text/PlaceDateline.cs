namespace PolicyTextAnalysis.Text;

/// <summary>
/// Recognises the place dateline that opens a wire story or a press release, <c>WASHINGTON —</c>, <c>NEW YORK, N.Y. –</c>,
/// <c>KABUL, Afghanistan (Reuters) -</c>: a place in capitals, optionally a comma and a region, optionally an agency in
/// brackets, then a dash. It is no part of the sentence after it (a parse that takes <c>WASHINGTON</c> for a second subject
/// loses the real one), so it ends a sentence of its own.
/// </summary>
internal static class PlaceDateline
{
    private const int MaxPlaceWords = 4;
    private const int MinPlaceLetters = 3;
    private const int MaxRegionWords = 3;
    private const int MaxAgencyWords = 3;

    /// <summary>The index of the dash closing a dateline that starts at token <paramref name="k"/>, or -1.</summary>
    public static int EndAt(TokenList tokens, int k)
    {
        int count = tokens.Count;
        int t = k, letters = 0;
        while (t < count && t - k < MaxPlaceWords && CapitalLetters(tokens, t) is int n and > 0)
        {
            letters += n;
            t++;
        }

        // Three letters at least: "PS --" opens a postscript, not a story.
        if (letters < MinPlaceLetters || t >= count)
        {
            return -1;
        }

        if (tokens.CharsAt(t) is ",")
        {
            int region = ++t;
            while (t < count && t - region < MaxRegionWords && tokens.Kinds[t] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t)[0]))
            {
                t++;
            }

            if (t == region || t >= count)
            {
                return -1;
            }
        }

        if (tokens.CharsAt(t) is "(")
        {
            int agency = ++t;
            while (t < count && t - agency < MaxAgencyWords && tokens.Kinds[t] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t)[0]))
            {
                t++;
            }

            if (t == agency || t >= count || tokens.CharsAt(t) is not ")")
            {
                return -1;
            }

            t++;
        }

        return t < count - 1 && IsDash(tokens.CharsAt(t)) ? t : -1;
    }

    // The letters of a word of two or more letters, all capitals (periods allowed: "D.C."): "WASHINGTON", "NEW", "U.S.";
    // else 0.
    private static int CapitalLetters(TokenList tokens, int t)
    {
        if (tokens.Kinds[t] != TokenKind.Word)
        {
            return 0;
        }

        int letters = 0;
        foreach (char c in tokens.CharsAt(t))
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return 0;
                }

                letters++;
            }
            else if (c != '.')
            {
                return 0;
            }
        }

        return letters >= 2 ? letters : 0;
    }

    private static bool IsDash(ReadOnlySpan<char> t) => t is "-" or "--" or "–" or "—";
}
