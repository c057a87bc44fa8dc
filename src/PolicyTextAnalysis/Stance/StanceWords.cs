using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The word sets of the rule-based stance readers (<see cref="RelationExtractor"/>, <see cref="AuthorStance"/>,
/// <see cref="ClauseShape"/>), read once from the embedded data file
/// <c>Stance/Lexicons/stance-words.txt</c> (one <c>[name]</c> section per set, words separated by white space).
/// </summary>
internal static class StanceWords
{
    private const string ResourceName = "PolicyTextAnalysis.Stance.Lexicons.stance-words.txt";

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Sets = new(Load);

    /// <summary>The set named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The data file has no such set.</exception>
    public static FrozenSet<string> Set(string name) =>
        Sets.Value.TryGetValue(name, out FrozenSet<string>? set)
            ? set
            : throw new InvalidOperationException($"{ResourceName} has no [{name}] section.");

    /// <summary>Parses the data file format: <c>[name]</c> starts a set, <c>#</c> starts a comment line.</summary>
    internal static FrozenDictionary<string, FrozenSet<string>> Parse(TextReader reader)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
            {
                string name = trimmed[1..^1];
                if (!sets.TryAdd(name, current = new HashSet<string>(StringComparer.Ordinal)))
                {
                    throw new InvalidDataException($"{ResourceName}:{lineNumber}: set [{name}] appears twice.");
                }

                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"{ResourceName}:{lineNumber}: words before the first [name] section.");
            }

            current.UnionWith(trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return sets.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word sets {ResourceName} are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
