using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The name-only speaker labels of a Westminster record (<c>Angela Hart:</c>), which are labels only because a full label
/// (<c>Angela Hart (Sheffield Central) (Lab):</c>) named the member before; read by <see cref="TranscriptTurns"/>.
/// </summary>
internal static class RecordShortLabels
{
    /// <summary>Most names of full parliamentary labels whose short labels are looked for.</summary>
    private const int MaxRecordNames = 64;

    /// <summary>
    /// A Westminster record names a member in full once (<c>Angela Hart (Sheffield Central) (Lab):</c>, <c>The Minister for
    /// Housing (Sarah Dunmore):</c>) and by name alone after that (<c>Angela Hart:</c>). A line opening with the name of a
    /// person a full label named, then a colon, is a label too; elsewhere a name and a colon are no label (a heading, a
    /// byline). Adds them in order. Each line start is compared with at most <see cref="MaxRecordNames"/> names.
    /// </summary>
    public static void Add(Document document, List<(int First, int Last, int ContentToken, bool Question)> labels, CancellationToken cancellationToken)
    {
        TokenList tokens = document.Tokens;
        IReadOnlyList<EntityMention> entities = document.Entities;
        var names = new List<string>();
        int e = 0;
        foreach ((int first, int last, _, bool question) in labels)
        {
            int start = tokens.Starts[first], end = tokens.Ends[last];
            while (e < entities.Count && entities[e].Start < start)
            {
                e++;
            }

            if (question || tokens.CharsAt(last) is not ")")
            {
                continue;
            }

            // Names of two words or more: a surname alone and a colon is too common a line opening.
            for (int k = e; k < entities.Count && entities[k].Start < end; k++)
            {
                EntityMention person = entities[k];
                if (person.End <= end && person.Label == EntityLabels.Person && person.Text.Contains(' ')
                    && names.Count < MaxRecordNames && !names.Contains(person.Text))
                {
                    names.Add(person.Text);
                }
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        var added = new List<(int First, int Last, int ContentToken, bool Question)>();
        int next = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            if ((t & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            while (next < labels.Count && labels[next].ContentToken <= t)
            {
                next++;
            }

            bool inLabel = next < labels.Count && labels[next].First <= t;
            if (inLabel || tokens.Kinds[t] != TokenKind.Word || !TranscriptTurns.StartsLine(document.Text, tokens, t))
            {
                continue;
            }

            foreach (string name in names)
            {
                if (NameAt(document.Text, tokens, t, name) is int colon and >= 0 && colon + 1 < tokens.Count)
                {
                    added.Add((t, colon - 1, colon + 1, false));
                    break;
                }
            }
        }

        if (added.Count > 0)
        {
            labels.AddRange(added);
            labels.Sort(static (x, y) => x.First.CompareTo(y.First));
        }
    }

    /// <summary>The colon right after <paramref name="name"/> written from token <paramref name="t"/> on, or -1.</summary>
    private static int NameAt(string text, TokenList tokens, int t, string name)
    {
        int start = tokens.Starts[t];
        if (start + name.Length > text.Length || !text.AsSpan(start, name.Length).SequenceEqual(name))
        {
            return -1;
        }

        int after = tokens.IndexAtOrAfter(start + name.Length);
        return after < tokens.Count && tokens.Starts[after] >= start + name.Length && tokens.CharsAt(after) is ":"
            && tokens.Ends[after - 1] == start + name.Length ? after : -1;
    }
}
