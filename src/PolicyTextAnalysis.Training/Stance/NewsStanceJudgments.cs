namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// Our verdicts on stances the default pipeline emitted on news text (<c>tests/.../Data/stance/news-judgments.tsv</c>):
/// one line per stance, <c>verdict TAB holder TAB target TAB polarity TAB evidence</c>, with the verdict
/// <c>correct</c> or <c>wrong</c> as a careful reader of the evidence sentence would judge it. A stance is keyed by
/// its holder, target, polarity and first evidence text, so a verdict survives code changes that emit the same
/// stance again, and a stance no one has judged yet is visible as such.
/// </summary>
internal sealed class NewsStanceJudgments
{
    private readonly Dictionary<string, bool> _verdicts;

    private NewsStanceJudgments(Dictionary<string, bool> verdicts) => _verdicts = verdicts;

    /// <summary>The judgments file of the repository.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Root, "tests", "PolicyTextAnalysis.Tests", "Data", "stance", "news-judgments.tsv");

    /// <summary>The number of judged stances.</summary>
    public int Count => _verdicts.Count;

    /// <summary>Reads <paramref name="path"/>; an absent file holds no judgments.</summary>
    public static NewsStanceJudgments Load(string path)
    {
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new NewsStanceJudgments(verdicts);
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != 5 || cells[0] is not ("correct" or "wrong"))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'correct|wrong TAB holder TAB target TAB polarity TAB evidence'.");
            }

            verdicts[Key(cells[1], cells[2], cells[3], cells[4])] = cells[0] == "correct";
        }

        return new NewsStanceJudgments(verdicts);
    }

    /// <summary>The verdict on one emitted stance: true correct, false wrong, null not judged yet.</summary>
    public bool? Verdict(NewsStance stance) =>
        _verdicts.TryGetValue(Key(stance.Holder, stance.Target, stance.Polarity, stance.Evidence), out bool correct) ? correct : null;

    /// <summary>Whether <paramref name="stance"/> is in the 1-in-<paramref name="k"/> sample (a stable FNV-1a hash of its key).</summary>
    public static bool InSample(NewsStance stance, int k)
    {
        uint hash = 2166136261;
        foreach (char c in Key(stance.Holder, stance.Target, stance.Polarity, stance.Evidence))
        {
            hash = (hash ^ c) * 16777619;
        }

        return k <= 1 || hash % (uint)k == 0;
    }

    private static string Key(string holder, string target, string polarity, string evidence) =>
        string.Join('\u001f', holder, target, polarity, Clean(evidence));

    /// <summary>The evidence as stored: one line, tabs as spaces, at most 300 characters.</summary>
    public static string Clean(string evidence)
    {
        string flat = evidence.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
        return flat.Length > 300 ? flat[..300] : flat;
    }
}
