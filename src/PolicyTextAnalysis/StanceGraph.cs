namespace PolicyTextAnalysis;

/// <summary>
/// Who stands where, as a graph: holders and targets are nodes; each favor or against relation is an edge
/// weighted by its confidence, with its evidence spans. Neutral relations are left out. Immutable.
/// </summary>
public sealed class StanceGraph
{
    private StanceGraph(IReadOnlyList<string> nodes, IReadOnlyList<StanceEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>Node names (canonical entity names, <c>"author"</c>, or target phrases), in first-seen order.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>Favor and against edges, strongest first.</summary>
    public IReadOnlyList<StanceEdge> Edges { get; }

    /// <summary>Builds the graph of <paramref name="relations"/>.</summary>
    public static StanceGraph FromRelations(IEnumerable<StanceRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var nodes = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<StanceEdge>();
        foreach (StanceRelation r in relations)
        {
            if (r is null || r.Polarity == StancePolarity.Neutral)
            {
                continue;
            }

            if (known.Add(r.Holder))
            {
                nodes.Add(r.Holder);
            }

            if (known.Add(r.Target))
            {
                nodes.Add(r.Target);
            }

            edges.Add(new StanceEdge(r.Holder, r.Target, r.Polarity, r.Confidence, r.Evidence));
        }

        edges.Sort(static (a, b) => b.Weight.CompareTo(a.Weight));
        return new StanceGraph(nodes, edges);
    }

    /// <summary>Edges leaving <paramref name="holder"/>.</summary>
    public IEnumerable<StanceEdge> From(string holder) => Edges.Where(e => e.From == holder);
}

/// <summary>One edge of a <see cref="StanceGraph"/>.</summary>
/// <param name="From">The holder.</param>
/// <param name="To">The target.</param>
/// <param name="Polarity">Favor or against.</param>
/// <param name="Weight">Confidence in [0, 1].</param>
/// <param name="Evidence">Spans of the text that express the stance.</param>
public sealed record StanceEdge(string From, string To, StancePolarity Polarity, double Weight, IReadOnlyList<TextSpan> Evidence);
