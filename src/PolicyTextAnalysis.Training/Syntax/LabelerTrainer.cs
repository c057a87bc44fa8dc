using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>Trains the arc labeller on gold trees with predicted tags.</summary>
internal static class LabelerTrainer
{
    /// <summary>Trains for <paramref name="epochs"/> shuffled passes.</summary>
    public static ArcLabeler Train(IReadOnlyList<(WordHashes[] Words, int[] Tags, int[] Heads, int[] Labels)> sentences, IReadOnlyList<string> labels, int epochs, int seed, int prune = 1)
    {
        var perceptron = new AveragedPerceptron(labels.Count);
        var random = new Random(seed);
        var data = sentences.ToList();
        Span<ulong> features = stackalloc ulong[ArcLabeler.MaxFeatures];
        Span<float> scores = stackalloc float[labels.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            TaggerTrainer.Shuffle(data, random);
            foreach ((WordHashes[] words, int[] tags, int[] heads, int[] gold) in data)
            {
                TreeChildren children = TreeChildren.Of(heads);
                for (int d = 0; d < words.Length; d++)
                {
                    int count = ArcLabeler.Extract(words, tags, heads, children, d, features);
                    perceptron.Score(features[..count], scores);
                    perceptron.Tick();
                    perceptron.Update(features[..count], gold[d], TaggerTrainer.ArgMax(scores));
                }
            }
        }

        return new ArcLabeler(perceptron.ToModel(prune), labels);
    }
}
