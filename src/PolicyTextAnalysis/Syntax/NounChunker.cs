namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// Noun chunks from a dependency tree: each noun, proper noun or pronoun that heads a phrase, extended left over its
/// determiners, possessors, adjectival and numeric modifiers and compounds (with their whole subtrees) and right over the
/// parts of a multiword name (<c>flat</c>). Chunks never overlap. Linear in the sentence.
/// </summary>
internal static class NounChunker
{
    private static readonly HashSet<string> LeftModifiers = new(StringComparer.Ordinal)
    {
        "det", "det:poss", "det:predet", "nmod:poss", "amod", "compound", "nummod", "flat", "flat:name", "advmod:emph",
    };

    private static readonly HashSet<string> NameParts = new(StringComparer.Ordinal) { "flat", "flat:name", "fixed" };

    /// <summary>The chunks of one sentence as (first, last) word indices, inclusive, in order.</summary>
    public static List<(int First, int Last)> Chunks(string[] universal, int[] heads, string[] relations)
    {
        int n = heads.Length;
        TreeChildren children = TreeChildren.Of(heads);
        int[] leftmost = LeftmostDescendants(heads, children);
        var chunks = new List<(int, int)>();
        int lastEnd = -1;
        for (int t = 0; t < n; t++)
        {
            if (universal[t] is not ("NOUN" or "PROPN" or "PRON") || relations[t] is "compound" || NameParts.Contains(relations[t]))
            {
                continue;
            }

            int first = t, last = t;
            foreach (int c in children.Of(t))
            {
                if (c < t && LeftModifiers.Contains(relations[c]))
                {
                    first = Math.Min(first, leftmost[c]);
                }
                else if (c > t && NameParts.Contains(relations[c]))
                {
                    last = Math.Max(last, c);
                }
            }

            if (first > lastEnd)
            {
                chunks.Add((first, last));
                lastEnd = last;
            }
        }

        return chunks;
    }

    /// <summary>The leftmost word of each word's subtree, by an explicit post-order walk (deep trees do not recurse).</summary>
    private static int[] LeftmostDescendants(int[] heads, TreeChildren children)
    {
        int n = heads.Length;
        var leftmost = new int[n];
        var stack = new Stack<(int Node, bool Expanded)>();
        for (int root = 0; root < n; root++)
        {
            if (heads[root] >= 0)
            {
                continue;
            }

            stack.Push((root, false));
            while (stack.Count > 0)
            {
                (int node, bool expanded) = stack.Pop();
                if (!expanded)
                {
                    stack.Push((node, true));
                    foreach (int c in children.Of(node))
                    {
                        stack.Push((c, false));
                    }

                    continue;
                }

                int min = node;
                foreach (int c in children.Of(node))
                {
                    min = Math.Min(min, leftmost[c]);
                }

                leftmost[node] = min;
            }
        }

        return leftmost;
    }
}
