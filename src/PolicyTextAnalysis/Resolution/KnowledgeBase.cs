using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// A compact table of countries (ISO codes, short names, aliases, capitals, demonyms), major cities, heads of state
/// and government, international organisations, political parties and militant groups, built by the
/// <c>build-kb</c> training command from public-domain and openly licensed gazetteers (see <c>models/README.md</c>).
/// Used to link mentions (<see cref="EntityMention.KbId"/>) and to read metonymy: a capital used as an actor stands
/// for its state (<see cref="StateOf"/>).
/// </summary>
/// <remarks>
/// <see cref="Default"/> loads the embedded file once, lazily, offline (about a few milliseconds); <see cref="Load"/>
/// reads your own. Lookups allocate nothing but their result list. Immutable and thread-safe.
/// </remarks>
public sealed class KnowledgeBase
{
    /// <summary>The manifest name of the embedded knowledge base.</summary>
    internal const string ResourceName = "PolicyTextAnalysis.Models.knowledge-base.ptakb";

    private static readonly Lazy<KnowledgeBase> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, KnowledgeBaseEntry> _byId;
    // Plain dictionaries, never written after construction: building frozen ones costs more at start-up than they save.
    private readonly Dictionary<string, KnowledgeBaseMatch[]>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, KnowledgeBaseMatch[]>.AlternateLookup<ReadOnlySpan<char>> _anyCase;
    private readonly FrozenDictionary<string, KnowledgeBaseEntry[]> _leaders;
    private readonly FrozenDictionary<string, KnowledgeBaseEntry> _capitalToCountry;

    private KnowledgeBase(List<KnowledgeBaseEntry> entries, string description)
    {
        Entries = entries;
        Description = description;
        _byId = entries.DistinctBy(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id, StringComparer.Ordinal);
        // Built in place: most names have one entry, so each key holds its array of matches from the start and the few
        // with more are ranked once at the end (lists per key copied into a second dictionary cost a third of the load).
        var exact = new Dictionary<string, KnowledgeBaseMatch[]>(entries.Count * 2, StringComparer.Ordinal);
        var anyCase = new Dictionary<string, KnowledgeBaseMatch[]>(entries.Count * 2, StringComparer.OrdinalIgnoreCase);
        foreach (KnowledgeBaseEntry entry in entries)
        {
            foreach (KnowledgeBaseName name in entry.Names)
            {
                Add(exact, name.Text, new KnowledgeBaseMatch(entry, name));
                if (!name.CaseSensitive)
                {
                    Add(anyCase, name.Text, new KnowledgeBaseMatch(entry, name));
                }
            }
        }

        RankShared(exact);
        RankShared(anyCase);
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _anyCase = anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        _leaders = entries.Where(e => e.Kind == KnowledgeBaseKind.Person && e.CountryId is not null)
            .GroupBy(e => e.CountryId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _capitalToCountry = entries.Where(e => e.Kind == KnowledgeBaseKind.Country && e.CapitalId is not null)
            .DistinctBy(e => e.CapitalId, StringComparer.Ordinal)
            .ToFrozenDictionary(e => e.CapitalId!, StringComparer.Ordinal);
    }

    /// <summary>The knowledge base shipped in the package, loaded on first use.</summary>
    /// <exception cref="InvalidOperationException">The embedded file is missing (a build without <c>models/</c>).</exception>
    public static KnowledgeBase Default => LazyDefault.Value;

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<KnowledgeBaseEntry> Entries { get; }

    /// <summary>What the file was built from (sources, licences, build settings), as written by <c>build-kb</c>.</summary>
    public string Description { get; }

    /// <summary>Reads a knowledge base written by <see cref="Save"/> or the <c>build-kb</c> command.</summary>
    /// <exception cref="InvalidDataException">The stream is not a knowledge base, has another format version, or is corrupt.</exception>
    public static KnowledgeBase Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        (List<KnowledgeBaseEntry> entries, string description) = KnowledgeBaseFile.Read(stream, "the knowledge-base stream");
        return new KnowledgeBase(entries, description);
    }

    /// <summary>Builds a knowledge base from entries (your own, or a filtered copy of <see cref="Default"/>).</summary>
    public static KnowledgeBase Create(IEnumerable<KnowledgeBaseEntry> entries, string description = "")
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(description);
        List<KnowledgeBaseEntry> list = [.. entries];
        if (list.Exists(e => e is null))
        {
            throw new ArgumentException("An entry is null.", nameof(entries));
        }

        return new KnowledgeBase(list, description);
    }

    /// <summary>Writes the knowledge base in the versioned binary format that <see cref="Load"/> reads.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        KnowledgeBaseFile.Write(stream, Entries, Description);
    }

    /// <summary>The entry with identifier <paramref name="id"/>, or null.</summary>
    public KnowledgeBaseEntry? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// Entries named <paramref name="name"/>, best first (canonical names before aliases, countries before cities,
    /// bigger cities first). Abbreviations and short names match only in their exact case; other names in any case.
    /// </summary>
    public IReadOnlyList<KnowledgeBaseMatch> Lookup(ReadOnlySpan<char> name)
    {
        bool hasExact = _exact.TryGetValue(name, out KnowledgeBaseMatch[]? exact);
        bool hasAnyCase = _anyCase.TryGetValue(name, out KnowledgeBaseMatch[]? anyCase);
        if (!hasAnyCase)
        {
            return hasExact ? exact! : [];
        }

        if (!hasExact)
        {
            return anyCase!;
        }

        return exact!.Concat(anyCase!.Where(m => !exact!.Contains(m))).ToArray();
    }

    /// <inheritdoc cref="Lookup(ReadOnlySpan{char})"/>
    public IReadOnlyList<KnowledgeBaseMatch> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Lookup(name.AsSpan());
    }

    /// <summary>The country of a city, leader, party or group (or the country itself), or null.</summary>
    public KnowledgeBaseEntry? CountryOf(KnowledgeBaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind == KnowledgeBaseKind.Country ? entry : entry.CountryId is null ? null : Find(entry.CountryId);
    }

    /// <summary>The capital city of a country, or null.</summary>
    public KnowledgeBaseEntry? CapitalOf(KnowledgeBaseEntry country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.CapitalId is null ? null : Find(country.CapitalId);
    }

    /// <summary>The heads of state and government of a country (empty when unknown).</summary>
    public IReadOnlyList<KnowledgeBaseEntry> LeadersOf(KnowledgeBaseEntry country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return _leaders.GetValueOrDefault(country.Id) ?? [];
    }

    /// <summary>
    /// The state an entry can stand for as an actor (metonymy): a country itself, or the country whose capital the
    /// entry is (<c>Islamabad will not support...</c> means Pakistan's government). Null for anything else.
    /// </summary>
    public KnowledgeBaseEntry? StateOf(KnowledgeBaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind == KnowledgeBaseKind.Country ? entry : _capitalToCountry.GetValueOrDefault(entry.Id);
    }

    private static void Add(Dictionary<string, KnowledgeBaseMatch[]> index, string key, KnowledgeBaseMatch match)
    {
        ref KnowledgeBaseMatch[]? matches = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out bool exists);
        if (!exists)
        {
            matches = [match];
            return;
        }

        foreach (KnowledgeBaseMatch known in matches!)
        {
            if (ReferenceEquals(known.Entry, match.Entry))
            {
                return;
            }
        }

        matches = [.. matches, match];
    }

    // Orders every key's matches best first: a name before a demonym, then by kind of entry, bigger population, kind of name.
    private static void RankShared(Dictionary<string, KnowledgeBaseMatch[]> index)
    {
        foreach (KeyValuePair<string, KnowledgeBaseMatch[]> pair in index)
        {
            if (pair.Value.Length > 1)
            {
                KnowledgeBaseMatch[] ranked =
                [
                    .. pair.Value
                        .OrderBy(m => m.Name.Kind == KnowledgeBaseNameKind.Demonym ? 1 : 0)
                        .ThenBy(m => m.Entry.Kind)
                        .ThenByDescending(m => m.Entry.Population)
                        .ThenBy(m => m.Name.Kind),
                ];
                ranked.CopyTo(pair.Value, 0);
            }
        }
    }

    private static KnowledgeBase LoadDefault()
    {
        using Stream? stream = Pipeline.EmbeddedResource.Open(ResourceName);
        if (stream is null)
        {
            throw new InvalidOperationException(
                $"The embedded knowledge base '{ResourceName}' is missing. Build it with "
                + "'dotnet run --project src/PolicyTextAnalysis.Training -- build-kb' or load one with KnowledgeBase.Load(stream).");
        }

        (List<KnowledgeBaseEntry> entries, string description) = KnowledgeBaseFile.Read(stream, "The embedded knowledge base");
        return new KnowledgeBase(entries, description);
    }
}
