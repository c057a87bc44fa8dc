using System.Text;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>One case of our own stance set: a sentence with bracketed entities, and the gold triple.</summary>
/// <param name="Index">Position in the file (comments not counted); fixes the split.</param>
/// <param name="Document">The sentence, tokenised, with the bracketed entities as its entity layer.</param>
/// <param name="Holder">Gold holder.</param>
/// <param name="Target">Gold target.</param>
/// <param name="Polarity">Gold polarity.</param>
internal sealed record OwnStanceCase(int Index, Document Document, string Holder, string Target, StancePolarity Polarity)
{
    /// <summary>Dev when the index is a multiple of 3, else test (README of the set).</summary>
    public string Split => Index % 3 == 0 ? "dev" : "test";
}

/// <summary>Reads and scores <c>tests/PolicyTextAnalysis.Tests/Data/stance/cases.tsv</c>.</summary>
internal static class OwnStanceSet
{
    /// <summary>The file, relative to the repository root.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Root, "tests", "PolicyTextAnalysis.Tests", "Data", "stance", "cases.tsv");

    /// <summary>Every case of the set.</summary>
    public static List<OwnStanceCase> Load()
    {
        var cases = new List<OwnStanceCase>();
        foreach (string line in File.ReadLines(FilePath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            StancePolarity polarity = f[3].Trim() switch
            {
                "favor" => StancePolarity.Favor,
                "against" => StancePolarity.Against,
                _ => StancePolarity.Neutral,
            };
            cases.Add(new OwnStanceCase(cases.Count, Build(f[0]), f[1].Trim(), f[2].Trim(), polarity));
        }

        return cases;
    }

    /// <summary>Predicted polarity for a case: the stage's relation from the holder to a matching target, else neutral.</summary>
    public static StancePolarity Predict(OwnStanceCase c)
    {
        Document analysed = new StanceStage().Process(c.Document, CancellationToken.None);
        HashSet<string> gold = TargetMatcher.Keys(c.Target);
        foreach (StanceRelation r in analysed.Stances)
        {
            if (r.Holder == c.Holder && (r.Target == c.Target || Matches(gold, TargetMatcher.Keys(r.Target))))
            {
                return r.Polarity;
            }
        }

        return StancePolarity.Neutral;
    }

    // Either phrase may be the shorter one ("volunteers" for "volunteers who rebuilt the school").
    private static bool Matches(HashSet<string> gold, HashSet<string> predicted) =>
        Math.Max(TargetMatcher.Overlap(gold, predicted), TargetMatcher.Overlap(predicted, gold)) >= 0.5;

    /// <summary>Accuracy and macro F1 over the cases of <paramref name="split"/>.</summary>
    public static StanceScore Score(IEnumerable<OwnStanceCase> cases, string split)
    {
        var score = new StanceScore();
        foreach (OwnStanceCase c in cases.Where(c => c.Split == split))
        {
            score.Add(c.Polarity.ToString().ToLowerInvariant(), Predict(c).ToString().ToLowerInvariant());
        }

        return score;
    }

    private static Document Build(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<(int Start, int End)>();
        int open = -1;
        foreach (char ch in marked)
        {
            if (ch == '[')
            {
                open = text.Length;
            }
            else if (ch == ']' && open >= 0)
            {
                spans.Add((open, text.Length));
                open = -1;
            }
            else
            {
                text.Append(ch);
            }
        }

        string plain = text.ToString();
        Document document = new TextStage().Process(Document.FromText(plain), CancellationToken.None);
        EntityMention[] mentions =
        [
            .. spans.Select(s => new EntityMention
            {
                Text = plain[s.Start..s.End],
                Label = EntityLabels.Organization,
                Start = s.Start,
                End = s.End,
                Canonical = plain[s.Start..s.End],
            }),
        ];
        return document.WithEntities(mentions, DocumentLayers.Entities | DocumentLayers.Resolution);
    }
}
