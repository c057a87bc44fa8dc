using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Nouns that introduce a person as someone's relative (<c>son</c>, <c>wife</c>; embedded
/// <c>Resolution/Lexicons/kinship-nouns.txt</c>, our own list). Loaded once; immutable and thread-safe.
/// </summary>
internal static class KinshipNouns
{
    private const string ResourceName = "PolicyTextAnalysis.Resolution.Lexicons.kinship-nouns.txt";

    private static readonly Lazy<FrozenSet<string>> Loaded = new(() => KindWordFile.LoadEmbedded(ResourceName, Parse));

    /// <summary>True for a kinship noun (case ignored).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Loaded.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    private static FrozenSet<string> Parse(TextReader reader) =>
        KindWordFile.Parse(reader, "Kinship noun", "kin")["kin"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
