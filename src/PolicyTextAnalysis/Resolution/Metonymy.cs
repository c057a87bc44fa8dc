using System.Collections.Frozen;
using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Metonymy: a capital (<c>Islamabad will not support...</c>) or a plural demonym with an article
/// (<c>the Russians said</c>) used as the subject of a verb stands for its state as an actor. The mention keeps
/// its label; <see cref="EntityMention.RefersTo"/> names the state. Looks at a few tokens after each mention.
/// </summary>
internal static class Metonymy
{
    // Words that, right after a name, show it is the subject of a verb.
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        [
            "will", "would", "should", "must", "can", "could", "may", "might", "shall", "has", "have", "had", "is",
            "was", "does", "did", "cannot", "won't", "wants", "seeks", "refuses", "decides", "hopes", "fears",
            "plans", "demands", "needs", "continues", "remains", "supports", "opposes", "rejects", "insists",
            "believes", "considers", "intends", "expects", "tries", "keeps", "wants", "prefers", "appears",
        ],
        StringComparer.Ordinal);

    // A name after one of these is the object of a preposition, never the subject (the summit in Tokyo ended).
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        [
            "in", "of", "from", "to", "at", "near", "by", "with", "into", "across", "for", "on", "outside", "inside",
            "between", "against", "toward", "towards", "around", "over", "through", "via", "about", "than", "like",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Adverbs that may stand between the subject and its verb (Islamabad, on the contrary, decides).
    private static readonly FrozenSet<string> Adverbs = FrozenSet.ToFrozenSet(
        ["also", "now", "still", "then", "already", "never", "not", "no", "longer", "again", "reportedly", "officially"],
        StringComparer.Ordinal);

    /// <summary>The state <paramref name="mention"/> stands for as an actor, or null.</summary>
    public static string? StateActedFor(Document document, EntityMention mention, KnowledgeBase kb, CueLexicon cues)
    {
        if (mention.KbId is not { } id || kb.Find(id) is not { } entry)
        {
            return null;
        }

        bool capital = mention.Label == EntityLabels.GeopoliticalEntity && entry.Kind == KnowledgeBaseKind.City;
        bool demonym = mention.Label == EntityLabels.Norp && entry.Kind == KnowledgeBaseKind.Country
            && mention.Text.EndsWith('s') && mention.Start >= 4
            && document.Text.AsSpan(mention.Start - 4, 4) is "the " or "The ";
        if ((!capital && !demonym) || kb.StateOf(entry) is not { } state)
        {
            return null;
        }

        return IsSubjectOfVerb(document, mention, cues, demonym) ? state.Name : null;
    }

    private static bool IsSubjectOfVerb(Document document, EntityMention mention, CueLexicon cues, bool speechOnly)
    {
        TokenList tokens = document.Tokens;
        int before = tokens.IndexAtOrAfter(mention.Start) - 1;
        if (before >= 0 && Prepositions.Contains(tokens.CharsAt(before).ToString()))
        {
            return false;
        }

        int t = tokens.IndexAtOrAfter(mention.End);
        if (t > 0 && t < tokens.Count && tokens.Starts[t] < mention.End)
        {
            t++;
        }

        // Skip one parenthetical interjection set off by commas (", on the contrary,").
        if (t < tokens.Count && tokens.CharsAt(t) is ",")
        {
            int close = t + 1;
            while (close < tokens.Count && close - t <= 6 && tokens.CharsAt(close) is not ("," or "." or ";"))
            {
                close++;
            }

            if (close >= tokens.Count || tokens.CharsAt(close) is not "," || close - t > 6)
            {
                return false;
            }

            t = close + 1;
        }

        // A quotation may start right after the subject (Kabul "is not responsible ...").
        if (t < tokens.Count && tokens.Kinds[t] == TokenKind.Quote)
        {
            t++;
        }

        for (int skipped = 0; t < tokens.Count && skipped < 2 && Adverbs.Contains(tokens.CharsAt(t).ToString()); skipped++)
        {
            t++;
        }

        if (t >= tokens.Count || tokens.Kinds[t] != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = tokens.CharsAt(t);
        if (!char.IsLower(w[0]))
        {
            return false;
        }

        CueClass cls = cues.ClassOf(w);
        if ((cls & (CueClass.Speech | CueClass.Accuse | CueClass.Label)) != 0)
        {
            return true;
        }

        return !speechOnly && (Auxiliaries.Contains(w.ToString()) || (w.Length > 4 && w.EndsWith("ed")));
    }
}
