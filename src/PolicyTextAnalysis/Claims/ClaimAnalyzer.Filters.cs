namespace PolicyTextAnalysis.Claims;

/// <summary>The sentence filters of <see cref="ClaimAnalyzer"/>: what is no claim however it reads (a question, a byline, an author bio, boilerplate).</summary>
internal static partial class ClaimAnalyzer
{
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
}
