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
        foreach ((string section, string? word) in Read(reader, ResourceName))
        {
            if (word is null)
            {
                sets.Add(section, new HashSet<string>(StringComparer.Ordinal));
            }
            else
            {
                sets[section].Add(word);
            }
        }

        return sets.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads a word-list file of this format (<c>#</c> comment lines, <c>[name]</c> sections, words separated by white
    /// space), shared by the stance word lists: each section once as (name, null) when it starts, then (name, word) for
    /// each of its words.
    /// </summary>
    /// <exception cref="InvalidDataException">A section appears twice, or words come before the first section.</exception>
    internal static IEnumerable<(string Section, string? Word)> Read(TextReader reader, string source)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
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
                current = trimmed[1..^1];
                if (!seen.Add(current))
                {
                    throw new InvalidDataException($"{source}:{lineNumber}: set [{current}] appears twice.");
                }

                yield return (current, null);
                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: words before the first [name] section.");
            }

            foreach (string word in trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (current, word);
            }
        }
    }

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word sets {ResourceName} are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
