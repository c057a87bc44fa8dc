namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Finds a title or role written right before a name: <c>interim Prime Minister Anwar-ul-Haq Kakar</c>,
/// <c>Taliban spokesman Zabihullah Mujahid</c>, <c>the Special Envoy for Afghanistan, Asif Durrani</c>.
/// Looks back at most <see cref="MaxTokens"/> tokens, so its cost per mention is constant.
/// </summary>
internal static class RoleFinder
{
    /// <summary>Longest role phrase considered, in tokens.</summary>
    public const int MaxTokens = 8;

    /// <summary>
    /// The role phrase that ends right before token <paramref name="nameToken"/> (an optional comma between),
    /// within tokens <c>[sentenceStart, nameToken)</c>; null when there is none.
    /// </summary>
    public static string? Before(Document document, int nameToken, int sentenceStart)
    {
        TokenList tokens = document.Tokens;
        int i = nameToken - 1;
        if (i >= sentenceStart && tokens.CharsAt(i) is ",")
        {
            i--;
        }

        int end = i;
        int first = -1;
        bool hasHead = false;
        int limit = Math.Max(sentenceStart, nameToken - MaxTokens);
        while (i >= limit)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(i);
            TokenKind kind = tokens.Kinds[i];
            bool take;
            if (kind != TokenKind.Word)
            {
                take = false;
            }
            else if (w is "the" && i - 1 >= limit && tokens.CharsAt(i - 1) is "of" or "for")
            {
                take = first >= 0;
            }
            else if (w is "of" or "for")
            {
                // "of the Taliban": look past the article at the word it introduces.
                int content = first >= 0 && tokens.CharsAt(first) is "the" ? first + 1 : first;
                take = first >= 0 && content <= end && char.IsUpper(tokens.CharsAt(content)[0]);
            }
            else if (IsHead(w))
            {
                take = true;
                hasHead = true;
            }
            else if (RoleWords.IsModifier(w))
            {
                take = true;
            }
            else
            {
                take = char.IsUpper(w[0]) && !RoleWords.IsOpener(w);
            }

            if (!take)
            {
                break;
            }

            first = i;
            i--;
        }

        if (!hasHead || first < 0)
        {
            return null;
        }

        // A role never starts with a preposition or article left over from the scan.
        while (first <= end && tokens.CharsAt(first) is "of" or "for" or "the")
        {
            first++;
        }

        // The last word must be a head or a capitalised word (Prime Minister, Envoy for Afghanistan).
        return first > end ? null : document.Text[tokens.Starts[first]..tokens.Ends[end]];
    }

    /// <summary>True for a word that modifies a role head (<c>interim</c>, <c>Foreign</c>, <c>Prime</c>).</summary>
    public static bool IsModifier(ReadOnlySpan<char> word) => RoleWords.IsModifier(word);

    /// <summary>True for a role head noun (<c>spokesman</c>, <c>Minister</c>).</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => RoleWords.IsHead(word);
}
