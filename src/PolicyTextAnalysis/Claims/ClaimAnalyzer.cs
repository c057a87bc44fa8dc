namespace PolicyTextAnalysis.Claims;

/// <summary>
/// The rule half of the claim stage: decides which sentences carry claims, splits compound sentences into
/// claim units, and finds type, hedge and time cues. Works on tokens only (no model), in one linear pass per
/// sentence; stateless and thread-safe.
/// </summary>
internal static partial class ClaimAnalyzer
{
    private const int MaxCueWord = 40;
    private const int ClauseVerbWindow = 8;

    /// <summary>
    /// Returns the claim units of <paramref name="sentence"/>; none for headlines, bylines, questions, greetings,
    /// calls to the reader, boilerplate, content-free attributions and (when <paramref name="mayBeBio"/>) author bios.
    /// </summary>
    public static List<ClaimUnit> Analyze(Document document, Sentence sentence, bool mayBeBio)
    {
        var units = new List<ClaimUnit>(1);
        TokenList tokens = document.Tokens;
        int first = sentence.FirstToken;
        int end = TrimEnd(tokens, first, sentence.EndToken);
        while (first < end && tokens.Kinds[first] is TokenKind.Quote or TokenKind.Punctuation)
        {
            first++;
        }

        // A note's marker ([3] Spencer Hill, ...; [2] This estimate reflects ...) is no part of what it says.
        if (first > sentence.FirstToken && tokens.CharsAt(first - 1) is "[" && first + 1 < end && tokens.Kinds[first] == TokenKind.Number
            && tokens.CharsAt(first + 1) is "]")
        {
            first += 2;
        }

        if (end - first < 3 || !EndsAsStatement(tokens, end) || !HasWords(tokens, first, end, 3))
        {
            return units;
        }

        ClaimCues openerCues = MatchAt(tokens, first, sentence.EndToken, out int openerLength);

        // "So, thank you." / "Well, good afternoon, everyone.": a discourse word before a greeting or thanks.
        if ((openerCues & ClaimCues.DiscourseOpener) != 0)
        {
            int next = first + openerLength;
            next += next < end && tokens.CharsAt(next) is "," ? 1 : 0;
            openerCues |= next < end ? MatchAt(tokens, next, sentence.EndToken, out _) & ClaimCues.NonClaimOpener : ClaimCues.None;
        }
        List<int>? procedural = null;
        if ((openerCues & ClaimCues.NonClaimOpener) != 0 || IsByline(tokens, first, end) || IsContentFreeAttribution(tokens, first, end)
            || (mayBeBio && IsBio(tokens, first, end)) || HasBoilerplate(tokens, first, end, ref procedural))
        {
            return units;
        }

        int unitStart = first;
        for (int i = first + 1; i < end - 1; i++)
        {
            int clauseStart = SplitAfter(tokens, i, end);
            if (clauseStart < 0 || !HasWords(tokens, unitStart, i, 3) || !HasWords(tokens, clauseStart, sentence.EndToken, 3))
            {
                continue;
            }

            AddUnit(document, units, unitStart, i, procedural);
            unitStart = clauseStart;
            i = clauseStart;
        }

        AddUnit(document, units, unitStart, sentence.EndToken, procedural);
        return units;
    }

    // A clause of procedure ("I would refer you to the State Department") is left out; the sentence's others stay.
    private static void AddUnit(Document document, List<ClaimUnit> units, int first, int end, List<int>? procedural)
    {
        if (procedural is null || !procedural.Exists(p => p >= first && p < end))
        {
            units.Add(MakeUnit(document, first, end));
        }
    }

    /// <summary>
    /// When token <paramref name="i"/> ends a clause that an independent clause follows (<c>;</c>, or a comma then
    /// <c>but / and / while / whereas / yet / so</c>), returns the index where that clause starts; else -1.
    /// </summary>
    private static int SplitAfter(TokenList tokens, int i, int end)
    {
        ReadOnlySpan<char> t = tokens.CharsAt(i);
        int next;
        if (t is ";")
        {
            next = i + 1;
        }
        else if (t is "," && i + 2 < end && IsCoordinator(tokens.CharsAt(i + 1)))
        {
            next = i + 2;
        }
        else
        {
            return -1;
        }

        return next < end && StartsIndependentClause(tokens, next, end) ? next : -1;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> word) =>
        word.Equals("but", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
        || word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("whereas", StringComparison.OrdinalIgnoreCase)
        || word.Equals("yet", StringComparison.OrdinalIgnoreCase) || word.Equals("so", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Conservative test for a clause with its own subject and verb: it opens with a determiner, pronoun, name or
    /// number (not a verb), and a finite verb or auxiliary follows within a few tokens, before any comma.
    /// </summary>
    private static bool StartsIndependentClause(TokenList tokens, int start, int end)
    {
        if (tokens.Kinds[start] is not (TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        ClaimCues opener = WordCues(tokens, start);
        bool subjectLike = (opener & ClaimCues.SubjectOpener) != 0 || char.IsUpper(tokens.CharsAt(start)[0]) || tokens.Kinds[start] == TokenKind.Number;
        if (!subjectLike)
        {
            // "and exacerbate ...", "to limit ...": a verb phrase or infinitive sharing the first clause's subject.
            return false;
        }

        int limit = Math.Min(end, start + ClauseVerbWindow);
        for (int k = start + 1; k < limit; k++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(k);
            if (w is "," or ";" or ":")
            {
                return false;
            }

            if ((WordCues(tokens, k) & ClaimCues.FiniteVerb) != 0 || (tokens.Kinds[k] == TokenKind.Word && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    internal static ClaimUnit MakeUnit(Document document, int firstToken, int endToken)
    {
        TokenList tokens = document.Tokens;
        ClaimCues cues = ClaimCues.None;
        TextSpan? time = null;
        for (int i = firstToken; i < endToken;)
        {
            TokenKind kind = tokens.Kinds[i];
            if (kind == TokenKind.Number)
            {
                if (IsQuantityNumber(tokens, firstToken, i, endToken))
                {
                    cues |= ClaimCues.Statistical;
                }
                else if (time is null && IsYear(tokens.CharsAt(i)))
                {
                    time = TimeSpanAt(tokens, firstToken, i, i + 1);
                }

                i++;
                continue;
            }

            if (kind == TokenKind.Symbol && tokens.CharsAt(i) is "%" or "$" or "€" or "£")
            {
                cues |= ClaimCues.Statistical;
                i++;
                continue;
            }

            ClaimCues found = MatchAt(tokens, i, endToken, out int length);
            if (found == ClaimCues.None)
            {
                i++;
                continue;
            }

            found = Disambiguate(tokens, firstToken, i, endToken, found);
            if ((found & ClaimCues.NumberWord) != 0 && IsQuantityNumber(tokens, firstToken, i, endToken))
            {
                cues |= ClaimCues.Statistical;
            }

            if ((found & ClaimCues.Time) != 0 && time is null)
            {
                time = TimeSpanAt(tokens, firstToken, i, i + length);
            }

            cues |= found & (ClaimCues.TypeMask | ClaimCues.Hedge);
            i += Math.Max(1, length);
        }

        // The entity layer's DATE mentions are better delimited than our cue phrases when present.
        time = DateEntityIn(document, tokens.Starts[firstToken], tokens.Ends[endToken - 1]) ?? time;

        var span = new TextSpan(tokens.Starts[firstToken], tokens.Ends[endToken - 1]);
        return new ClaimUnit(span, firstToken, endToken, cues, time);
    }

    private static int TrimEnd(TokenList tokens, int first, int end)
    {
        while (end > first && (tokens.Kinds[end - 1] == TokenKind.Quote || tokens.CharsAt(end - 1) is ")" or "]" or "»" or "”" or "’"))
        {
            end--;
        }

        return end;
    }

    /// <summary>The cues of the single word at <paramref name="i"/> (its one-word lexicon entries).</summary>
    private static ClaimCues WordCues(TokenList tokens, int i) => LowerCues(tokens.CharsAt(i));

    private static ClaimCues LowerCues(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCueWord)
        {
            return ClaimCues.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        foreach (ClaimLexicon.Cue cue in ClaimLexicon.CuesStartingWith(lower))
        {
            if (cue.Rest.Length == 0)
            {
                return cue.Flags;
            }
        }

        return ClaimCues.None;
    }

    /// <summary>The longest lexicon cue starting at token <paramref name="i"/>; <paramref name="length"/> is its token count.</summary>
    private static ClaimCues MatchAt(TokenList tokens, int i, int end, out int length)
    {
        length = 0;
        ReadOnlySpan<char> word = tokens.CharsAt(i);
        if (word.Length > MaxCueWord || tokens.Kinds[i] is not (TokenKind.Word or TokenKind.Clitic))
        {
            return ClaimCues.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        foreach (ClaimLexicon.Cue cue in ClaimLexicon.CuesStartingWith(lower))
        {
            if (i + cue.Rest.Length >= end)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < cue.Rest.Length && match; k++)
            {
                match = tokens.CharsAt(i + 1 + k).Equals(cue.Rest[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                length = 1 + cue.Rest.Length;
                return cue.Flags;
            }
        }

        return ClaimCues.None;
    }
}
