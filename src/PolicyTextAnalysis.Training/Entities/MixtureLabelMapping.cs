namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Maps the labels of the added training corpora (UNER EWT train, Few-NERD INTER, CrossNER, Re-DocRED, BTC) to our
/// types through the <c>mapping_to_ontonotes.tsv</c> table each corpus folder carries, so the mapping is data
/// (documented in models/README.md), not code. A target may list alternatives (<c>GPE|LOC|FAC</c>): the gazetteers
/// pick one where they can (a demonym is NORP, a known country, region or city GPE); otherwise the alternatives are
/// kept, with LOC first, and the trainer lets any of them stand when partial annotation is on. <c>MASK</c> marks a
/// span of unknown type (CrossNER and DocRED <c>misc</c>); <c>O</c> and types we do not learn (dates, numbers) drop
/// the mention.
/// </summary>
public sealed class MixtureLabelMapping
{
    /// <summary>The label of a span whose type is unknown (it may be any name type, or no name).</summary>
    public const string Mask = "MASK";

    private readonly Dictionary<string, string[]> _targets;
    private readonly NameLists _lists;

    private MixtureLabelMapping(Dictionary<string, string[]> targets, NameLists lists)
    {
        _targets = targets;
        _lists = lists;
    }

    /// <summary>Reads <c>mapping_to_ontonotes.tsv</c> (header line, then source label TAB target) of a corpus folder.</summary>
    public static MixtureLabelMapping Load(string folder, NameLists lists)
    {
        var targets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "mapping_to_ontonotes.tsv")).Skip(1))
        {
            string[] cols = line.Split('\t');
            if (cols.Length >= 2 && cols[0].Length > 0)
            {
                targets[cols[0]] = [.. cols[1].Split('|').Where(t => t == Mask || NerData.Types.Contains(t))];
            }
        }

        return new MixtureLabelMapping(targets, lists);
    }

    /// <summary>The mapped entity, or null when the source label maps to nothing we learn.</summary>
    public GoldEntity? Map(NerSentence s, GoldEntity e)
    {
        if (!_targets.TryGetValue(e.Label, out string[]? targets) || targets.Length == 0)
        {
            return null;
        }

        if (targets.Length == 1)
        {
            return e with { Label = targets[0] };
        }

        string surface = s.Surface(e).ToLowerInvariant();
        if (targets.Contains("NORP") && _lists.Demonyms.Contains(surface))
        {
            return e with { Label = "NORP" };
        }

        if (targets.Contains("GPE") && _lists.Gpe.Contains(surface))
        {
            return e with { Label = "GPE" };
        }

        // Places the gazetteers do not know: LOC first (the label when partial annotation is off, as for GMB geo).
        string[] places = [.. targets.Where(t => t != "NORP").OrderBy(t => t == "LOC" ? 0 : 1)];
        return e with { Label = string.Join('|', places) };
    }

    /// <summary>
    /// For corpora that also mark names written in lower case or as handles (tweets): such a mention becomes
    /// <see cref="Mask"/>, since learning it as a name would cost precision on edited text and learning it as O
    /// would be wrong.
    /// </summary>
    public GoldEntity? MapWrittenAsName(NerSentence s, GoldEntity e)
    {
        if (Map(s, e) is not { } mapped)
        {
            return null;
        }

        string surface = s.Surface(mapped);
        return surface.Length > 0 && char.IsUpper(surface[0]) && char.IsUpper(surface.Split(' ')[^1][0])
            ? mapped : mapped with { Label = Mask };
    }
}
