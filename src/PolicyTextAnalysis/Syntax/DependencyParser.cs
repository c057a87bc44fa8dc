namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A greedy arc-hybrid dependency parser (root at the end of the buffer) scored by an averaged perceptron over
/// <see cref="ParserFeatures"/> and trained with a dynamic oracle; the finished tree's arcs are then labelled by an
/// <see cref="ArcLabeler"/>. Output is always a tree with one root. Time and memory are linear in the sentence: 2n
/// transitions, each with a fixed number of features. Immutable and thread-safe.
/// </summary>
internal sealed class DependencyParser
{
    /// <summary>Transition class of shift.</summary>
    public const int Shift = 0;

    /// <summary>Transition class of left-arc.</summary>
    public const int Left = 1;

    /// <summary>Transition class of right-arc.</summary>
    public const int Right = 2;

    /// <summary>Creates a parser from its transition weights and its arc labeller.</summary>
    public DependencyParser(SparseLinearModel transitions, ArcLabeler labeler)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(labeler);
        if (transitions.ClassCount != 3)
        {
            throw new ArgumentException($"the transition model has {transitions.ClassCount} classes, not 3", nameof(transitions));
        }

        Transitions = transitions;
        Labeler = labeler;
    }

    /// <summary>The transition weights: shift, left-arc, right-arc.</summary>
    public SparseLinearModel Transitions { get; }

    /// <summary>Labels the arcs of a parsed sentence.</summary>
    public ArcLabeler Labeler { get; }

    /// <summary>Parses one tagged sentence; heads are word indices (the root's head is -1), labels index <see cref="ArcLabeler.Labels"/>.</summary>
    public (int[] Heads, int[] Labels) Parse(WordHashes[] words, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        int[] heads = ParseUnlabelled(words, tags);
        return (heads, Labeler.Label(words, tags, heads));
    }

    /// <summary>The unlabelled tree: each word's head, -1 for the root.</summary>
    public int[] ParseUnlabelled(WordHashes[] words, int[] tags)
    {
        var state = new ParserState(words.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[3];
        while (!state.IsTerminal)
        {
            int count = ParserFeatures.Extract(state, words, tags, features);
            Transitions.Score(features[..count], scores);
            Apply(state, Best(state, scores));
        }

        var heads = new int[words.Length];
        for (int i = 0; i < heads.Length; i++)
        {
            heads[i] = state.Heads[i] == words.Length ? -1 : state.Heads[i];
        }

        return heads;
    }

    /// <summary>The best-scoring transition that is valid in <paramref name="state"/>.</summary>
    public static int Best(ParserState state, ReadOnlySpan<float> scores)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < 3; c++)
        {
            if (IsValid(state, c) && scores[c] > bestScore)
            {
                (best, bestScore) = (c, scores[c]);
            }
        }

        return best;
    }

    /// <summary>True when transition <paramref name="c"/> may be applied.</summary>
    public static bool IsValid(ParserState state, int c) =>
        c == Shift ? state.CanShift : c == Left ? state.CanLeft : state.CanRight;

    /// <summary>Applies transition <paramref name="c"/>.</summary>
    public static void Apply(ParserState state, int c)
    {
        switch (c)
        {
            case Shift:
                state.Shift();
                break;
            case Left:
                state.Left();
                break;
            default:
                state.Right();
                break;
        }
    }
}
