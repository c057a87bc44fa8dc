using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The distributional word classes the tagger and the parser read (from syntax model format 4): each frequent
/// lower-case word's class at three granularities (<see cref="NerWordClusters"/>, keyed here by the normalised word's
/// hash <see cref="WordHashes.Word"/>). Words used alike share a class, so what the treebanks teach about one word
/// carries over to a word they never show (<c>tariffs</c> to <c>levies</c>).
/// </summary>
internal static class WordClassLookup
{
    /// <summary>The packed value standing for the position before the first word (beyond every real packed id).</summary>
    public const uint Start = uint.MaxValue - 1;

    /// <summary>The packed value standing for the position after the last word, or the root.</summary>
    public const uint End = uint.MaxValue - 2;

    /// <summary>The packed classes of each word of a sentence, or an empty array when <paramref name="table"/> is empty
    /// (a model without classes reads no class feature).</summary>
    public static uint[] Of(WordHashes[] words, NerWordClusters table)
    {
        if (table.Count == 0)
        {
            return [];
        }

        var packed = new uint[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            packed[i] = table.Lookup(words[i].Word);
        }

        return packed;
    }

    /// <summary>The coarsest class (one of about 50), or the sentinel itself.</summary>
    public static ulong Coarse(uint packed) => NerWordClusters.Level(packed, 0);

    /// <summary>The middle class (one of about 200), or the sentinel itself.</summary>
    public static ulong Middle(uint packed) => NerWordClusters.Level(packed, 1);

    /// <summary>The finest class (one of about 1,000), or the sentinel itself.</summary>
    public static ulong Fine(uint packed) => NerWordClusters.Level(packed, 2);
}
