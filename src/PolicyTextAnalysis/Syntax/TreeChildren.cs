namespace PolicyTextAnalysis.Syntax;

/// <summary>The children of every word of a tree, in order, built once in linear time from the heads.</summary>
internal sealed class TreeChildren
{
    private readonly int[] _start;
    private readonly int[] _children;
    private readonly int[] _positionAmongSiblings;
    private readonly int[] _heads;

    private TreeChildren(int[] heads, int[] start, int[] children, int[] position)
    {
        _heads = heads;
        _start = start;
        _children = children;
        _positionAmongSiblings = position;
    }

    /// <summary>Indexes the children of a tree given by its heads (-1 for the root).</summary>
    public static TreeChildren Of(int[] heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        int n = heads.Length;
        var start = new int[n + 1];
        foreach (int h in heads)
        {
            if (h >= 0 && h < n)
            {
                start[h + 1]++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var children = new int[start[n]];
        var position = new int[n];
        for (int d = 0; d < n; d++)
        {
            int h = heads[d];
            if (h >= 0 && h < n)
            {
                position[d] = fill[h] - start[h];
                children[fill[h]++] = d;
            }
        }

        return new TreeChildren(heads, start, children, position);
    }

    /// <summary>Number of children of <paramref name="head"/>.</summary>
    public int Count(int head) => _start[head + 1] - _start[head];

    /// <summary>The children of <paramref name="head"/> in text order.</summary>
    public ReadOnlySpan<int> Of(int head) => _children.AsSpan(_start[head], Count(head));

    /// <summary>The first (leftmost) child, or -1.</summary>
    public int First(int head) => Count(head) > 0 ? _children[_start[head]] : -1;

    /// <summary>The last (rightmost) child, or -1.</summary>
    public int Last(int head) => Count(head) > 0 ? _children[_start[head + 1] - 1] : -1;

    /// <summary>The sibling just before <paramref name="word"/> under the same head, or -1.</summary>
    public int Previous(int word)
    {
        int h = _heads[word];
        if (h < 0 || h >= _heads.Length || _positionAmongSiblings[word] == 0)
        {
            return -1;
        }

        return _children[_start[h] + _positionAmongSiblings[word] - 1];
    }
}
