namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Runs every <see cref="IEntityRecognizer"/> and keeps a set of non-overlapping mentions ordered by offset.
/// Adds <see cref="DocumentLayers.Entities"/>; thread-safe when its recognisers are.
/// </summary>
public sealed class EntityStage : IPipelineStage
{
    private readonly IEntityRecognizer[] _recognizers;
    private readonly Func<ReadOnlySpan<char>, bool>? _isCommonWord;

    /// <summary>Creates the stage from recognisers.</summary>
    public EntityStage(IEnumerable<IEntityRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        _recognizers = [.. recognizers];
        if (Array.Exists(_recognizers, r => r is null))
        {
            throw new ArgumentException("An entity recognizer is null.", nameof(recognizers));
        }

        // The name model's list of ordinary words tells a descriptive organisation name from a proper one.
        HashSet<ulong>? common = _recognizers.OfType<NamedEntityRecognizer>().FirstOrDefault()?.Model.Gazetteer.CommonWords;
        _isCommonWord = common is null || common.Count == 0 ? null : word => common.Contains(FeatureHash.Chars(word, lower: true));
    }

    /// <summary>The recognisers, in the order given.</summary>
    public IReadOnlyList<IEntityRecognizer> Recognizers => _recognizers;

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Entities;

    /// <inheritdoc />
    /// <remarks>
    /// The parse: law names are read from it, and the name model's relation features come from it (without it the model
    /// parses each sentence itself, which gives the same names at the cost of a second parse).
    /// </remarks>
    public DocumentLayers Uses => DocumentLayers.Syntax;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new List<(EntityMention Mention, int Priority)>();
        foreach (IEntityRecognizer recognizer in _recognizers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (EntityMention mention in recognizer.Recognize(document, cancellationToken))
            {
                candidates.Add((mention, recognizer.Priority));
            }
        }

        IReadOnlyList<EntityMention> chosen = OfficerNames.Apply(document, KnownNameCoordination.Apply(document, ResolveOverlaps(document.Tokens, candidates), candidates), candidates);
        IReadOnlyList<EntityMention> named = NorpCompounds.Apply(document, NameConventions.Apply(document, SharedHeadCoordination.Apply(document, chosen)));
        if (_isCommonWord is not null)
        {
            named = NationalOrganisationNames.Apply(document, named, _isCommonWord);
        }

        named = EventNames.Apply(document, PrepositionalOrganisationNames.Apply(document, named));
        Dictionary<string, string?>? definitions = AbbreviationDefinitions.Find(document, named);
        named = AbbreviationDefinitions.Apply(document, named, definitions);
        return document.WithEntities(NameInitials.Apply(document, named, definitions));
    }

    /// <summary>
    /// Greedy selection: best candidates first (priority, then length, then confidence), skipping any that share
    /// a token with one already chosen. Linear in the total length of the candidates, whatever the document size.
    /// </summary>
    internal static IReadOnlyList<EntityMention> ResolveOverlaps(TokenList tokens, List<(EntityMention Mention, int Priority)> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort(static (a, b) =>
        {
            int c = b.Priority.CompareTo(a.Priority);
            if (c != 0)
            {
                return c;
            }

            c = (b.Mention.End - b.Mention.Start).CompareTo(a.Mention.End - a.Mention.Start);
            return c != 0 ? c : b.Mention.Confidence.CompareTo(a.Mention.Confidence);
        });
        var chosen = new List<EntityMention>(candidates.Count);
        var taken = new bool[tokens.Count + 1];
        foreach ((EntityMention mention, _) in candidates)
        {
            int first = tokens.IndexAtOrAfter(mention.Start);
            int last = first;
            while (last < tokens.Count && tokens.Starts[last] < mention.End)
            {
                last++;
            }

            if (last == first || taken.AsSpan(first, last - first).Contains(true))
            {
                continue;
            }

            taken.AsSpan(first, last - first).Fill(true);
            chosen.Add(mention);
        }

        chosen.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return chosen;
    }
}
