namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Event names the recogniser cut short, completed around their head word (an event head of
/// <c>Entities/name-heads.txt</c>: <c>War</c>, <c>Revolution</c>, <c>Festival</c>). The commentary guide's example of an
/// event is <c>World War II</c>, and CrossNER politics, Few-NERD and OntoNotes mark such names whole; the recogniser gave
/// pieces of them:
/// <list type="bullet">
/// <item>A numbered event: <c>World War II</c> came out as the event <c>II</c> alone (GMB, the largest training corpus,
/// labels only the numeral 50 times in its training split against 22 whole), <c>the Second World War</c> as the ordinal
/// <c>Second</c>. A Roman numeral or <c>One</c>/<c>Two</c> joins the capitalised words before it no mention covers (at
/// most three) when they end in an event head, or an EVENT mention ending in one; a capitalised ordinal joins such words
/// or such a mention after it.</item>
/// <item>An event named after a place or people: <c>the Korean War</c> came out as the NORP <c>Korean</c>, <c>the Iraq
/// War</c> as the GPE <c>Iraq</c>. A GPE, NORP or LOC mention joins the capitalised words after it that end in an event
/// head (<c>Chinese Civil War</c>, <c>Toronto International Film Festival</c>), or an EVENT mention ending in one right
/// after it (<c>Syrian</c> + <c>Civil War</c>).</item>
/// <item>An event the recogniser missed: after <c>the</c>, capitalised words no mention covers that end in an event head
/// and go no further (<c>the Gulf War</c>, <c>the Long War</c>; not <c>the War</c> alone, nor <c>the Gulf War
/// Syndrome</c>).</item>
/// </list>
/// Words join one space apart each; with the parse, only nouns, proper nouns and adjectives (<c>Since World War II</c>).
/// Linear in the mentions.
/// </summary>
internal static class EventNames
{
    /// <summary>Most capitalised words between the number and the event head.</summary>
    private const int MaxUncoveredWords = 3;

    /// <summary>Applies the rule to <paramref name="mentions"/> (ordered by offset).</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        TokenList tokens = document.Tokens;
        List<EntityMention>? output = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            EntityMention m = mentions[i];
            int previousEnd = i > 0 ? tokens.IndexAtOrAfter(mentions[i - 1].End) : 0;
            int nextStart = i + 1 < mentions.Count ? tokens.IndexAtOrAfter(mentions[i + 1].Start) : tokens.Count;
            int first = tokens.IndexAtOrAfter(m.Start);
            int after = tokens.IndexAtOrAfter(m.End);

            // World War + II: the numeral (an EVENT or no mention) after uncovered words, or after an EVENT, ending in a head.
            if (after == first + 1 && IsNumeral(tokens.CharsAt(first)) && m.Label is EntityLabels.Event or EntityLabels.Cardinal or EntityLabels.Ordinal)
            {
                int start = HeadRunBefore(document, first, previousEnd);
                if (start < 0 && i > 0 && mentions[i - 1].Label == EntityLabels.Event && previousEnd == first && Spaced(document, first)
                    && NameHeadRules.IsEventHead(tokens.CharsAt(first - 1)))
                {
                    start = tokens.IndexAtOrAfter(mentions[i - 1].Start);
                    output ??= [.. mentions.Take(i)];
                    output.RemoveAt(output.Count - 1);
                }

                if (start >= 0)
                {
                    output ??= [.. mentions.Take(i)];
                    output.Add(Event(document, tokens.Starts[start], m.End));
                    continue;
                }
            }

            // Second + World War, Korean + War, or either before an EVENT mention ending in a head.
            bool ordinal = m.Label == EntityLabels.Ordinal && after == first + 1 && char.IsUpper(tokens.CharsAt(first)[0]);
            if (ordinal || m.Label is EntityLabels.GeopoliticalEntity or EntityLabels.Norp or EntityLabels.Location)
            {
                int end = HeadRunAfter(document, after, nextStart);
                bool joinsNext = end < 0 && i + 1 < mentions.Count && mentions[i + 1].Label == EntityLabels.Event && nextStart == after
                    && Spaced(document, after) && NameHeadRules.IsEventHead(tokens.CharsAt(tokens.IndexAtOrAfter(mentions[i + 1].End) - 1));
                if (end >= 0 || joinsNext)
                {
                    output ??= [.. mentions.Take(i)];
                    output.Add(Event(document, m.Start, joinsNext ? mentions[i + 1].End : tokens.Ends[end - 1]));
                    i += joinsNext ? 1 : 0;
                    continue;
                }
            }

            output?.Add(m);
        }

        return TheHeadedEvents(document, output ?? mentions);
    }

    // "the Gulf War", "the Long War": after "the", capitalised words no mention covers that end in an event head.
    private static IReadOnlyList<EntityMention> TheHeadedEvents(Document document, IReadOnlyList<EntityMention> mentions)
    {
        TokenList tokens = document.Tokens;
        List<EntityMention>? output = null;
        int next = 0;
        for (int t = 1; t + 1 < tokens.Count; t++)
        {
            while (next < mentions.Count && mentions[next].End <= tokens.Starts[t])
            {
                output?.Add(mentions[next]);
                next++;
            }

            bool covered = next < mentions.Count && mentions[next].Start < tokens.Ends[t];
            if (covered || tokens.CharsAt(t - 1) is not ("the" or "The"))
            {
                continue;
            }

            int end = HeadRunAfter(document, t, next < mentions.Count ? tokens.IndexAtOrAfter(mentions[next].Start) : tokens.Count);
            if (end > t + 1 && (end >= tokens.Count || !NameWord(document, end)))
            {
                output ??= [.. mentions.Take(next)];
                output.Add(Event(document, tokens.Starts[t], tokens.Ends[end - 1]));
                t = end - 1;
            }
        }

        if (output is null)
        {
            return mentions;
        }

        output.AddRange(mentions.Skip(next));
        return output;
    }

    private static EntityMention Event(Document document, int start, int end)
    {
        string text = document.Text[start..end];
        return new EntityMention { Text = text, Label = EntityLabels.Event, Start = start, End = end, Canonical = text };
    }

    // The first token of a run of one to three capitalised words in [from, number) ending right before the number in an
    // event head, one space apart each, else -1.
    private static int HeadRunBefore(Document document, int number, int from)
    {
        TokenList tokens = document.Tokens;
        if (number < 1 || number - 1 < from || !Spaced(document, number) || !NameHeadRules.IsEventHead(tokens.CharsAt(number - 1)))
        {
            return -1;
        }

        int start = number - 1;
        while (start - 1 >= from && number - (start - 1) <= MaxUncoveredWords && NameWord(document, start - 1) && Spaced(document, start))
        {
            start--;
        }

        return start;
    }

    // One past the last token of a run of one to three capitalised words in [first, until) ending in an event head, one
    // space apart each and after the ordinal, else -1.
    private static int HeadRunAfter(Document document, int first, int until)
    {
        TokenList tokens = document.Tokens;
        for (int t = first; t < until && t - first < MaxUncoveredWords && NameWord(document, t) && Spaced(document, t); t++)
        {
            if (NameHeadRules.IsEventHead(tokens.CharsAt(t)))
            {
                return t + 1;
            }
        }

        return -1;
    }

    // A capitalised word that can be part of a name: with the parse, a noun, proper noun or adjective, not a capitalised
    // preposition or adverb opening the sentence (Since World War II).
    private static bool NameWord(Document document, int t) =>
        document.Tokens.Kinds[t] == TokenKind.Word && document.Tokens.CharsAt(t) is { Length: >= 2 } w && char.IsUpper(w[0])
        && (document.Syntax is not { } syntax || syntax.Pos(t) is "PROPN" or "NOUN" or "ADJ");

    // One space between token t and the one before it.
    internal static bool Spaced(Document document, int t) =>
        t > 0 && document.Tokens.Starts[t] == document.Tokens.Ends[t - 1] + 1 && document.Text[document.Tokens.Ends[t - 1]] == ' ';

    /// <summary>A Roman numeral up to IV, or the number words of the two world wars' names.</summary>
    internal static bool IsNumeral(ReadOnlySpan<char> w) => w is "I" or "II" or "III" or "IV" or "One" or "Two";
}
