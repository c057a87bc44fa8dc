using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Nouns that name no stance target: those whose most frequent WordNet 3.1 sense is a time, a state, an attribute, a
/// quantity, a feeling, an event and the like (embedded <c>Stance/Lexicons/non-target-nouns.txt</c>, one section per
/// WordNet lexicographer class; derivation in <c>non-target-nouns.SOURCE.md</c>). An evaluative adjective on such a noun
/// (<c>better days</c>, <c>devastating consequences</c>) judges no actor, policy or action. Loaded once, on first use.
/// </summary>
internal static class NonTargetNouns
{
    private const string ResourceName = "PolicyTextAnalysis.Stance.Lexicons.non-target-nouns.txt";

    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    /// <summary>True when <paramref name="lowerLemma"/> (a lower-case noun lemma) names no stance target.</summary>
    public static bool Contains(string lowerLemma) => Words.Value.Contains(lowerLemma);

    private static FrozenSet<string> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded noun list {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return StanceWords.Parse(reader).Values.SelectMany(set => set).ToFrozenSet(StringComparer.Ordinal);
    }
}
