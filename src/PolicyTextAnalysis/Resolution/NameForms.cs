using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Normalises the surface form of a name for matching: possessives, a leading article and honorifics are
/// removed, and titles found among the honorifics are kept as roles. General English rules only; the words are data
/// (embedded <c>Resolution/Lexicons/name-titles.txt</c>), loaded once, immutable and thread-safe.
/// </summary>
internal static class NameForms
{
    private const string ResourceName = "PolicyTextAnalysis.Resolution.Lexicons.name-titles.txt";

    private static readonly Lazy<Lists> Loaded = new(() => KindWordFile.LoadEmbedded(ResourceName, Parse));

    // Forms of address that carry no role: stripped and forgotten.
    private static FrozenSet<string> Courtesy => Loaded.Value.Courtesy;

    // Titles: stripped from the canonical name but kept as a role.
    private static FrozenSet<string> Titles => Loaded.Value.Titles;

    /// <summary>True for a courtesy form or a title (<c>Mr.</c>, <c>Dr</c>, <c>Gen.</c>, <c>Mullah</c>).</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> w = word.TrimEnd('.');
        var lookupC = Courtesy.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupT = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookupC.Contains(w) || lookupT.Contains(w);
    }

    /// <summary>True for a courtesy form that names no role (<c>Mr.</c>, <c>MS.</c>, <c>Dr</c>).</summary>
    public static bool IsCourtesy(ReadOnlySpan<char> word) =>
        Courtesy.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'));

    /// <summary>
    /// True when honorifics in front of a name of this label are not part of the name: only a person's name has them
    /// (President Lena Weiss, Gen. Omar Haidari). In other names the same words belong to the name (General Electric,
    /// King County, Queen Mary University of London, the Major Economies Forum).
    /// </summary>
    public static bool HonorificsPrecede(string label) => label == EntityLabels.Person;

    /// <summary>True for a title that also names a role (<c>President</c>, <c>Gen.</c>), not a mere courtesy.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'));

    /// <summary>
    /// The matching form of a mention's text: whitespace collapsed, possessive and leading article removed,
    /// leading honorifics removed (never the last word) unless <paramref name="keepHonorifics"/> (the whole name is
    /// a known organisation's: <c>General Motors</c>). Titles removed are added to <paramref name="titles"/>.
    /// </summary>
    public static string[] CoreWords(string text, List<string>? titles, bool keepHonorifics = false)
    {
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return words;
        }

        words[^1] = StripPossessive(words[^1]);
        int first = 0;
        if (words.Length > 1 && (words[0] is "the" or "The" or "THE"))
        {
            first = 1;
        }

        while (!keepHonorifics && first < words.Length - 1 && IsHonorific(words[first]))
        {
            if (titles is not null && IsTitle(words[first]))
            {
                titles.Add(words[first].TrimEnd('.'));
            }

            first++;
        }

        return first == 0 ? words : words[first..];
    }

    /// <summary>Removes a trailing possessive (<c>'s</c>, <c>’s</c>, or a bare apostrophe after s).</summary>
    public static string StripPossessive(string word)
    {
        if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019')
        {
            return word[..^2];
        }

        if (word.Length > 2 && word[^1] is '\'' or '\u2019' && word[^2] is 's' or 'S')
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>
    /// The singular of a plural demonym or group name (<c>Afghans</c> -> <c>Afghan</c>, <c>Pakistanis</c> ->
    /// <c>Pakistani</c>), or null when the word does not look like a regular plural.
    /// </summary>
    public static string? SingularOf(string word)
    {
        if (word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && char.IsUpper(word[0]))
        {
            return word[..^1];
        }

        return null;
    }

    /// <summary>Parses the line format <c>KIND&lt;TAB&gt;WORD</c> with kinds <c>courtesy</c> and <c>title</c>.</summary>
    /// <exception cref="FormatException">A line has another kind or no word.</exception>
    internal static Lists Parse(TextReader reader)
    {
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Name title", "courtesy", "title");
        return new Lists(
            lists["courtesy"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            lists["title"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The two word classes.</summary>
    internal sealed record Lists(FrozenSet<string> Courtesy, FrozenSet<string> Titles);
}
