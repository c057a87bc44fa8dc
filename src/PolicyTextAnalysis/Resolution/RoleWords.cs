using System.Collections.Frozen;
using System.Reflection;

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

    private static readonly Lazy<Lists> Loaded = new(Load);

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
        var heads = new List<string>();
        var modifiers = new List<string>();
        var openers = new List<string>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split('\t');
            List<string> list = parts.Length == 2 && parts[1].Length > 0 ? parts[0] switch
            {
                "head" => heads,
                "modifier" => modifiers,
                "opener" => openers,
                _ => throw new FormatException($"Role word line {number}: unknown kind '{parts[0]}' (head, modifier or opener)."),
            } : throw new FormatException($"Role word line {number} is not 'KIND<TAB>WORD': '{line}'.");
            list.Add(parts[1]);
        }

        return new Lists(
            heads.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            modifiers.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            openers.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private static Lists Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>The three word classes.</summary>
    internal sealed record Lists(FrozenSet<string> Heads, FrozenSet<string> Modifiers, FrozenSet<string> Openers);
}
