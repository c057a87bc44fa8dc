namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A greedy arc-hybrid dependency parser (root at the end of the buffer) with labelled transitions: one averaged
/// perceptron over <see cref="ParserFeatures"/> scores shift and every (arc, label) pair, trained with a labelled dynamic
/// oracle, so the labels of the arcs built so far are features of the next decisions. Output is always a tree with one
/// root. Time and memory are linear in the sentence: 2n transitions, each with a fixed number of features. Immutable
/// and thread-safe.
/// </summary>
internal sealed class DependencyParser
{
    /// <summary>The label of the root's arc.</summary>
    public const string RootLabel = "root";

    /// <summary>Creates a parser from its transition weights, the relation labels they name and the tag dictionary whose
    /// ambiguity classes it reads (the tagger's).</summary>
    public DependencyParser(SparseLinearModel transitions, IReadOnlyList<string> labels, TagDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dictionary);
        Dictionary = dictionary;
        int root = labels.ToList().IndexOf(RootLabel);
        if (root < 0)
        {
            throw new ArgumentException($"the labels have no '{RootLabel}'", nameof(labels));
        }

        Actions = new ParserActions(labels.Count, root);
        if (transitions.ClassCount != Actions.Count)
        {
            throw new ArgumentException($"the transition model has {transitions.ClassCount} classes, not {Actions.Count} (shift and two arcs for each of {labels.Count} labels)", nameof(transitions));
        }

        Transitions = transitions;
        Labels = labels;
    }

    /// <summary>The transition weights, classes numbered by <see cref="Actions"/>.</summary>
    public SparseLinearModel Transitions { get; }

    /// <summary>The ambiguity classes of the words.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>The relation names (UD, with subtypes such as <c>nsubj:pass</c>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labelled transitions.</summary>
    public ParserActions Actions { get; }

    /// <summary>
    /// For each tag class, true when a word of it takes no dependents (punctuation: Universal Dependencies attaches
    /// nothing to it). A word the transitions hung on such a word is moved up to that word's head. Empty: no repair.
    /// </summary>
    public bool[] LeafTags { get; init; } = [];

    /// <summary>Parses one tagged sentence; heads are word indices (the root's head is -1), labels index <see cref="Labels"/>.</summary>
    public (int[] Heads, int[] Labels) Parse(WordHashes[] words, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        var state = new ParserState(words.Length);
        uint[] ambiguity = PosTagger.AmbiguityClasses(words, Dictionary);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = Actions.Count <= 512 ? stackalloc float[Actions.Count] : new float[Actions.Count];
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Extract(state, words, tags, ambiguity, features);
            Transitions.Score(features[..count], scores);
            Actions.Apply(state, Actions.Best(state, scores));
        }

        var heads = new int[words.Length];
        for (int i = 0; i < heads.Length; i++)
        {
            heads[i] = state.Heads[i] == words.Length ? -1 : state.Heads[i];
        }

        LiftOffLeaves(heads, tags);
        return (heads, state.Labels);
    }

    /// <summary>
    /// Moves every word whose head is a leaf word (punctuation) up to that word's head, keeping its relation: the arc to
    /// the punctuation is wrong in any case, and the punctuation's own head is the nearest word it could mean. A
    /// punctuation root keeps its dependents, as the tree has one root. Each word is moved at most a few steps, since
    /// a head's head is always an ancestor: the tree stays a tree, and the cost is linear.
    /// </summary>
    private void LiftOffLeaves(int[] heads, int[] tags)
    {
        if (LeafTags.Length == 0)
        {
            return;
        }

        bool Leaf(int w) => (uint)tags[w] < (uint)LeafTags.Length && LeafTags[tags[w]];
        for (int i = 0; i < heads.Length; i++)
        {
            int head = heads[i];
            while (head >= 0 && Leaf(head) && heads[head] >= 0)
            {
                head = heads[head];
            }

            heads[i] = head;
        }
    }
}
