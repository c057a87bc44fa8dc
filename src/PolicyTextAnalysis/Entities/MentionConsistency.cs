namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A document-level second look at the decoded mentions: one surface string names one thing within a document,
/// so when the same text got different labels (<c>Kabul</c> GPE three times, PERSON once), every occurrence takes
/// the label with the most total confidence. Linear in the number of mentions.
/// </summary>
internal static class MentionConsistency
{
    public static void Apply(List<EntityMention> mentions)
    {
        if (mentions.Count < 2)
        {
            return;
        }

        var votes = new Dictionary<(string Text, string Label), double>();
        foreach (EntityMention m in mentions)
        {
            votes[(m.Text, m.Label)] = votes.GetValueOrDefault((m.Text, m.Label)) + m.Confidence;
        }

        var best = new Dictionary<string, (string Label, double Score)>(StringComparer.Ordinal);
        foreach (((string text, string label), double score) in votes)
        {
            if (!best.TryGetValue(text, out var current) || score > current.Score
                || (score == current.Score && string.CompareOrdinal(label, current.Label) < 0))
            {
                best[text] = (label, score);
            }
        }

        // Every text with one label only: nothing to change.
        if (best.Count == votes.Count)
        {
            return;
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            string label = best[mentions[i].Text].Label;
            if (label != mentions[i].Label)
            {
                mentions[i] = mentions[i] with { Label = label };
            }
        }
    }
}
