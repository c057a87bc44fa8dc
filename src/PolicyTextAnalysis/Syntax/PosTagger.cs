namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over <see cref="TaggerFeatures"/> predicting
/// one joint class per token, a universal tag and a Penn Treebank tag (<c>NOUN/NNS</c>), with the ambiguity classes of
/// the words (<see cref="TagDictionary"/>) among its features. Immutable and thread-safe.
/// </summary>
internal sealed class PosTagger
{
    /// <summary>Creates a tagger from its trained weights, class names (<c>UPOS\tXPOS</c>), tag dictionary and the word
    /// classes it reads (none when null).</summary>
    public PosTagger(SparseLinearModel model, IReadOnlyList<string> classes, TagDictionary dictionary, Entities.NerWordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(classes);
        if (model.ClassCount != classes.Count)
        {
            throw new ArgumentException($"the model has {model.ClassCount} classes but {classes.Count} names were given", nameof(classes));
        }

        Model = model;
        Classes = classes;
        Universal = classes.Select(c => c.Split('\t')[0]).ToArray();
        Penn = classes.Select(c => c.Split('\t')[^1]).ToArray();
        Dictionary = dictionary;
        Clusters = clusters ?? Entities.NerWordClusters.Empty;
        string[] universal = Universal.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (universal.Length > 32)
        {
            throw new ArgumentException($"{universal.Length} universal tags do not fit the 32-bit ambiguity classes", nameof(classes));
        }

        ClassBits = Universal.Select(u => 1u << Array.IndexOf(universal, u)).ToArray();
    }

    /// <summary>The ambiguity classes of the words seen in training.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>The distributional word classes it reads (<see cref="WordClassLookup"/>; empty for a model without them).</summary>
    public Entities.NerWordClusters Clusters { get; }

    /// <summary>For each joint class, the bit of its universal tag in an ambiguity class.</summary>
    public IReadOnlyList<uint> ClassBits { get; }

    /// <summary>The weights.</summary>
    public SparseLinearModel Model { get; }

    /// <summary>The joint classes, <c>UPOS\tXPOS</c>.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The universal tag of each class.</summary>
    public IReadOnlyList<string> Universal { get; }

    /// <summary>The Penn Treebank tag of each class.</summary>
    public IReadOnlyList<string> Penn { get; }

    /// <summary>Tags one sentence; returns the class of each token.</summary>
    public int[] Tag(WordHashes[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tags = new int[words.Length];
        uint[] ambiguity = AmbiguityClasses(words, Dictionary);
        uint[] clusters = WordClassLookup.Of(words, Clusters);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Model.ClassCount];
        for (int i = 0; i < words.Length; i++)
        {
            int count = TaggerFeatures.Extract(words, ambiguity, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, features, clusters);
            Model.Score(features[..count], scores);
            tags[i] = ArgMax(scores);
        }

        return tags;
    }

    /// <summary>The ambiguity class of each word of a sentence.</summary>
    internal static uint[] AmbiguityClasses(WordHashes[] words, TagDictionary dictionary)
    {
        var classes = new uint[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            classes[i] = dictionary.ClassOf(words[i].Word);
        }

        return classes;
    }

    /// <summary>The index of the highest score (the first on ties).</summary>
    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
