using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The word classes the speaker locator reads when it takes capitalised words next to a cue as a name (embedded
/// <c>Attribution/speaker-words.txt</c>, our own list): words that never start or end a person's name (<c>However</c>,
/// <c>Officials</c>, <c>Monday</c>) and the lower-case particles inside names (<c>bin</c>, <c>van</c>). Loaded once;
/// immutable and thread-safe.
/// </summary>
internal static class SpeakerWords
{
    private const string ResourceName = "PolicyTextAnalysis.Attribution.speaker-words.txt";

    private static readonly Lazy<(FrozenSet<string> NotNames, FrozenSet<string> Particles, FrozenSet<string> Partitives)> Lists = new(Load);

    /// <summary>True for a word that never starts or ends a person's name (case ignored).</summary>
    public static bool IsNotName(ReadOnlySpan<char> word) => Lists.Value.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a lower-case particle inside a name, as written (<c>bin</c>, <c>al</c>, <c>van</c>).</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) => Lists.Value.Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a noun of quantity whose <c>of</c> phrase names who speaks (<c>a lot of people</c>; case ignored).</summary>
    public static bool IsPartitive(ReadOnlySpan<char> word) => Lists.Value.Partitives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Parses the line format <c>KIND&lt;TAB&gt;WORD</c> with kinds <c>not-name</c>, <c>particle</c> and <c>partitive</c>.</summary>
    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    internal static (FrozenSet<string> NotNames, FrozenSet<string> Particles, FrozenSet<string> Partitives) Parse(TextReader reader)
    {
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Speaker word", "not-name", "particle", "partitive");
        return (lists["not-name"].ToFrozenSet(StringComparer.OrdinalIgnoreCase), lists["particle"].ToFrozenSet(StringComparer.Ordinal),
            lists["partitive"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private static (FrozenSet<string>, FrozenSet<string>, FrozenSet<string>) Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
