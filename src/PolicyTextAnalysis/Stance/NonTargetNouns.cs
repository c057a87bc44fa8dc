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

    private const int ExpectedWords = 25_515;

    // A plain hash set: a frozen one costs several times as long to build for these 25,000 words, and the list loads while
    // a new process waits for its first result.
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>True when <paramref name="lowerLemma"/> (a lower-case noun lemma) names no stance target.</summary>
    public static bool Contains(string lowerLemma) => Words.Value.Contains(lowerLemma);

    /// <summary>Reads the list (the stance word-list format, one section per class) into one set of its words.</summary>
    internal static HashSet<string> Parse(TextReader reader)
    {
        var words = new HashSet<string>(ExpectedWords, StringComparer.Ordinal);
        foreach ((_, string? word) in StanceWords.Read(reader, ResourceName))
        {
            if (word is not null)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static HashSet<string> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded noun list {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
