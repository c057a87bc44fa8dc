using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Nouns that name a person whatever the context (embedded <c>Resolution/Lexicons/person-nouns.txt</c>, derived from
/// WordNet: lemmas whose first sense is a person, such as <c>friend</c>, <c>nurse</c>, <c>official</c>). A noun phrase
/// headed by one can be what "he" or "she" refers to, and speaks for itself rather than issuing a document. Loaded once;
/// immutable and thread-safe.
/// </summary>
internal static class PersonNouns
{
    private const string ResourceName = "PolicyTextAnalysis.Resolution.Lexicons.person-nouns.txt";

    private static readonly Lazy<FrozenSet<string>> Loaded = new(Load);

    /// <summary>True for a noun lemma that names a person (case ignored).</summary>
    public static bool Contains(ReadOnlySpan<char> lemma) => Loaded.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lemma);

    /// <summary>True when token <paramref name="t"/> of <paramref name="document"/>'s parse is a lower-case plural noun for
    /// people (<c>officials</c>, <c>leaders</c>): a group whose name, when a proper name modifies it, says whose they are.</summary>
    public static bool IsPluralPeople(Document document, int t) =>
        document.Syntax is { } syntax && syntax.Tag(t) == "NNS" && char.IsLower(document.Tokens.CharsAt(t)[0]) && Contains(syntax.Lemma(t));

    /// <summary>Parses the line format <c>person&lt;TAB&gt;LEMMA</c>.</summary>
    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    internal static FrozenSet<string> Parse(TextReader reader) =>
        KindWordFile.Parse(reader, "Person noun", "person")["person"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
