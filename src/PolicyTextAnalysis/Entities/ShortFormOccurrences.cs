namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Adds the occurrences of short forms whose label a document has established (<see cref="AbbreviationDefinitions"/>,
/// <see cref="NameInitials"/>) where no chosen mention covers them, except among words in capitals (a headline). One pass
/// over the tokens and the mentions.
/// </summary>
internal static class ShortFormOccurrences
{
    /// <summary>Returns <paramref name="mentions"/> (ordered by offset) with a mention for every word token equal to a key of
    /// <paramref name="labels"/> with a non-null label that no mention overlaps, still ordered by offset.</summary>
    public static IReadOnlyList<EntityMention> AddUncovered(Document document, IReadOnlyList<EntityMention> mentions, Dictionary<string, string?> labels)
    {
        TokenList tokens = document.Tokens;
        var lookup = labels.GetAlternateLookup<ReadOnlySpan<char>>();
        List<EntityMention>? added = null;
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            int start = tokens.Starts[t];
            while (next < mentions.Count && mentions[next].End <= start)
            {
                next++;
            }

            if (tokens.Kinds[t] != TokenKind.Word || (next < mentions.Count && mentions[next].Start < tokens.Ends[t])
                || !lookup.TryGetValue(tokens.CharsAt(t), out string? label) || label is null
                || IsCapitalWord(tokens, t - 1) || IsCapitalWord(tokens, t + 1))
            {
                continue;
            }

            string text = tokens.CharsAt(t).ToString();
            (added ??= []).Add(new EntityMention { Text = text, Label = label, Start = start, End = tokens.Ends[t], Canonical = text });
        }

        if (added is null)
        {
            return mentions;
        }

        var merged = new List<EntityMention>(mentions.Count + added.Count);
        merged.AddRange(mentions);
        merged.AddRange(added);
        merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    // A word in capitals next to it means a headline or a label in capitals (MEF AND G20 LEADERS MEET), where any word
    // may spell the initials.
    private static bool IsCapitalWord(TokenList tokens, int t)
    {
        if (t < 0 || t >= tokens.Count || tokens.Kinds[t] != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = tokens.CharsAt(t);
        return word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');
    }
}
