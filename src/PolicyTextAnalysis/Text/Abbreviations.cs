using System.Collections.Frozen;

namespace PolicyTextAnalysis.Text;

/// <summary>
/// English abbreviations that keep their final period, and which of them may end a sentence.
/// General English knowledge, not tuned to any one text.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and name parts: never the last word of a sentence in practice.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr",
            "gov", "sen", "rep", "pres", "rev", "hon", "fr", "sr", "jr", "st", "mt", "ft", "messrs", "mme", "mlle",
            "amb", "supt", "insp", "brig", "pvt", "vol", "vols", "pp", "fig", "figs", "art", "sec", "fmr", "atty",
            "ch", "para", "op", "cf", "vs", "v", "approx", "dept", "est", "ave", "blvd", "rd",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that may also close a sentence (<c>... founded by Smith Bros. Inc.</c>).</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.ToFrozenSet(
        [
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "assn", "intl", "govt", "etc", "al", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
            "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
            "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
            "min", "max", "km", "kg", "lb", "lbs", "oz", "hr", "hrs", "yr", "yrs", "mln", "bln", "ed", "eds",
            "univ", "dist", "div", "mfg", "natl", "ret", "esq",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Abbreviations that are also ordinary words (<c>art.</c>, <c>miss.</c>, <c>sun.</c>): they keep the period
    /// only when capitalised, because in lower case they usually end a sentence. (Not <c>hon.</c>: parliamentary records
    /// write <c>the hon. Lady</c>, <c>my right hon. Friend</c> in lower case.)
    /// </summary>
    private static readonly FrozenSet<string> AlsoWords = FrozenSet.ToFrozenSet(
        [
            "art", "sec", "ch", "op", "v", "est", "ill", "ind", "del", "la", "mo", "pa", "ga", "miss", "mass",
            "wash", "min", "max", "sun", "sat", "wed", "mar", "ed", "eds", "ret", "co", "al", "fig", "para", "ore",
            "dec", "div", "dist", "vol", "pp", "conn", "colo", "penn", "ala", "ark", "mont", "tex", "va", "vt",
            "fr", "st", "mt", "ft", "rev", "gen", "rep", "sen", "gov", "col", "maj", "amb", "univ", "natl",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AlsoWordLookup =
        AlsoWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup =
        Others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="word"/> (without its period) is a known abbreviation in this spelling;
    /// words that are also ordinary English words count only when capitalised.
    /// </summary>
    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        if (!TitleLookup.Contains(word) && !OtherLookup.Contains(word))
        {
            return false;
        }

        return !AlsoWordLookup.Contains(word) || char.IsUpper(word[0]);
    }

    /// <summary>True when <paramref name="word"/> (without its period) is a title such as <c>Mr</c> or <c>Gen</c>.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
}
