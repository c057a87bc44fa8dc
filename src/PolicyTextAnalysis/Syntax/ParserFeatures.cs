namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The features of the dependency parser in one state, after Zhang and Nivre (2011): words and tags of the top three
/// stack items and the first three buffer items, the outermost children of the top stack items and of the buffer's first
/// word, the distance between the stack top and the buffer, valencies, and their pairs and triples; and the ambiguity
/// classes of the stack top and the buffer's first two words (<see cref="TagDictionary"/>: what else their tags could be);
/// and, when the model has word classes, the distributional classes of those words (<see cref="WordClassLookup"/>).
/// </summary>
internal static class ParserFeatures
{
    /// <summary>The most features one state can have.</summary>
    public const int Max = 80;

    private const int None = -1;

    /// <summary>Writes the features of <paramref name="state"/> into <paramref name="output"/>; returns how many.</summary>
    /// <param name="state">The parser state.</param>
    /// <param name="words">The hashed words.</param>
    /// <param name="tags">The predicted tag classes.</param>
    /// <param name="ambiguity">The ambiguity class of each word.</param>
    /// <param name="output">At least <see cref="Max"/> slots.</param>
    /// <param name="clusters">The packed word classes of each word, or empty for a model without them.</param>
    public static int Extract(ParserState state, WordHashes[] words, int[] tags, uint[] ambiguity, Span<ulong> output, uint[]? clusters = null)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.BufferAt(0), b1 = state.BufferAt(1), b2 = state.BufferAt(2);
        int n = state.Length;

        ulong W(int i) => i < 0 ? WordHashes.None.Word : i == n ? WordHashes.Root.Word : words[i].Word;
        int T(int i) => i < 0 ? -2 : i == n ? -3 : tags[i];
        ulong A(int i) => i < 0 ? 0xFFFF_FFFEUL : i == n ? 0xFFFF_FFFDUL : ambiguity[i];
        // Children are always attached, so they have labels.
        int L(int i) => i < 0 ? -2 : state.Labels[i] + 1000;
        int Child(int[] children, int i) => i < 0 ? None : children[i];

        int s0l = Child(state.LeftChild1, s0), s0l2 = Child(state.LeftChild2, s0);
        int s0r = Child(state.RightChild1, s0), s0r2 = Child(state.RightChild2, s0);
        int s1l = Child(state.LeftChild1, s1), s1r = Child(state.RightChild1, s1);
        int b0l = Child(state.LeftChild1, b0), b0l2 = Child(state.LeftChild2, b0);
        int distance = s0 >= 0 && b0 >= 0 ? Math.Min(b0 - s0, 5) : 0;

        int k = 0;
        ulong H(int template) => FeatureHash.Start(template);
        output[k++] = H(0);

        // Single words and tags.
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(1), W(s0)), T(s0));
        output[k++] = FeatureHash.Add(H(2), W(s0));
        output[k++] = FeatureHash.Add(H(3), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(4), W(b0)), T(b0));
        output[k++] = FeatureHash.Add(H(5), W(b0));
        output[k++] = FeatureHash.Add(H(6), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(7), W(b1)), T(b1));
        output[k++] = FeatureHash.Add(H(8), W(b1));
        output[k++] = FeatureHash.Add(H(9), T(b1));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(10), W(b2)), T(b2));
        output[k++] = FeatureHash.Add(H(11), T(b2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(12), W(s1)), T(s1));
        output[k++] = FeatureHash.Add(H(13), W(s1));
        output[k++] = FeatureHash.Add(H(14), T(s1));
        output[k++] = FeatureHash.Add(H(15), T(s2));

        // Pairs.
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(16), W(s0)), T(s0)), W(b0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(17), W(s0)), T(s0)), W(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(18), W(s0)), W(b0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(19), W(s0)), T(s0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(20), T(s0)), W(b0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(21), W(s0)), W(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(22), T(s0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(23), T(b0)), T(b1));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(24), W(s1)), W(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(25), T(s1)), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(26), W(s1)), T(s1)), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(27), T(s1)), W(s0)), T(s0));

        // Triples of tags.
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(28), T(b0)), T(b1)), T(b2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(29), T(s0)), T(b0)), T(b1));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(30), T(s1)), T(s0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(31), T(s2)), T(s1)), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(32), T(s0)), T(s0l)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(33), T(s0)), T(s0r)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(34), T(s0)), T(b0)), T(b0l));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(35), T(s1)), T(s1l)), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(36), T(s1)), T(s1r)), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(37), T(s0)), T(s0l)), T(s0l2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(38), T(s0)), T(s0r)), T(s0r2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(39), T(b0)), T(b0l)), T(b0l2));

        // Distance and valency.
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(40), W(s0)), distance), 0);
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(41), T(s0)), distance);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(42), T(s0)), T(b0)), distance);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(43), W(s0)), T(b0)), distance);
        int s0Left = s0 >= 0 ? Math.Min(state.LeftCount[s0], 4) : 0;
        int s0Right = s0 >= 0 ? Math.Min(state.RightCount[s0], 4) : 0;
        int b0Left = b0 >= 0 ? Math.Min(state.LeftCount[b0], 4) : 0;
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(44), W(s0)), T(s0)), s0Right);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(45), W(s0)), T(s0)), s0Left);
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(46), W(b0)), T(b0)), b0Left);
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(47), T(s0)), s0Right + 8 * s0Left);

        // Children's words and labels.
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(48), W(s0l)), T(s0l));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(49), W(s0r)), T(s0r));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(50), W(b0l)), T(b0l));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(51), T(s0)), L(s0l)), L(s0r));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(52), T(s0)), L(s0l)), L(s0l2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(53), T(s0)), L(s0r)), L(s0r2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(54), T(b0)), L(b0l)), L(b0l2));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(55), W(s0)), L(s0l));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(56), W(s0)), L(s0r));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(57), W(b0)), L(b0l));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(58), W(s0)), W(b1)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(59), T(s0)), W(b0)), W(b1));

        // Ambiguity classes.
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(60), A(s0)), T(s0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(H(61), A(b0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(62), A(s0)), T(s0)), A(b0)), T(b0));
        output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(63), T(b0)), A(b1)), T(b1));

        if (clusters is { Length: > 0 })
        {
            uint C(int i) => i < 0 ? WordClassLookup.Start : i == n ? WordClassLookup.End : clusters[i];
            uint cs0 = C(s0), cb0 = C(b0), cb1 = C(b1), cs1 = C(s1);
            output[k++] = FeatureHash.Add(H(64), WordClassLookup.Fine(cs0));
            output[k++] = FeatureHash.Add(H(65), WordClassLookup.Fine(cb0));
            output[k++] = FeatureHash.Add(H(66), WordClassLookup.Fine(cb1));
            output[k++] = FeatureHash.Add(FeatureHash.Add(H(67), WordClassLookup.Middle(cs0)), WordClassLookup.Middle(cb0));
            output[k++] = FeatureHash.Add(FeatureHash.Add(H(68), WordClassLookup.Middle(cs0)), T(b0));
            output[k++] = FeatureHash.Add(FeatureHash.Add(H(69), T(s0)), WordClassLookup.Middle(cb0));
            output[k++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(H(70), WordClassLookup.Coarse(cs0)), WordClassLookup.Coarse(cb0)), WordClassLookup.Coarse(cb1));
            output[k++] = FeatureHash.Add(FeatureHash.Add(H(71), WordClassLookup.Middle(cs1)), WordClassLookup.Middle(cs0));
            output[k++] = FeatureHash.Add(FeatureHash.Add(H(72), WordClassLookup.Middle(cb0)), WordClassLookup.Middle(cb1));
        }

        return k;
    }
}
