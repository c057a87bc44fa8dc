using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// The word classes <see cref="RoleFinder"/> reads (embedded <c>Resolution/Lexicons/role-words.txt</c>, our own list):
/// role head nouns (<c>spokesman</c>, <c>minister</c>), the lower-case words that may modify them (<c>interim</c>,
/// <c>foreign</c>) and capitalised sentence openers that are no part of a role (<c>However</c>). Loaded once; immutable
/// and thread-safe.
/// </summary>
internal static class RoleWords
{
    private const string ResourceName = "PolicyTextAnalysis.Resolution.Lexicons.role-words.txt";

    private static readonly Lazy<Lists> Loaded = new(() => KindWordFile.LoadEmbedded(ResourceName, Parse));

    /// <summary>True for a role head noun (case ignored).</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => Loaded.Value.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a word that may modify a role head (case ignored).</summary>
    public static bool IsModifier(ReadOnlySpan<char> word) => Loaded.Value.Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a capitalised sentence opener that is no part of a role (case ignored).</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => Loaded.Value.Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Parses the line format <c>KIND&lt;TAB&gt;WORD</c> with kinds <c>head</c>, <c>modifier</c> and <c>opener</c>.</summary>
    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    internal static Lists Parse(TextReader reader)
    {
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Role word", "head", "modifier", "opener");
        return new Lists(
            lists["head"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["modifier"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["opener"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The three word classes.</summary>
    internal sealed record Lists(FrozenSet<string> Heads, FrozenSet<string> Modifiers, FrozenSet<string> Openers);
}
