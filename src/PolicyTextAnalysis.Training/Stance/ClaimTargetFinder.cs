using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// Step (a) of the claim-stance decomposition (Bar-Haim et al., EACL 2017): the phrase a claim expresses
/// sentiment toward. When the topic target's content words occur, the claim is read as being about the
/// topic target itself; otherwise its leading noun phrase (the words before the first auxiliary, modal or
/// clause break) is taken, since claims are mostly "X is good/bad" sentences. Linear; no regex.
/// </summary>
internal static class ClaimTargetFinder
{
    private const int MaxPhraseWords = 10;

    // Words that end a sentence-initial noun phrase: auxiliaries, modals, and very common predicate verbs.
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        ",", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can",
        "could", "will", "would", "shall", "should", "may", "might", "must", "n't", "not", "that", "which", "who",
        "leads", "lead", "causes", "cause", "helps", "help", "makes", "make", "allows", "allow", "gives", "give",
        "creates", "create", "provides", "provide", "increases", "increase", "reduces", "reduce", "prevents",
        "prevent", "harms", "harm", "violates", "violate", "promotes", "promote", "encourages", "encourage",
    };

    /// <summary>The claim's own target: <paramref name="topicTarget"/> when the text mentions it, else the leading noun phrase.</summary>
    public static string Find(string text, string topicTarget)
    {
        List<string> words = StanceFeaturizer.Words(text);
        if (TargetMatcher.Overlap(TargetMatcher.Keys(topicTarget), TargetMatcher.Keys(text)) >= 0.5)
        {
            return topicTarget;
        }

        int end = 0;
        while (end < words.Count && end < MaxPhraseWords && !Boundaries.Contains(words[end]))
        {
            end++;
        }

        return end == 0 ? topicTarget : string.Join(' ', words.Take(end));
    }
}
