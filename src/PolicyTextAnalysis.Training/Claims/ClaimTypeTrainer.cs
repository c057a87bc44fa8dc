using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Training.Commentary;
using PolicyTextAnalysis.Training.Stance;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// The data and arithmetic of <c>train-claim-types</c>: the gold claims of each commentary text as training rows (their
/// features and types), the system's claims as scoring items (matched to gold as <c>eval-commentary</c> matches them),
/// cross-validation over documents and the types' micro F1.
/// </summary>
internal static class ClaimTypeTrainer
{
    /// <summary>The types, indexed as <see cref="ClaimType"/>.</summary>
    public static readonly ClaimType[] Types = Enum.GetValues<ClaimType>();

    /// <summary>A claim's features and, for a gold claim, its types; for a system claim, the types of the gold claim it
    /// matches (null when it matches none) and the lexicon rules' types.</summary>
    public sealed record Item(Dictionary<int, float> Features, bool[]? Gold, bool[] Rules, int First, int End, ClaimCues Cues);

    /// <summary>One analysed text: its gold claims as rows and its system claims as items.</summary>
    public sealed record AnalysedText(string Name, Document Document, List<Item> GoldRows, List<Item> SystemItems);

    /// <summary>Runs the pipeline on each text and featurises its gold and system claims.</summary>
    public static List<AnalysedText> Analyse(PolicyAnalyzer analyzer, IReadOnlyList<CommentaryDocument> documents)
    {
        var result = new List<AnalysedText>(documents.Count);
        foreach (CommentaryDocument d in documents)
        {
            Document document = analyzer.Process(d.Text);
            var goldRows = d.Gold.Claims.Select(c => Featurize(document, c.Start, c.End, Flags(c.Types))).ToList();
            IReadOnlyList<ClaimMention> system = document.Claims;
            IReadOnlyList<(int System, int Gold)> pairs = OverlapMatcher.Match(
                [.. system.Select(c => (c.Start, c.End))], [.. d.Gold.Claims.Select(c => (c.Start, c.End))]);
            var matched = pairs.ToDictionary(p => p.System, p => p.Gold);
            var items = new List<Item>(system.Count);
            for (int s = 0; s < system.Count; s++)
            {
                bool[]? gold = matched.TryGetValue(s, out int g) ? Flags(d.Gold.Claims[g].Types) : null;
                items.Add(Featurize(document, system[s].Start, system[s].End, gold));
            }

            result.Add(new AnalysedText(d.Name, document, goldRows, items));
        }

        return result;
    }

    /// <summary>One logistic regression per type fitted to <paramref name="rows"/>: (weights, bias) by type.</summary>
    public static (float[] Weights, float Bias)[] Fit(IReadOnlyList<Item> rows, float l2) =>
        [.. Types.Select((_, type) => SparseLogisticTrainer.Train(rows.Select(r => (r.Features, r.Gold![type])), 0f, l2, ClaimTypeFeaturizer.Dimension))];

    /// <summary>The probability of each type for <paramref name="item"/>.</summary>
    public static double[] Probabilities((float[] Weights, float Bias)[] models, Item item) =>
        [.. models.Select(m => 1 / (1 + Math.Exp(-SparseLogisticTrainer.Score(m.Weights, m.Bias, item.Features))))];

    /// <summary>The out-of-fold probabilities of every text's system items: text by text, item by item.</summary>
    public static double[][][] CrossValidate(IReadOnlyList<AnalysedText> texts, float l2, int folds)
    {
        var probabilities = new double[texts.Count][][];
        for (int fold = 0; fold < folds; fold++)
        {
            var training = texts.Where(t => CommentarySet.FoldOf(t.Name, folds) != fold).SelectMany(t => t.GoldRows).ToList();
            (float[] Weights, float Bias)[] models = Fit(training, l2);
            for (int i = 0; i < texts.Count; i++)
            {
                if (CommentarySet.FoldOf(texts[i].Name, folds) == fold)
                {
                    probabilities[i] = [.. texts[i].SystemItems.Select(item => Probabilities(models, item))];
                }
            }
        }

        return probabilities;
    }

    /// <summary>The types a threshold gives: those at or above it, else the likeliest (as <see cref="ClaimTypeModel"/>).</summary>
    public static bool[] Decide(double[] p, double threshold)
    {
        bool[] types = [.. p.Select(x => x >= threshold)];
        if (!types.Any(t => t))
        {
            types[Array.IndexOf(p, p.Max())] = true;
        }

        return types;
    }

    /// <summary>Micro precision, recall and F1 of the types over the matched system claims, overall and per type.</summary>
    public static (Prf All, Prf[] ByType) Score(IReadOnlyList<AnalysedText> texts, Func<int, int, bool[]> predicted)
    {
        Prf all = default;
        var byType = new Prf[Types.Length];
        for (int i = 0; i < texts.Count; i++)
        {
            for (int s = 0; s < texts[i].SystemItems.Count; s++)
            {
                if (texts[i].SystemItems[s].Gold is not { } gold)
                {
                    continue;
                }

                bool[] p = predicted(i, s);
                for (int type = 0; type < Types.Length; type++)
                {
                    var one = Prf.OneToOne(p[type] && gold[type] ? 1 : 0, p[type] ? 1 : 0, gold[type] ? 1 : 0);
                    byType[type] += one;
                    all += one;
                }
            }
        }

        return (all, byType);
    }

    /// <summary>
    /// Replaces the claim types the stance stage reads (<see cref="ClaimMention.CueTypes"/>): with
    /// <paramref name="analyzer"/>, by a claim type model trained (shipped settings) on the gold claims of the other texts
    /// of <paramref name="texts"/> (5 folds over documents), so no text is typed by a model that saw it; without, by the
    /// lexicon rules' types (what the stage reads anyway).
    /// </summary>
    public static Func<CommentaryDocument, Document, Document> Retyper(IReadOnlyList<CommentaryDocument> texts, PolicyAnalyzer? analyzer)
    {
        const int Folds = 5;
        const float L2 = 2;
        const float Threshold = 0.25f;
        var models = new Dictionary<int, ClaimTypeModel>();
        if (analyzer is not null)
        {
            List<AnalysedText> analysed = Analyse(analyzer, texts);
            for (int fold = 0; fold < Folds; fold++)
            {
                (float[] Weights, float Bias)[] fitted = Fit([.. analysed.Where(t => CommentarySet.FoldOf(t.Name, Folds) != fold).SelectMany(t => t.GoldRows)], L2);
                models[fold] = new ClaimTypeModel([.. fitted.Select(m => m.Weights)], [.. fitted.Select(m => m.Bias)], [.. fitted.Select(_ => Threshold)]);
            }
        }

        return (text, document) =>
        {
            ClaimTypeModel? model = analyzer is null ? null : models[CommentarySet.FoldOf(text.Name, Folds)];
            var claims = new List<ClaimMention>(document.Claims.Count);
            foreach (ClaimMention claim in document.Claims)
            {
                int first = document.Tokens.IndexAtOrAfter(claim.Start);
                int end = document.Tokens.IndexAtOrAfter(claim.End);
                ClaimUnit unit = ClaimAnalyzer.MakeUnit(document, first, end);
                claims.Add(claim with { CueTypes = model is null ? unit.Types : model.Predict(document, first, end, unit.Cues) });
            }

            return document.WithClaims(claims);
        };
    }

    private static bool[] Flags(IReadOnlyList<string> types) =>
        [.. Types.Select(t => types.Contains(t.ToString(), StringComparer.OrdinalIgnoreCase))];

    private static Item Featurize(Document document, int start, int end, bool[]? gold)
    {
        int first = document.Tokens.IndexAtOrAfter(start);
        int last = document.Tokens.IndexAtOrAfter(end);
        ClaimUnit unit = ClaimAnalyzer.MakeUnit(document, first, last);
        var features = new List<int>();
        ClaimTypeFeaturizer.Featurize(document, first, last, unit.Cues, features);
        bool[] rules = [.. Types.Select(t => unit.Types.Contains(t))];
        return new Item(features.ToDictionary(f => f, _ => 1f), gold, rules, first, last, unit.Cues);
    }
}
