namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// Labels the arcs of a finished tree with UD relations: an averaged perceptron over the head, the dependent, their
/// direction and distance, the head's own head, and the dependent's outermost children (a case marker or a determiner
/// tells <c>obl</c> from <c>obj</c>). Immutable and thread-safe.
/// </summary>
internal sealed class ArcLabeler
{
    /// <summary>The most features one arc can have.</summary>
    public const int MaxFeatures = 32;

    /// <summary>Creates a labeller from its weights and label names.</summary>
    public ArcLabeler(SparseLinearModel model, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        if (model.ClassCount != labels.Count)
        {
            throw new ArgumentException($"the model has {model.ClassCount} classes but {labels.Count} labels were given", nameof(labels));
        }

        Model = model;
        Labels = labels;
    }

    /// <summary>The weights.</summary>
    public SparseLinearModel Model { get; }

    /// <summary>The relation names (UD, with subtypes such as <c>nsubj:pass</c>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The label index of every word's arc.</summary>
    public int[] Label(WordHashes[] words, int[] tags, int[] heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var children = TreeChildren.Of(heads);
        var labels = new int[heads.Length];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Model.ClassCount];
        for (int d = 0; d < heads.Length; d++)
        {
            int count = Extract(words, tags, heads, children, d, features);
            Model.Score(features[..count], scores);
            labels[d] = PosTagger.ArgMax(scores);
        }

        return labels;
    }

    /// <summary>The features of the arc into word <paramref name="d"/>.</summary>
    public static int Extract(WordHashes[] words, int[] tags, int[] heads, TreeChildren children, int d, Span<ulong> output)
    {
        int h = heads[d];
        ulong hw = h < 0 ? WordHashes.Root.Word : words[h].Word;
        int ht = h < 0 ? -3 : tags[h];
        int g = h < 0 ? -1 : heads[h];
        int gt = h < 0 ? -4 : g < 0 ? -3 : tags[g];
        ulong dw = words[d].Word;
        int dt = tags[d];
        int direction = h < 0 ? 0 : h < d ? 1 : 2;
        int distance = h < 0 ? 0 : Math.Min(Math.Abs(h - d), 6);
        int first = children.First(d), last = children.Last(d);
        int firstTag = first < 0 ? -2 : tags[first];
        ulong firstWord = first < 0 ? WordHashes.None.Word : words[first].Word;
        int lastTag = last < 0 ? -2 : tags[last];
        int leftSibling = children.Previous(d);
        int siblingTag = leftSibling < 0 ? -2 : tags[leftSibling];
        int k = 0;
        ulong H(int template) => FeatureHash.Start(100 + template);
        output[k++] = H(0);
        output[k++] = FeatureHash.Add(H(1), dt);
        output[k++] = FeatureHash.Add(H(2), dw);
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(3), dw), dt);
        output[k++] = FeatureHash.Add(H(4), ht);
        output[k++] = FeatureHash.Add(H(5), hw);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(6), dt), ht), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(7), dw), ht), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(8), dt), hw), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(9), dt), ht), direction), distance);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(10), dt), ht), gt);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(11), dt), firstTag), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(12), dt), firstWord), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(13), dt), lastTag), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(14), dt), firstWord), ht), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(15), dt), siblingTag), ht);
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(16), dw), hw);
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(17), dt), children.Count(d) > 0 ? 1 : 0);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(18), ht), direction), d == 0 ? 1 : 0);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(19), dt), hw), firstWord);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(20), words[d].Suffix3), ht), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(21), dt), ht), d + 1 < words.Length ? tags[d + 1] : -5);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(22), dt), ht), d > 0 ? tags[d - 1] : -5);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(23), dw), hw), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(24), dt), firstWord), lastTag);
        int headFirst = h < 0 ? -1 : children.First(h);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(25), dt), ht), headFirst < 0 ? WordHashes.None.Word : words[headFirst].Word);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(26), dw), firstWord), direction);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(27), dt), ht), gt), direction);
        return k;
    }
}
