using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>Learns the lemma exceptions: words whose most frequent treebank lemma differs from what the rules give.</summary>
internal static class LemmaExceptions
{
    /// <summary>The lemmatizer with exceptions from <paramref name="sentences"/> (gold tags).</summary>
    public static Lemmatizer Learn(IEnumerable<UdSentence> sentences)
    {
        var counts = new Dictionary<string, Dictionary<(string Lemma, string Xpos), int>>(StringComparer.Ordinal);
        foreach (UdSentence s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s.Upos[i] == "PROPN")
                {
                    continue;
                }

                string key = Lemmatizer.Key(s.Forms[i].ToLowerInvariant(), s.Upos[i]);
                if (!counts.TryGetValue(key, out Dictionary<(string, string), int>? byLemma))
                {
                    counts[key] = byLemma = [];
                }

                byLemma[(s.Lemmas[i], s.Xpos[i])] = byLemma.GetValueOrDefault((s.Lemmas[i], s.Xpos[i])) + 1;
            }
        }

        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, Dictionary<(string Lemma, string Xpos), int> byLemma) in counts)
        {
            ((string lemma, string xpos), _) = byLemma.MaxBy(p => p.Value);
            string[] parts = key.Split('\t');
            if (Lemmatizer.Rule(parts[1], parts[0], xpos) != lemma)
            {
                exceptions[key] = lemma;
            }
        }

        return new Lemmatizer(exceptions);
    }
}
