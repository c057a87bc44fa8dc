using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// Step (c) of the claim-stance decomposition: hashed features for whether a claim's own target is consistent
/// with the topic target (same or aligned, as "the open primary" with "open primaries") or contrastive (an
/// alternative to it, as "closed primaries"). Features: content-word overlap of the claim's target and text
/// with the topic target, words of the claim's target, and words of the text (contrast cues such as
/// <c>instead</c>, <c>alternative</c>, <c>rather than</c> are learned). Stateless, linear in the text length.
/// </summary>
internal static class TargetRelationFeaturizer
{
    /// <summary>Experiment switch: word features on (default) or only the general overlap and polarity features.</summary>
    internal static bool UseWords { get; set; } = true;

    /// <summary>Adds the relation features of (<paramref name="text"/>, its target, the topic target).</summary>
    public static void Featurize(string text, string claimTarget, string topicTarget, Dictionary<int, float> features)
    {
        HashSet<string> topic = TargetMatcher.Keys(topicTarget);
        double claimOverlap = TargetMatcher.Overlap(topic, TargetMatcher.Keys(claimTarget));
        double textOverlap = TargetMatcher.Overlap(topic, TargetMatcher.Keys(text));
        Add(features, "r:bias", 1f);
        Add(features, "r:target-overlap", (float)claimOverlap);
        Add(features, "r:text-overlap", (float)textOverlap);
        Add(features, claimOverlap >= 0.5 ? "r:target-same" : "r:target-other", 1f);

        // Opposed targets often differ in inherent polarity or in a lowering word (freedom of speech ~
        // censorship, nuclear weapons ~ disarmament, the free market ~ central control).
        (int topicPolarity, bool topicLowered) = PhrasePolarity(topicTarget);
        (int claimPolarity, bool claimLowered) = PhrasePolarity(claimTarget);
        Add(features, $"r:pol:{topicPolarity}:{claimPolarity}", 1f);
        Add(features, $"r:low:{topicLowered}:{claimLowered}", 1f);
        Add(features, $"r:polprod:{topicPolarity * claimPolarity}:{claimOverlap >= 0.5}", 1f);
        if (!UseWords)
        {
            return;
        }

        foreach (string word in StanceFeaturizer.Words(claimTarget))
        {
            Add(features, "rt:" + word, 1f);
        }

        string previous = "<s>";
        foreach (string word in StanceFeaturizer.Words(text))
        {
            Add(features, "ru:" + word, 1f);
            Add(features, "rb:" + previous + " " + word, 1f);
            previous = word;
        }
    }

    private static (int Polarity, bool Lowered) PhrasePolarity(string phrase)
    {
        OpinionLexicon lexicon = OpinionLexicon.Default;
        List<string> words = StanceFeaturizer.Words(phrase);
        bool lowered = false;
        foreach (string word in words)
        {
            OpinionRole role = lexicon.RoleOf(word);
            lowered |= role is OpinionRole.Lowerer or OpinionRole.Negator;
        }

        return (Math.Sign(OpinionScorer.Score(words, 0, words.Count, lexicon)), lowered);
    }

    private static void Add(Dictionary<int, float> features, string name, float value)
    {
        int index = StanceFeaturizer.Index(name);
        features[index] = features.GetValueOrDefault(index) + value;
    }
}
