using System.Collections.Frozen;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Our own cue lexicons for claim types, hedging, time and non-claim lines, loaded from the embedded data file
/// <c>claim-cues.txt</c> (general English, written for this project, not drawn from any one text); speech verbs are the
/// shared attribution cue lexicon's. Multi-word cues are matched token by token, case-insensitively.
/// </summary>
internal static class ClaimLexicon
{
    /// <summary>A cue: the words after the first, and what it signals.</summary>
    internal sealed record Cue(string[] Rest, ClaimCues Flags);

    private static readonly FrozenDictionary<string, Cue[]> ByFirstWord = Build();

    private static readonly FrozenDictionary<string, Cue[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cues whose first word is <paramref name="lowerWord"/> (lower-case), or an empty array.</summary>
    public static Cue[] CuesStartingWith(ReadOnlySpan<char> lowerWord) =>
        Lookup.TryGetValue(lowerWord, out Cue[]? cues) ? cues : [];

    private static FrozenDictionary<string, Cue[]> Build()
    {
        var map = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        foreach ((ClaimCues flags, string phrases) in ReadTable())
        {
            foreach (string phrase in phrases.Split('|'))
            {
                Add(map, phrase, flags);
            }
        }

        foreach (string speech in Attribution.CueLexicon.Default.FormsOf(Attribution.CueClass.Speech))
        {
            Add(map, speech.ToLowerInvariant(), ClaimCues.Speech);
        }

        // Longest cues first, so a match of "as a result" wins over a shorter cue starting the same way.
        return map.ToFrozenDictionary(
            static kv => kv.Key,
            static kv => kv.Value.OrderByDescending(static c => c.Rest.Length).ToArray(),
            StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<Cue>> map, string phrase, ClaimCues flags)
    {
        string[] words = phrase.Split(' ');
        if (!map.TryGetValue(words[0], out List<Cue>? list))
        {
            map[words[0]] = list = [];
        }

        string[] rest = words[1..];
        int existing = list.FindIndex(c => c.Rest.AsSpan().SequenceEqual(rest));
        if (existing >= 0)
        {
            list[existing] = list[existing] with { Flags = list[existing].Flags | flags };
        }
        else
        {
            list.Add(new Cue(rest, flags));
        }
    }

    /// <summary>Reads <c>claim-cues.txt</c>: one line per cue class, <c>CLASSES&lt;TAB&gt;phrase|phrase|...</c>.</summary>
    private static List<(ClaimCues Flags, string Phrases)> ReadTable()
    {
        const string resource = "PolicyTextAnalysis.Claims.claim-cues.txt";
        using Stream stream = typeof(ClaimLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        var table = new List<(ClaimCues, string)>();
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split('\t');
            ClaimCues flags = ClaimCues.None;
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                throw new InvalidDataException($"claim-cues.txt line {number} is not CLASSES<TAB>phrases: '{line}'.");
            }

            foreach (string name in parts[0].Split('+'))
            {
                flags |= Enum.TryParse(name, out ClaimCues one) && one != ClaimCues.None
                    ? one
                    : throw new InvalidDataException($"claim-cues.txt line {number}: unknown class '{name}'.");
            }

            table.Add((flags, parts[1]));
        }

        return table;
    }
}
