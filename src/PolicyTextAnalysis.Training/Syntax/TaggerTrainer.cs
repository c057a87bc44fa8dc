using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>Trains the part-of-speech tagger: greedy decoding with the model's own previous tags, shuffled epochs.</summary>
internal static class TaggerTrainer
{
    /// <summary>Trains a tagger on <paramref name="sentences"/> for <paramref name="epochs"/> passes.</summary>
    public static PosTagger Train(IReadOnlyList<UdSentence> sentences, IReadOnlyList<string> classes, int epochs, int seed, int prune = 1)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var data = sentences.Select(s => (Words: s.Hashes(), Gold: s.JointTags().Select(t => index[t]).ToArray())).ToList();
        var perceptron = new AveragedPerceptron(classes.Count);
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[classes.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(data, random);
            foreach ((WordHashes[] words, int[] gold) in data)
            {
                var predicted = new int[words.Length];
                for (int i = 0; i < words.Length; i++)
                {
                    int count = TaggerFeatures.Extract(words, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    perceptron.Score(features[..count], scores);
                    int guess = ArgMax(scores);
                    perceptron.Tick();
                    perceptron.Update(features[..count], gold[i], guess);
                    predicted[i] = guess;
                }
            }
        }

        return new PosTagger(perceptron.ToModel(prune), classes);
    }

    /// <summary>The joint classes seen in <paramref name="sentences"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Classes(IEnumerable<UdSentence> sentences) =>
        sentences.SelectMany(s => s.JointTags()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    internal static void Shuffle<T>(List<T> list, Random random)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores) => PosTagger.ArgMax(scores);
}
