using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// The word classes <see cref="RoleFinder"/> and <see cref="TitledNameTyper"/> read (embedded
/// <c>Resolution/Lexicons/role-words.txt</c>, our own list): role head nouns (<c>spokesman</c>, <c>minister</c>), of which
/// some always hold a person (<c>envoy</c>, <c>king</c>; not <c>leader</c>), the lower-case words that may modify them
/// (<c>interim</c>, <c>foreign</c>; <c>supreme</c> also makes a leader a person) and capitalised sentence openers that are
/// no part of a role (<c>However</c>). Loaded once; immutable and thread-safe.
/// </summary>
internal static class RoleWords
{
    private const string ResourceName = "PolicyTextAnalysis.Resolution.Lexicons.role-words.txt";

    private static readonly Lazy<Lists> Loaded = new(() => KindWordFile.LoadEmbedded(ResourceName, Parse));

    /// <summary>True for a role head noun (case ignored).</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => Loaded.Value.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a title of the shared title list (<c>Secretary</c>, <c>Gen.</c>) or a role head word.</summary>
    public static bool IsTitleOrHead(ReadOnlySpan<char> word) => NameForms.IsTitle(word) || IsHead(word);

    /// <summary>True for a word that may modify a role head (case ignored).</summary>
    public static bool IsModifier(ReadOnlySpan<char> word) => Loaded.Value.Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a modifier saying the holder no longer holds the role (<c>former</c>, <c>late</c>; case ignored).</summary>
    public static bool IsPastModifier(ReadOnlySpan<char> word) => Loaded.Value.PastModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a modifier naming an office below its head's (<c>vice</c>, <c>deputy</c>; case ignored).</summary>
    public static bool IsRankModifier(ReadOnlySpan<char> word) => Loaded.Value.RankModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Role heads that always hold a person (<c>spokesman</c>, <c>envoy</c>, <c>king</c>; case ignored).</summary>
    internal static FrozenSet<string> PersonHeads => Loaded.Value.PersonHeads;

    /// <summary>Modifiers that make "leader" hold a person (<c>supreme</c>, <c>spiritual</c>; case ignored).</summary>
    internal static FrozenSet<string> PersonModifiers => Loaded.Value.PersonModifiers;

    /// <summary>True for a capitalised sentence opener that is no part of a role (case ignored).</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => Loaded.Value.Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Parses the line format <c>KIND&lt;TAB&gt;WORD</c> with kinds <c>head</c>, <c>person-head</c>, <c>modifier</c>,
    /// <c>past-modifier</c>, <c>rank-modifier</c>, <c>person-modifier</c> and <c>opener</c>.</summary>
    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    internal static Lists Parse(TextReader reader)
    {
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Role word", "head", "person-head", "modifier", "past-modifier", "rank-modifier", "person-modifier", "opener");
        return new Lists(
            lists["head"].Concat(lists["person-head"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["person-head"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["modifier"].Concat(lists["past-modifier"]).Concat(lists["rank-modifier"]).Concat(lists["person-modifier"])
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["past-modifier"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["rank-modifier"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["person-modifier"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["opener"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The word classes (every person head is a head, every past, rank or person modifier a modifier).</summary>
    internal sealed record Lists(FrozenSet<string> Heads, FrozenSet<string> PersonHeads, FrozenSet<string> Modifiers, FrozenSet<string> PastModifiers,
        FrozenSet<string> RankModifiers, FrozenSet<string> PersonModifiers,
        FrozenSet<string> Openers);
}
