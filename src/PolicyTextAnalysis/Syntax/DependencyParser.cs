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
    /// ambiguity classes it reads (the tagger's), and the word classes it reads (none when null).</summary>
    public DependencyParser(SparseLinearModel transitions, IReadOnlyList<string> labels, TagDictionary dictionary, Entities.NerWordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dictionary);
        Dictionary = dictionary;
        Clusters = clusters ?? Entities.NerWordClusters.Empty;
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
        _punct = LabelIndex(labels, "punct");
    }

    // The relation of punctuation, or -1 for labels without it.
    private readonly int _punct;

    /// <summary>The transition weights, classes numbered by <see cref="Actions"/>.</summary>
    public SparseLinearModel Transitions { get; }

    /// <summary>The ambiguity classes of the words.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>The distributional word classes it reads (<see cref="WordClassLookup"/>; empty for a model without them).</summary>
    public Entities.NerWordClusters Clusters { get; }

    /// <summary>The relation names (UD, with subtypes such as <c>nsubj:pass</c>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labelled transitions.</summary>
    public ParserActions Actions { get; }

    /// <summary>
    /// For each tag class, true when a word of it takes no dependents (punctuation: Universal Dependencies attaches
    /// nothing to it). A word the transitions hung on such a word is moved up to that word's head. Empty: no repair.
    /// </summary>
    public bool[] LeafTags { get; init; } = [];

    /// <summary>Gives back the predicate of a sentence whose root the parse made its subject (<see cref="Syntax.RootRepair"/>);
    /// null: no repair.</summary>
    public RootRepair? RootRepair { get; init; }

    /// <summary>Relabels a day name the parse made a second subject (<see cref="Syntax.TemporalSubjectRepair"/>); null: no repair.</summary>
    public TemporalSubjectRepair? TemporalSubjectRepair { get; init; }

    /// <summary>Gives a verb with two subjects one (<see cref="Syntax.DoubleSubjectRepair"/>); null: no repair.</summary>
    public DoubleSubjectRepair? DoubleSubjectRepair { get; init; }

    /// <summary>Relabels a clause read as a verb's conjunct with nothing to coordinate it (<see cref="Syntax.BareComplementRepair"/>); null: no repair.</summary>
    public BareComplementRepair? BareComplementRepair { get; init; }

    /// <summary>Parses one tagged sentence; heads are word indices (the root's head is -1), labels index <see cref="Labels"/>.</summary>
    public (int[] Heads, int[] Labels) Parse(WordHashes[] words, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        var state = new ParserState(words.Length);
        uint[] ambiguity = PosTagger.AmbiguityClasses(words, Dictionary);
        uint[] clusters = WordClassLookup.Of(words, Clusters);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = Actions.Count <= 512 ? stackalloc float[Actions.Count] : new float[Actions.Count];
        while (!state.IsTerminal)
        {
            // A state with one valid transition needs no scores (every empty stack shifts).
            if (Actions.Forced(state) is int forced and >= 0)
            {
                Actions.Apply(state, forced);
                continue;
            }

            int count = ParserFeatures.Extract(state, words, tags, ambiguity, features, clusters);
            Transitions.Score(features[..count], scores);
            Actions.Apply(state, Actions.Best(state, scores));
        }

        var heads = new int[words.Length];
        for (int i = 0; i < heads.Length; i++)
        {
            heads[i] = state.Heads[i] == words.Length ? -1 : state.Heads[i];
        }

        LiftOffLeaves(heads, tags);
        LabelLeavesAsPunctuation(heads, state.Labels, tags);
        RootRepair?.Apply(heads, state.Labels, tags);
        TemporalSubjectRepair?.Apply(words, heads, state.Labels);
        DoubleSubjectRepair?.Apply(words, heads, state.Labels, tags);
        BareComplementRepair?.Apply(words, heads, state.Labels, tags);
        return (heads, state.Labels);
    }

    /// <summary>
    /// Gives every leaf word (punctuation) that is not the root the relation <c>punct</c>: Universal Dependencies attaches
    /// punctuation with no other (its validator rejects a PUNCT word with any other relation), so a list's bullet read as a
    /// compound of the next word (<c>- Seniors would face ...</c>) is no part of that word's phrase.
    /// </summary>
    private void LabelLeavesAsPunctuation(int[] heads, int[] labels, int[] tags)
    {
        if (_punct < 0 || LeafTags.Length == 0)
        {
            return;
        }

        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] >= 0 && (uint)tags[i] < (uint)LeafTags.Length && LeafTags[tags[i]])
            {
                labels[i] = _punct;
            }
        }
    }

    /// <summary>
    /// Moves every word whose head is a leaf word (punctuation) up to that word's nearest ancestor that is no leaf,
    /// keeping its relation: the arc to the punctuation is wrong in any case, and the nearest word above it is the
    /// likeliest head. A word whose leaf ancestors reach the root keeps its head, as the tree has one root. A head's head
    /// is always an ancestor, so the tree stays a tree; each leaf's answer is found once (path compression), so the
    /// cost is linear even for a run of punctuation hung on punctuation.
    /// </summary>
    private void LiftOffLeaves(int[] heads, int[] tags)
    {
        if (LeafTags.Length == 0)
        {
            return;
        }

        bool Leaf(int w) => (uint)tags[w] < (uint)LeafTags.Length && LeafTags[tags[w]];

        // For each leaf, the nearest ancestor that is no leaf, or the leaf itself when only leaves lead to the root.
        var above = new int[heads.Length];
        Array.Fill(above, -2);
        var path = new List<int>();
        for (int w = 0; w < heads.Length; w++)
        {
            if (!Leaf(w) || above[w] != -2)
            {
                continue;
            }

            int top = w;
            path.Clear();
            while (Leaf(top) && above[top] == -2 && heads[top] >= 0)
            {
                path.Add(top);
                top = heads[top];
            }

            int answer = Leaf(top) ? (above[top] >= -1 && above[top] != -2 ? above[top] : top) : top;
            foreach (int p in path)
            {
                above[p] = answer;
            }

            if (above[top] == -2 && Leaf(top))
            {
                above[top] = top;
            }
        }

        for (int i = 0; i < heads.Length; i++)
        {
            int head = heads[i];
            if (head >= 0 && Leaf(head) && above[head] >= 0 && !Leaf(above[head]))
            {
                heads[i] = above[head];
            }
        }
    }

    /// <summary>Whether a relation label is a nominal subject, active or passive (<c>nsubj</c>, <c>nsubj:pass</c>).</summary>
    internal static bool IsNominalSubject(string label) => label is "nsubj" or "nsubj:pass";

    /// <summary>The index of <paramref name="label"/> among <paramref name="labels"/>, or -1.</summary>
    internal static int LabelIndex(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
