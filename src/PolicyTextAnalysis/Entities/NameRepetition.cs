namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A document-level second look for names the decoder found in one place and missed or cut in another: a text names a
/// thing the same way throughout, so every other occurrence of a recognised multi-word name (the same words, in one
/// sentence) is that name too. It recovers the occurrences where the model's local evidence is weakest, chiefly at the
/// start of a sentence, where capitals say nothing (<c>Amnesty International said ...</c> after <c>... told Amnesty
/// International</c>; <c>Civil Defense Authority officials</c> cut to <c>Defense Authority</c>).
/// </summary>
/// <remarks>
/// An occurrence is taken only where no recognised name crosses its edges or contains it, and where no capitalised word
/// touches it inside its sentence (<c>New York</c> does not claim the words of an unrecognised <c>New York Times</c>).
/// Names of its type recognised inside it are replaced by it. One-word names are left alone: a lone capitalised word is too often
/// something else elsewhere (<c>May</c>, <c>Rice</c>). Linear in the tokens: names are looked up by their first word, at
/// most <see cref="MaxNamesPerFirstWord"/> each.
/// </remarks>
internal static class NameRepetition
{
    /// <summary>Names kept per first word, which bounds the work per token on any input.</summary>
    internal const int MaxNamesPerFirstWord = 8;

    /// <summary>Fewest tokens a name needs to be repeated.</summary>
    internal const int MinTokens = 2;

    /// <summary>Adds the repeated occurrences to <paramref name="mentions"/> (in document order, as decoded).</summary>
    public static void Apply(Document document, List<EntityMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        TokenList tokens = document.Tokens;
        var byFirstWord = new Dictionary<string, List<(string Text, int Tokens, string Label, double Confidence)>>(StringComparer.Ordinal);
        int[] owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            int first = tokens.IndexAtOrAfter(mention.Start);
            int end = first;
            while (end < tokens.Count && tokens.Starts[end] < mention.End)
            {
                owner[end++] = m;
            }

            int count = end - first;
            if (count < MinTokens || !char.IsUpper(mention.Text[0]))
            {
                continue;
            }

            string firstWord = tokens.CharsAt(first).ToString();
            if (!byFirstWord.TryGetValue(firstWord, out var names))
            {
                byFirstWord[firstWord] = names = [];
            }

            if (names.Count < MaxNamesPerFirstWord && !names.Exists(n => n.Text == mention.Text))
            {
                names.Add((mention.Text, count, mention.Label, mention.Confidence));
            }
        }

        if (byFirstWord.Count == 0)
        {
            return;
        }

        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var removed = new HashSet<int>();
        var added = new List<EntityMention>();
        string text = document.Text;
        foreach (Sentence sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!lookup.TryGetValue(tokens.CharsAt(i), out var names))
                {
                    continue;
                }

                foreach ((string name, int count, string label, double confidence) in names)
                {
                    int end = i + count;
                    if (end > sentence.EndToken || IsRecognised(mentions, owner, tokens, i, end)
                        || !text.AsSpan(tokens.Starts[i], tokens.Ends[end - 1] - tokens.Starts[i]).SequenceEqual(name)
                        || (i > sentence.FirstToken && IsCapitalisedWord(tokens, i - 1))
                        || (end < sentence.EndToken && IsCapitalisedWord(tokens, end))
                        || !InsideOnly(mentions, owner, tokens, i, end, label))
                    {
                        continue;
                    }

                    for (int k = i; k < end; k++)
                    {
                        if (owner[k] >= 0)
                        {
                            removed.Add(owner[k]);
                        }

                        owner[k] = int.MaxValue;
                    }

                    int start = tokens.Starts[i];
                    added.Add(new EntityMention
                    {
                        Text = name,
                        Label = label,
                        Start = start,
                        End = tokens.Ends[end - 1],
                        Canonical = name,
                        Confidence = confidence,
                    });
                    i = end - 1;
                    break;
                }
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        var kept = new List<EntityMention>(mentions.Count + added.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            if (!removed.Contains(m))
            {
                kept.Add(mentions[m]);
            }
        }

        kept.AddRange(added);
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        mentions.Clear();
        mentions.AddRange(kept);
    }

    /// <summary>Whether a decoded name covers exactly tokens <c>[first, end)</c>.</summary>
    private static bool IsRecognised(List<EntityMention> mentions, int[] owner, TokenList tokens, int first, int end) =>
        owner[first] >= 0 && owner[first] != int.MaxValue && owner[end - 1] == owner[first]
        && mentions[owner[first]].Start == tokens.Starts[first] && mentions[owner[first]].End == tokens.Ends[end - 1];

    /// <summary>Whether every recognised name touching tokens <c>[first, end)</c> lies inside them and has the name's label (a
    /// part the decoder cut: <c>Defense Authority</c> in <c>Civil Defense Authority</c>); a name of another type there is
    /// evidence against the repeated one (<c>Hall</c>, a person, in <c>Mrs. Hall</c> mistyped once).</summary>
    private static bool InsideOnly(List<EntityMention> mentions, int[] owner, TokenList tokens, int first, int end, string label)
    {
        int start = tokens.Starts[first], stop = tokens.Ends[end - 1];
        for (int k = first; k < end; k++)
        {
            int m = owner[k];
            if (m == int.MaxValue || m >= 0 && (mentions[m].Start < start || mentions[m].End > stop || mentions[m].Label != label))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalisedWord(TokenList tokens, int index)
    {
        ReadOnlySpan<char> word = tokens.CharsAt(index);
        return word.Length > 0 && char.IsUpper(word[0]);
    }
}
