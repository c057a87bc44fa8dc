namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The BILOU tag set over a list of entity types: tag 0 is O; type <c>t</c> has tags
/// <c>1 + 4t + p</c> with p = 0 (Begin), 1 (Inside), 2 (Last), 3 (Unit).
/// </summary>
internal sealed class NerTagSet
{
    /// <summary>Position of a tag inside its entity.</summary>
    internal const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    public NerTagSet(IReadOnlyList<string> types)
    {
        Types = [.. types];
        Count = 1 + 4 * Types.Length;
        var allowed = new bool[(Count + 1) * Count];
        for (int prev = 0; prev <= Count; prev++)
        {
            for (int cur = 0; cur < Count; cur++)
            {
                allowed[prev * Count + cur] = IsAllowed(prev == Count ? 0 : prev, cur);
            }
        }

        Allowed = allowed;
    }

    /// <summary>Entity types (OntoNotes labels) in tag order.</summary>
    public string[] Types { get; }

    /// <summary>Number of tags (1 + 4 x types).</summary>
    public int Count { get; }

    /// <summary>
    /// Valid transitions, row-major <c>[prev * Count + cur]</c>; row <see cref="Count"/> is the sentence start,
    /// which behaves like O.
    /// </summary>
    public bool[] Allowed { get; }

    /// <summary>The tag for a type index and position.</summary>
    public static int Tag(int type, int position) => 1 + 4 * type + position;

    /// <summary>The type index of a tag (-1 for O).</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 2;

    /// <summary>The position of a tag (meaningless for O).</summary>
    public static int PositionOf(int tag) => (tag - 1) & 3;

    /// <summary>True when a tag may end a sentence (O, Last, Unit).</summary>
    public static bool CanEnd(int tag) => tag == 0 || PositionOf(tag) >= Last;

    private static bool IsAllowed(int prev, int cur)
    {
        bool prevOpen = prev != 0 && PositionOf(prev) <= Inside;
        if (!prevOpen)
        {
            return cur == 0 || PositionOf(cur) is Begin or Unit;
        }

        return cur != 0 && TypeOf(cur) == TypeOf(prev) && PositionOf(cur) is Inside or Last;
    }
}
