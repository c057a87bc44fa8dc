using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// The rule half of the claim stage: decides which sentences carry claims, splits compound sentences into
/// claim units, and finds type, hedge and time cues. Works on tokens only (no model), in one linear pass per
/// sentence; stateless and thread-safe.
/// </summary>
internal static class ClaimAnalyzer
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

    private static ClaimUnit MakeUnit(Document document, int firstToken, int endToken)
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

    /// <summary>Drops cue readings that the neighbouring words rule out.</summary>
    private static ClaimCues Disambiguate(TokenList tokens, int first, int i, int end, ClaimCues found)
    {
        ReadOnlySpan<char> word = tokens.CharsAt(i);
        ReadOnlySpan<char> previous = i > first ? tokens.CharsAt(i - 1) : default;
        ReadOnlySpan<char> next = i + 1 < end ? tokens.CharsAt(i + 1) : default;
        if (word.Equals("will", StringComparison.OrdinalIgnoreCase) && IsDeterminerOrAdjectiveBeforeNoun(previous))
        {
            // "the will of the people", "political will": a noun, not the future.
            return ClaimCues.None;
        }

        if (word is "May" && i > first)
        {
            // A capitalised "May" inside a sentence is the month.
            return ClaimCues.Time;
        }

        if ((word.Equals("could", StringComparison.OrdinalIgnoreCase) || word.Equals("might", StringComparison.OrdinalIgnoreCase))
            && next.Equals("have", StringComparison.OrdinalIgnoreCase))
        {
            // Counterfactual past ("could have been avoided"): a judgement about the past, not a prediction.
            return ClaimCues.Hedge;
        }

        if (word.Equals("could", StringComparison.OrdinalIgnoreCase) && next.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            // "could no longer pay": past inability.
            return ClaimCues.None;
        }

        if ((word.Equals("need", StringComparison.OrdinalIgnoreCase) || word.Equals("needs", StringComparison.OrdinalIgnoreCase))
            && (previous.Equals("in", StringComparison.OrdinalIgnoreCase) || previous.Equals("the", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("a", StringComparison.OrdinalIgnoreCase) || previous.Equals("no", StringComparison.OrdinalIgnoreCase)))
        {
            return found & ~ClaimCues.Prescriptive;
        }

        if (word.Equals("cost", StringComparison.OrdinalIgnoreCase) && i + 1 < end
            && (tokens.Kinds[i + 1] is TokenKind.Number or TokenKind.Symbol || IsApproximator(next)))
        {
            // "cost 2 percent", "cost about $3 billion": a price, not a consequence.
            return found & ~ClaimCues.Causal;
        }

        if ((found & ClaimCues.Causal) != 0 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && i + 1 < end
            && tokens.Kinds[i + 1] == TokenKind.Word && IsDeterminer(previous))
        {
            // "the forced deportation", "a reduced budget": a participle used as an adjective, not a cause.
            return found & ~ClaimCues.Causal;
        }

        return found;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
        || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
        || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
        || w.Equals("its", StringComparison.OrdinalIgnoreCase);

    private static bool IsApproximator(ReadOnlySpan<char> w) =>
        w.Equals("about", StringComparison.OrdinalIgnoreCase) || w.Equals("around", StringComparison.OrdinalIgnoreCase)
        || w.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w.Equals("almost", StringComparison.OrdinalIgnoreCase)
        || w.Equals("roughly", StringComparison.OrdinalIgnoreCase) || w.Equals("over", StringComparison.OrdinalIgnoreCase)
        || w.Equals("more", StringComparison.OrdinalIgnoreCase) || w.Equals("less", StringComparison.OrdinalIgnoreCase);

    private static bool IsDeterminerOrAdjectiveBeforeNoun(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
        || w.Equals("political", StringComparison.OrdinalIgnoreCase) || w.Equals("popular", StringComparison.OrdinalIgnoreCase)
        || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase)
        || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
        || w.Equals("good", StringComparison.OrdinalIgnoreCase) || w.Equals("free", StringComparison.OrdinalIgnoreCase)
        || w.Equals("own", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A number states a quantity unless it is a year, an ordinal, a definite reference (<c>the two governments</c>)
    /// or a duration (<c>three days</c>, <c>two decades</c>).
    /// </summary>
    private static bool IsQuantityNumber(TokenList tokens, int first, int i, int end)
    {
        ReadOnlySpan<char> w = tokens.CharsAt(i);
        if (tokens.Kinds[i] == TokenKind.Number && (IsYear(w) || IsOrdinal(w)))
        {
            return false;
        }

        if (i > first)
        {
            ReadOnlySpan<char> previous = tokens.CharsAt(i - 1);
            if (previous.Equals("the", StringComparison.OrdinalIgnoreCase) || previous.Equals("these", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("those", StringComparison.OrdinalIgnoreCase) || previous.Equals("its", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("their", StringComparison.OrdinalIgnoreCase))
            {
                return i + 1 < end && tokens.CharsAt(i + 1) is "%";
            }
        }

        if (i + 1 < end)
        {
            if ((WordCues(tokens, i + 1) & ClaimCues.DurationUnit) != 0)
            {
                return false;
            }

            // "30-day" and "two-year" style compounds are durations too.
            int hyphen = w.IndexOf('-');
            if (hyphen > 0 && (LowerCues(w[(hyphen + 1)..]) & ClaimCues.DurationUnit) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYear(ReadOnlySpan<char> w) =>
        w.Length == 4 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3])
        && (w[0] == '1' && w[1] >= '7' || w[0] == '2' && w[1] == '0');

    private static bool IsOrdinal(ReadOnlySpan<char> w) =>
        w.EndsWith("st", StringComparison.OrdinalIgnoreCase) || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>A time cue with the numbers around it (<c>October 2001</c>, <c>in June 2022</c>, <c>since 2020</c>).</summary>
    private static TextSpan? TimeSpanAt(TokenList tokens, int first, int start, int end)
    {
        int last = end;
        while (last < tokens.Count && last - end < 3 && tokens.Kinds[last] == TokenKind.Number)
        {
            last++;
        }

        if (last == end && end - start == 1 && tokens.CharsAt(start).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int from = start;
        if (from > first && tokens.Kinds[from - 1] == TokenKind.Number && !IsYear(tokens.CharsAt(from - 1)))
        {
            from--;
        }

        return new TextSpan(tokens.Starts[from], tokens.Ends[last - 1]);
    }

    private static TextSpan? DateEntityIn(Document document, int start, int end)
    {
        // Mentions are ordered by start: binary search for the first at or after the unit, so this stays linear overall.
        IReadOnlyList<EntityMention> entities = document.Entities;
        int lo = EntitySearch.FirstAtOrAfter(entities, start);

        for (int i = lo; i < entities.Count && entities[i].Start < end; i++)
        {
            if (entities[i].End <= end && entities[i].Label == EntityLabels.Date)
            {
                return new TextSpan(entities[i].Start, entities[i].End);
            }
        }

        return null;
    }

    private static int TrimEnd(TokenList tokens, int first, int end)
    {
        while (end > first && (tokens.Kinds[end - 1] == TokenKind.Quote || tokens.CharsAt(end - 1) is ")" or "]" or "»" or "”" or "’"))
        {
            end--;
        }

        return end;
    }

    /// <summary>A claim ends like a statement: a full stop, an exclamation or an ellipsis (not <c>?</c>, <c>:</c> or nothing).</summary>
    private static bool EndsAsStatement(TokenList tokens, int end)
    {
        ReadOnlySpan<char> last = tokens.CharsAt(end - 1);
        if (last.Length == 0)
        {
            return false;
        }

        char c = last[^1];
        return c is '.' or '!' or '…';
    }

    /// <summary>True when at least <paramref name="count"/> word or number tokens lie in [start, end); stops early.</summary>
    private static bool HasWords(TokenList tokens, int start, int end, int count)
    {
        for (int i = start; i < end && count > 0; i++)
        {
            count -= tokens.Kinds[i] is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return count <= 0;
    }

    /// <summary><c>She added the following.</c>, <c>the minister said this.</c>: a speech verb with no content.</summary>
    private static bool IsContentFreeAttribution(TokenList tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if ((WordCues(tokens, i) & ClaimCues.Speech) == 0)
            {
                continue;
            }

            if (i + 1 >= end || tokens.Kinds[i + 1] != TokenKind.Word)
            {
                // "he said." or "he said, adding": no content-free object here.
                continue;
            }

            bool empty = true;
            for (int k = i + 1; k < end && empty; k++)
            {
                ReadOnlySpan<char> w = tokens.CharsAt(k);
                empty = tokens.Kinds[k] is TokenKind.Punctuation
                    || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("following", StringComparison.OrdinalIgnoreCase) || w.Equals("so", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("us", StringComparison.OrdinalIgnoreCase) || w.Equals("them", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("reporters", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("follows", StringComparison.OrdinalIgnoreCase);
            }

            return empty;
        }

        return false;
    }

    /// <summary><c>By NAME ...</c> with no verb: a byline that happens to end in a period (<c>By Col. (ret.) J. Doe</c>).</summary>
    private static bool IsByline(TokenList tokens, int first, int end)
    {
        if (first + 1 >= end || !tokens.CharsAt(first).Equals("By", StringComparison.Ordinal)
            || tokens.Kinds[first + 1] != TokenKind.Word || !char.IsUpper(tokens.CharsAt(first + 1)[0])
            || (WordCues(tokens, first + 1) & ClaimCues.Time) != 0)
        {
            return false;
        }

        for (int i = first + 1; i < end; i++)
        {
            if ((WordCues(tokens, i) & ClaimCues.FiniteVerb) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>NAME is (a|an|the)? ... ROLE ... at|of|with ORG.</c>: an author bio.</summary>
    private static bool IsBio(TokenList tokens, int first, int end)
    {
        int i = first;
        while (i < end && i - first < 6 && tokens.Kinds[i] == TokenKind.Word && char.IsUpper(tokens.CharsAt(i)[0]))
        {
            i++;
        }

        if (i == first || i >= end || !tokens.CharsAt(i).Equals("is", StringComparison.Ordinal))
        {
            return false;
        }

        bool role = false;
        for (int k = i + 1; k < end && k - i <= 8; k++)
        {
            role |= (WordCues(tokens, k) & ClaimCues.Role) != 0;
            ReadOnlySpan<char> w = tokens.CharsAt(k);
            if (role && (w is "at" or "of" or "with" or "in" or "for"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence holds a boilerplate phrase; the same pass notes where procedural phrases start
    /// (<paramref name="procedural"/>, made only when one occurs), so clauses are not scanned again.</summary>
    private static bool HasBoilerplate(TokenList tokens, int first, int end, ref List<int>? procedural)
    {
        for (int i = first; i < end; i++)
        {
            ClaimCues cues = MatchAt(tokens, i, end, out _);
            if ((cues & ClaimCues.Boilerplate) != 0)
            {
                return true;
            }

            if ((cues & ClaimCues.Procedural) != 0)
            {
                (procedural ??= []).Add(i);
            }
        }

        return false;
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
