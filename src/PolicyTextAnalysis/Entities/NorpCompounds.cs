namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A people named by two words ending in a compound people of <c>Entities/name-heads.txt</c> (<c>American(s)</c>) is one NORP
/// name, as the commentary gold marks it (<c>Asian Americans</c>,
/// <c>an Indian American lawyer</c>, <c>Native Americans</c>): a NORP mention right before <c>American(s)</c>, one space apart,
/// joins it; so does a capitalised adjective no mention covers that does not open its sentence (<c>Many Native Americans</c>
/// gives <c>Native Americans</c>). Other pairs stay two names, as the name corpora mark them (<c>Iraqi Kurds</c>). Needs the
/// parse for the adjective; linear in the mentions.
/// </summary>
internal static class NorpCompounds
{
    /// <summary>Applies the compounds to <paramref name="mentions"/> (ordered by offset).</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        if (!mentions.Any(IsCompoundPeople))
        {
            return mentions;
        }

        var output = new List<EntityMention>(mentions.Count);
        bool changed = false;
        foreach (EntityMention m in mentions)
        {
            EntityMention? previous = output.Count > 0 ? output[^1] : null;
            if (IsCompoundPeople(m) && previous is { Label: EntityLabels.Norp } && previous.End + 1 == m.Start
                && document.Text[previous.End] == ' ')
            {
                output[^1] = Join(document, previous.Start, m);
                changed = true;
            }
            else if (IsCompoundPeople(m) && AdjectiveBefore(document, m, previous) is int adjective)
            {
                output.Add(Join(document, document.Tokens.Starts[adjective], m));
                changed = true;
            }
            else
            {
                output.Add(m);
            }
        }

        return changed ? output : mentions;
    }

    // Only the peoples of Entities/name-heads.txt: other pairs of peoples are two names in the name corpora (Iraqi Kurds).
    private static bool IsCompoundPeople(EntityMention m) => m.Label == EntityLabels.Norp && NameHeadRules.IsCompoundPeople(m.Text);

    private static EntityMention Join(Document document, int start, EntityMention last)
    {
        string text = document.Text[start..last.End];
        return last with { Text = text, Start = start, Canonical = text, KbId = null };
    }

    // The capitalised adjective right before the mention, one space away, not its sentence's first word and covered by no
    // mention; or null.
    private static int? AdjectiveBefore(Document document, EntityMention m, EntityMention? previous)
    {
        if (document.Syntax is not { } syntax)
        {
            return null;
        }

        TokenList tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(m.Start);
        int before = first - 1;
        if (before < 0 || tokens.Kinds[before] != TokenKind.Word || tokens.Ends[before] + 1 != m.Start
            || !char.IsUpper(tokens.CharsAt(before)[0]) || syntax.Pos(before) != "ADJ"
            || (previous is not null && previous.End > tokens.Starts[before]))
        {
            return null;
        }

        int sentence = SentenceSearch.IndexOfToken(document.Sentences, before);
        return sentence >= 0 && document.Sentences[sentence].FirstToken == before ? null : before;
    }
}
