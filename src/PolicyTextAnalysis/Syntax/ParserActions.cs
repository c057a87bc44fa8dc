namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The labelled transitions of the arc-hybrid parser as class numbers of one linear model: 0 is shift, 1 + l is
/// left-arc with label l, 1 + L + l is right-arc with label l (L labels). The label <c>root</c> is reserved for the
/// left-arc from the root, and only that arc may take it, so every tree has one root labelled <c>root</c>.
/// </summary>
internal readonly record struct ParserActions
{
    /// <summary>The class of shift.</summary>
    public const int Shift = 0;

    /// <summary>Creates the action set of <paramref name="labelCount"/> labels, <paramref name="rootLabel"/> being <c>root</c>.</summary>
    public ParserActions(int labelCount, int rootLabel)
    {
        if (labelCount <= 0 || rootLabel < 0 || rootLabel >= labelCount)
        {
            throw new ArgumentOutOfRangeException(nameof(rootLabel), $"root label {rootLabel} of {labelCount} labels");
        }

        LabelCount = labelCount;
        RootLabel = rootLabel;
    }

    /// <summary>The number of relation labels.</summary>
    public int LabelCount { get; }

    /// <summary>The label of the root's arc.</summary>
    public int RootLabel { get; }

    /// <summary>The number of classes: shift plus a left-arc and a right-arc per label.</summary>
    public int Count => 1 + (2 * LabelCount);

    /// <summary>The class of left-arc with <paramref name="label"/>.</summary>
    public int Left(int label) => 1 + label;

    /// <summary>The class of right-arc with <paramref name="label"/>.</summary>
    public int Right(int label) => 1 + LabelCount + label;

    /// <summary>The kind of class <paramref name="c"/>: 0 shift, 1 left-arc, 2 right-arc.</summary>
    public int KindOf(int c) => c == Shift ? 0 : IsLeft(c) ? 1 : 2;

    /// <summary>True when class <paramref name="c"/> is a left-arc.</summary>
    public bool IsLeft(int c) => c >= 1 && c <= LabelCount;

    /// <summary>The label of an arc class.</summary>
    public int LabelOf(int c) => IsLeft(c) ? c - 1 : c - 1 - LabelCount;

    /// <summary>True when class <paramref name="c"/> may be applied in <paramref name="state"/>.</summary>
    public bool IsValid(ParserState state, int c)
    {
        if (c == Shift)
        {
            return state.CanShift;
        }

        if (IsLeft(c))
        {
            // The arc from the root is the only one labelled root.
            return state.CanLeft && (state.Buffer == state.Length) == (c - 1 == RootLabel);
        }

        return state.CanRight && LabelOf(c) != RootLabel;
    }

    /// <summary>The one valid class when <paramref name="state"/> allows only one (an empty stack must shift; one stack item
    /// with only the root left takes the root's arc), else -1: <see cref="Best"/> would pick it whatever the scores.</summary>
    public int Forced(ParserState state) =>
        state.StackCount == 0 ? (state.CanShift ? Shift : -1)
        : state.Buffer == state.Length && state.StackCount == 1 ? Left(RootLabel) : -1;

    /// <summary>The best-scoring class that is valid in <paramref name="state"/>.</summary>
    public int Best(ParserState state, ReadOnlySpan<float> scores)
    {
        int best = Shift;
        float bestScore = state.CanShift ? scores[Shift] : float.NegativeInfinity;
        if (state.CanLeft)
        {
            if (state.Buffer == state.Length)
            {
                // One stack item and only the root left: the root's arc is the only valid transition.
                return Left(RootLabel);
            }

            for (int l = 0; l < LabelCount; l++)
            {
                int c = 1 + l;
                if (l != RootLabel && scores[c] > bestScore)
                {
                    (best, bestScore) = (c, scores[c]);
                }
            }
        }

        if (state.CanRight)
        {
            for (int l = 0; l < LabelCount; l++)
            {
                int c = 1 + LabelCount + l;
                if (l != RootLabel && scores[c] > bestScore)
                {
                    (best, bestScore) = (c, scores[c]);
                }
            }
        }

        return best;
    }

    /// <summary>Applies class <paramref name="c"/> to <paramref name="state"/>.</summary>
    public void Apply(ParserState state, int c)
    {
        if (c == Shift)
        {
            state.Shift();
        }
        else if (IsLeft(c))
        {
            state.Left(c - 1);
        }
        else
        {
            state.Right(c - 1 - LabelCount);
        }
    }
}
