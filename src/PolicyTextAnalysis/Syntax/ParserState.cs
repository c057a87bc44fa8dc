namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The configuration of the arc-hybrid transition system with the root at the end of the buffer: a stack, the next
/// buffer position (the root is position <see cref="Length"/>), and the labelled arcs so far with each head's outermost
/// children and the set of its children's labels, for features. Transitions: shift; left-arc (the buffer's first word
/// becomes the head of the stack top); right-arc (the second stack item becomes the head of the top); both arcs carry a
/// relation label. A sentence of n words takes exactly 2n transitions; all arrays are sized once, so memory is linear
/// in the sentence.
/// </summary>
internal sealed class ParserState
{
    private readonly int[] _stack;

    /// <summary>Creates the initial state of a sentence of <paramref name="length"/> words.</summary>
    public ParserState(int length)
    {
        Length = length;
        _stack = new int[length + 1];
        Heads = new int[length];
        Labels = new int[length];
        LeftLabels = new ulong[length + 1];
        RightLabels = new ulong[length + 1];
        LeftChild1 = new int[length + 1];
        LeftChild2 = new int[length + 1];
        RightChild1 = new int[length + 1];
        RightChild2 = new int[length + 1];
        LeftCount = new int[length + 1];
        RightCount = new int[length + 1];
        Array.Fill(Heads, -1);
        Array.Fill(Labels, -1);
        Array.Fill(LeftChild1, -1);
        Array.Fill(LeftChild2, -1);
        Array.Fill(RightChild1, -1);
        Array.Fill(RightChild2, -1);
    }

    /// <summary>Words in the sentence; the root is position <see cref="Length"/>.</summary>
    public int Length { get; }

    /// <summary>Items on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>The next buffer position (<see cref="Length"/> when only the root is left).</summary>
    public int Buffer { get; private set; }

    /// <summary>Head of each word (<see cref="Length"/> for the root), -1 before it is attached.</summary>
    public int[] Heads { get; }

    /// <summary>Relation label of each word's arc, -1 before it is attached.</summary>
    public int[] Labels { get; }

    /// <summary>The labels of each position's left children as a bit set (label modulo 64).</summary>
    public ulong[] LeftLabels { get; }

    /// <summary>The labels of each position's right children as a bit set (label modulo 64).</summary>
    public ulong[] RightLabels { get; }

    /// <summary>Leftmost child of each position, -1 when none.</summary>
    public int[] LeftChild1 { get; }

    /// <summary>Second leftmost child.</summary>
    public int[] LeftChild2 { get; }

    /// <summary>Rightmost child.</summary>
    public int[] RightChild1 { get; }

    /// <summary>Second rightmost child.</summary>
    public int[] RightChild2 { get; }

    /// <summary>Number of left children.</summary>
    public int[] LeftCount { get; }

    /// <summary>Number of right children.</summary>
    public int[] RightCount { get; }

    /// <summary>True when every word is attached.</summary>
    public bool IsTerminal => StackCount == 0 && Buffer == Length;

    /// <summary>The stack item <paramref name="depth"/> from the top (0 = top), or -1.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>The buffer item <paramref name="offset"/> from the front (0 = first), or -1 past the root.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : -1;

    /// <summary>Shift is allowed while the buffer holds a word (not only the root).</summary>
    public bool CanShift => Buffer < Length;

    /// <summary>Left-arc is allowed with a stack; to the root only for the last item, so the tree has one root.</summary>
    public bool CanLeft => StackCount > 0 && (Buffer < Length || StackCount == 1);

    /// <summary>Right-arc needs two stack items.</summary>
    public bool CanRight => StackCount >= 2;

    /// <summary>Moves the buffer's first word onto the stack.</summary>
    public void Shift() => _stack[StackCount++] = Buffer++;

    /// <summary>The buffer's first item (a word or the root) becomes the head of the stack top, which is popped.</summary>
    public void Left(int label) => Attach(Buffer, _stack[--StackCount], label);

    /// <summary>The second stack item becomes the head of the top, which is popped.</summary>
    public void Right(int label)
    {
        int dependent = _stack[--StackCount];
        Attach(_stack[StackCount - 1], dependent, label);
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
            if (LeftChild1[head] < 0 || dependent < LeftChild1[head])
            {
                LeftChild2[head] = LeftChild1[head];
                LeftChild1[head] = dependent;
            }
            else if (LeftChild2[head] < 0 || dependent < LeftChild2[head])
            {
                LeftChild2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
            if (RightChild1[head] < 0 || dependent > RightChild1[head])
            {
                RightChild2[head] = RightChild1[head];
                RightChild1[head] = dependent;
            }
            else if (RightChild2[head] < 0 || dependent > RightChild2[head])
            {
                RightChild2[head] = dependent;
            }
        }
    }
}
