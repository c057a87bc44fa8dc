using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// Trains the part-of-speech tagger: greedy decoding with the model's own previous tags, shuffled epochs. The ambiguity
/// classes a training sentence sees come from a tag dictionary built without it (the other tenths of the data), as
/// a new text's words will: a dictionary that included the sentence itself would tell the model the answer for every
/// word seen once. The shipped dictionary is built from all of the data.
/// </summary>
internal static class TaggerTrainer
{
    /// <summary>Trains a tagger on <paramref name="sentences"/> for <paramref name="epochs"/> passes.</summary>
    /// <param name="sentences">The training sentences.</param>
    /// <param name="classes">The joint tag classes.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seed of the shuffles.</param>
    /// <param name="prune">Features updated fewer times are dropped.</param>
    /// <param name="clusters">Word classes the tagger reads (none when null).</param>
    public static PosTagger Train(IReadOnlyList<UdSentence> sentences, IReadOnlyList<string> classes, int epochs, int seed, int prune = 1,
        NerWordClusters? clusters = null)
    {
        clusters ??= NerWordClusters.Empty;
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var tagged = sentences.Select(s => (Words: s.Hashes(), Gold: s.JointTags().Select(t => index[t]).ToArray())).ToList();
        uint[][] heldOut = HeldOutAmbiguity(tagged, classes, QuoteMarkInsertion.FoldKeys(sentences));
        var data = tagged.Select((s, i) => (s.Words, s.Gold, Ambiguity: heldOut[i], Classes: WordClassLookup.Of(s.Words, clusters))).ToList();

        var perceptron = new AveragedPerceptron(classes.Count);
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[classes.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(data, random);
            foreach ((WordHashes[] words, int[] gold, uint[] ambiguity, uint[] wordClasses) in data)
            {
                var predicted = new int[words.Length];
                for (int i = 0; i < words.Length; i++)
                {
                    int count = TaggerFeatures.Extract(words, ambiguity, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features, wordClasses);
                    perceptron.Score(features[..count], scores);
                    int guess = ArgMax(scores);
                    perceptron.Tick();
                    perceptron.Update(features[..count], gold[i], guess);
                    predicted[i] = guess;
                }
            }
        }

        return new PosTagger(perceptron.ToModel(prune), classes, Dictionary(sentences, classes), clusters);
    }

    /// <summary>The tag dictionary of <paramref name="sentences"/> (the shipped one: all of the training data).</summary>
    public static TagDictionary Dictionary(IReadOnlyList<UdSentence> sentences, IReadOnlyList<string> classes)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return BuildDictionary(sentences.Select(s => (s.Hashes(), s.JointTags().Select(t => index[t]).ToArray())), ClassBits(classes));
    }

    /// <summary>
    /// The ambiguity classes each training sentence sees: from a dictionary of the other nine tenths of the data, as a
    /// new text's words would (the tagger and the parser train on these).
    /// </summary>
    public static uint[][] HeldOutAmbiguity(IReadOnlyList<UdSentence> sentences, IReadOnlyList<string> classes)
    {
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return HeldOutAmbiguity(sentences.Select(s => (Words: s.Hashes(), Gold: s.JointTags().Select(t => index[t]).ToArray())).ToList(), classes,
            QuoteMarkInsertion.FoldKeys(sentences));
    }

    // keys: the fold of each sentence is its key modulo the folds (a copy shares its original's).
    private static uint[][] HeldOutAmbiguity(List<(WordHashes[] Words, int[] Gold)> tagged, IReadOnlyList<string> classes, int[] keys)
    {
        uint[] bits = ClassBits(classes);
        var result = new uint[tagged.Count][];
        for (int fold = 0; fold < DictionaryFolds; fold++)
        {
            TagDictionary held = BuildDictionary(tagged.Where((_, i) => keys[i] % DictionaryFolds != fold), bits);
            for (int i = 0; i < tagged.Count; i++)
            {
                if (keys[i] % DictionaryFolds != fold)
                {
                    continue;
                }

                result[i] = PosTagger.AmbiguityClasses(tagged[i].Words, held);
            }
        }

        return result;
    }

    /// <summary>How many parts the training data is cut into for the held-out dictionaries.</summary>
    private const int DictionaryFolds = 10;

    /// <summary>The tag dictionary of <paramref name="sentences"/>: each normalised word's universal tags.</summary>
    private static TagDictionary BuildDictionary(IEnumerable<(WordHashes[] Words, int[] Gold)> sentences, uint[] bits)
    {
        var classes = new Dictionary<ulong, uint>();
        foreach ((WordHashes[] words, int[] gold) in sentences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                classes[words[i].Word] = classes.GetValueOrDefault(words[i].Word) | bits[gold[i]];
            }
        }

        return new TagDictionary(classes);
    }

    /// <summary>The ambiguity-class bit of each joint class, as the tagger computes it.</summary>
    private static uint[] ClassBits(IReadOnlyList<string> classes) =>
        [.. new PosTagger(new SparseLinearModel(classes.Count, []), classes, TagDictionary.Empty).ClassBits];

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
