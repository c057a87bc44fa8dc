using System.Collections.Frozen;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// English abbreviations that keep their final period, and which of them may end a sentence. General English knowledge,
/// not tuned to any one text; the words are data (embedded <c>Text/abbreviations.txt</c>), loaded once, immutable and
/// thread-safe.
/// </summary>
internal static class Abbreviations
{
    private const string ResourceName = "PolicyTextAnalysis.Text.abbreviations.txt";

    private static readonly Lazy<Lists> Loaded = new(() => KindWordFile.LoadEmbedded(ResourceName, Parse));

    /// <summary>
    /// True when <paramref name="word"/> (without its period) is a known abbreviation in this spelling;
    /// words that are also ordinary English words count only when capitalised.
    /// </summary>
    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        Lists lists = Loaded.Value;
        if (!lists.Titles.Contains(word) && !lists.Others.Contains(word))
        {
            return false;
        }

        return !lists.AlsoWords.Contains(word) || char.IsUpper(word[0]);
    }

    /// <summary>True when <paramref name="word"/> (without its period) is a title such as <c>Mr</c> or <c>Gen</c>.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Loaded.Value.Titles.Contains(word);

    /// <exception cref="FormatException">A line has an unknown kind or no word.</exception>
    private static Lists Parse(TextReader reader)
    {
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Abbreviation", "title", "other", "also-word");
        return new Lists(Lookup(lists["title"]), Lookup(lists["other"]), Lookup(lists["also-word"]));
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(List<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="Titles">Titles and name parts: never the last word of a sentence in practice.</param>
    /// <param name="Others">Abbreviations that may also close a sentence (<c>... founded by Smith Bros. Inc.</c>).</param>
    /// <param name="AlsoWords">Abbreviations that are also ordinary words, known only when capitalised.</param>
    private sealed record Lists(
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Others,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AlsoWords);
}
