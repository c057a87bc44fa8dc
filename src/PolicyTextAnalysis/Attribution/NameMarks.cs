namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The marks a written name may hold between its words, which a label line's name and the speaker named by it keep:
/// a plural possessive's apostrophe (<c>Calder Sheriffs’ Association</c>), a dash joining a name's parts (<c>OCA – Calder
/// American Advocates</c>), a nickname in quotation marks (<c>Walter “Red” Doe</c>).
/// </summary>
internal static class NameMarks
{
    /// <summary>A capitalised word, or a brand's word with a capital after a lower-case first letter (<c>eMerge</c>).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> w) =>
        w.Length > 0 && (char.IsUpper(w[0]) || (w.Length > 2 && char.IsLower(w[0]) && char.IsUpper(w[1])));

    /// <summary>An en or em dash.</summary>
    public static bool IsDash(ReadOnlySpan<char> w) => w is "\u2013" or "\u2014";

    /// <summary>How many tokens from <paramref name="t"/> are marks inside a name, between a word and a capitalised word
    /// before <paramref name="end"/>; 0 when there are none.</summary>
    public static int Inside(TokenList tokens, int t, int end)
    {
        ReadOnlySpan<char> w = tokens.CharsAt(t);
        bool CapitalisedWordAt(int k) => k < end && tokens.Kinds[k] == TokenKind.Word && IsCapitalised(tokens.CharsAt(k));
        if (t == 0 || tokens.Kinds[t - 1] != TokenKind.Word)
        {
            return 0;
        }

        if (w is "\u2019" or "'" && tokens.Ends[t - 1] == tokens.Starts[t] && tokens.CharsAt(t - 1)[^1] is 's' or 'S' && CapitalisedWordAt(t + 1))
        {
            return 1;
        }

        if (IsDash(w) && CapitalisedWordAt(t + 1))
        {
            return 1;
        }

        return tokens.Kinds[t] == TokenKind.Quote && QuoteScanner.IsDoubleMark(w) && CapitalisedWordAt(t + 1)
            && t + 2 < end && tokens.Kinds[t + 2] == TokenKind.Quote && QuoteScanner.IsDoubleMark(tokens.CharsAt(t + 2))
            && CapitalisedWordAt(t + 3) ? 3 : 0;
    }
}
