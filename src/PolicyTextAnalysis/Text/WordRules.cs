using System.Collections.Frozen;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// Closed word lists of English tokenization conventions (Penn Treebank and Universal Dependencies English):
/// bound prefixes kept before a hyphen, fused forms split in two, web domain endings, units split from numbers.
/// </summary>
internal static class WordRules
{
    /// <summary>
    /// Bound prefixes that UD English keeps attached to the hyphen and the word after it (<c>re-elected</c>,
    /// <c>non-profit</c>, <c>e-mail</c>), even when other hyphenated compounds are split.
    /// </summary>
    private static readonly FrozenSet<string> BoundPrefixes = FrozenSet.ToFrozenSet(
        [
            "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "extra", "hyper", "i", "inter", "intra", "macro",
            "micro", "mid", "mini", "multi", "non", "post", "pre", "pro", "re", "semi", "sub", "super", "trans",
            "tri", "ultra", "un", "uni",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Fused forms split where Penn Treebank and UD split them: <c>cannot</c> = <c>can</c> + <c>not</c>.</summary>
    private static readonly FrozenDictionary<string, int> FusedForms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["gotta"] = 3, ["wanna"] = 3, ["lemme"] = 3, ["gimme"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Common top-level domains and file extensions: <c>word.com</c> and <c>report.pdf</c> are names, not a
    /// sentence end with a missing space.
    /// </summary>
    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.ToFrozenSet(
        [
            "com", "org", "net", "edu", "gov", "mil", "info", "biz", "io", "uk", "us", "ca", "au", "de", "fr", "pk",
            "af", "cn", "jp", "ru", "eu", "nz", "ie", "za", "tv", "ch", "nl", "es", "it", "br", "mx",
            "pdf", "doc", "docx", "htm", "html", "txt", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg", "png", "gif",
            "zip", "exe", "csv", "asp", "aspx", "php", "xml", "json",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Unit and time-of-day suffixes split from a number (<c>6:00am</c>, <c>10km</c>), as UD does.</summary>
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
        [
            "am", "pm", "km", "kg", "mg", "mm", "cm", "mph", "kph", "kmh", "kw", "mw", "gw", "kwh", "mb", "gb", "tb",
            "ghz", "mhz", "ml", "lbs", "oz", "sq", "ft",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup =
        BoundPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FusedLookup =
        FusedForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="segment"/> is a bound prefix such as <c>re</c> or <c>non</c>.</summary>
    public static bool IsBoundPrefix(ReadOnlySpan<char> segment) => segment.Length <= 7 && PrefixLookup.Contains(segment);

    /// <summary>Length of the first part of a fused form (<c>cannot</c> gives 3), or 0 when the word is not one.</summary>
    public static int FusedSplit(ReadOnlySpan<char> word) =>
        word.Length is 5 or 6 && FusedLookup.TryGetValue(word, out int split) ? split : 0;

    /// <summary>True when <paramref name="segment"/> is a common top-level domain.</summary>
    public static bool IsTopLevelDomain(ReadOnlySpan<char> segment) => segment.Length <= 5 && DomainLookup.Contains(segment);

    /// <summary>True when <paramref name="suffix"/> is a unit written straight after a number.</summary>
    public static bool IsUnit(ReadOnlySpan<char> suffix) => suffix.Length <= 3 && UnitLookup.Contains(suffix);
}
