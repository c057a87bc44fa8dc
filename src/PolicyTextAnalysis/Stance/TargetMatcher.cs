namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Decides whether a caller's target phrase and a phrase of the text mean the same thing without being
/// identical: overlap of content-word stems, with a few groups of general English near-synonyms
/// (<c>deport</c> ~ <c>expel</c>, <c>regime</c> ~ <c>government</c>). Immutable and thread-safe.
/// </summary>
internal static class TargetMatcher
{
    private static readonly string[][] SynonymGroups =
    [
        ["deport", "expel", "expul", "exile", "evict", "remov", "forced"],
        ["refuge", "migran", "asylum", "displa", "exiled"],
        ["ban", "banned", "prohib", "outlaw", "forbid"],
        ["terror", "milita", "extrem", "insurg", "jihadi"],
        ["counte", "antite"],
        ["regime", "govern", "admini", "author"],
        ["sancti", "embarg"],
        ["war", "confli", "fighti", "hostil"],
        ["polici", "policy", "strate"],
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "into", "that", "this", "their", "its", "our", "policy", "policies", "of",
        "a", "an", "to", "in", "on", "by", "new",
    };

    /// <summary>Content stems of <paramref name="phrase"/>, each mapped to its synonym group when it has one.</summary>
    public static HashSet<string> Keys(string phrase)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in StanceFeaturizer.Words(phrase))
        {
            if (word.Length < 3 || word == "," || StopWords.Contains(word))
            {
                continue;
            }

            keys.Add(Key(StanceFeaturizer.Stem(word)));
        }

        return keys;
    }

    /// <summary>Share of the target's keys found in the candidate's keys, in [0, 1].</summary>
    public static double Overlap(HashSet<string> target, HashSet<string> candidate)
    {
        if (target.Count == 0)
        {
            return 0;
        }

        int hits = 0;
        foreach (string key in target)
        {
            hits += candidate.Contains(key) ? 1 : 0;
        }

        return hits / (double)target.Count;
    }

    private static string Key(string stem)
    {
        foreach (string[] group in SynonymGroups)
        {
            foreach (string prefix in group)
            {
                if (stem.StartsWith(prefix, StringComparison.Ordinal) || (prefix.StartsWith(stem, StringComparison.Ordinal) && stem.Length >= 4))
                {
                    return "~" + group[0];
                }
            }
        }

        return stem;
    }
}
