using System.Globalization;
using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>cv-stance</c>: topic-grouped 5-fold cross-validation on the IBM Claim Stance <b>train</b> split (25
/// topics), so settings are chosen without the test split. Compares the single (text, target) classifier with
/// the claim-stance decomposition of Bar-Haim et al. (EACL 2017): (a) the claim's own target
/// (<see cref="ClaimTargetFinder"/>), (b) sentiment toward it (<see cref="StanceFeaturizer"/> features, learned
/// from <c>claims.claimSentiment</c>), (c) consistent vs contrastive with the topic target
/// (<see cref="TargetRelationFeaturizer"/>, learned from <c>claims.targetsRelation</c>), (d) their product, alone
/// and added to the single classifier's logit.
/// </summary>
internal sealed class CrossValidateStanceCommand : ITrainingCommand
{
    private const int Folds = 5;

    /// <inheritdoc />
    public string Name => "cv-stance";

    /// <inheritdoc />
    public string Summary => "topic-grouped cross-validation of stance models on ibm-claim-stance train (no test)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(
            args, ["--data", "--l1", "--l2", "--base-l1", "--base-l2"], ["--rel-no-words", "--no-argq-sentiment", "--per-fold-base"]);
        string? data = arguments.Data;
        float l1 = arguments.Float("--l1", 0.5f), l2 = arguments.Float("--l2", 1f);
        bool perFoldBase = arguments.Flag("--per-fold-base");
        bool withArgqSentiment = !arguments.Flag("--no-argq-sentiment");
        float baseL1 = arguments.Float("--base-l1", 0.5f), baseL2 = arguments.Float("--base-l2", 10f);
        if (arguments.Flag("--rel-no-words"))
        {
            TargetRelationFeaturizer.UseWords = false;
        }

        if (data is null)
        {
            output.WriteLine("error: no data folder: pass --data DIR or set POLICYTEXT_DATA");
            return 2;
        }

        List<ClaimStanceItem> items = ClaimStanceItem.Load(data, "train");
        string[] topics = [.. items.Select(c => c.Topic).Distinct().Order(StringComparer.Ordinal)];
        Dictionary<string, int> foldOf = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i % Folds);
        List<StanceExample> argq = StanceCorpora.ArgQ(data, "train");
        output.WriteLine($"{items.Count} claims, {topics.Length} topics, {Folds} folds; single l1={baseL1} l2={baseL2}; sub-models l1={l1} l2={l2}");

        // The single classifier on ArgQ only sees no claim-stance topic, so one model serves every fold.
        TargetStanceModel? argqOnly = perFoldBase ? null : TrainStanceCommand.Train(argq, baseL1, baseL2);
        var z = new Dictionary<string, double[]>
        {
            ["base"] = new double[items.Count],
            ["sent"] = new double[items.Count],
            ["rel"] = new double[items.Count],
            ["sentArgq"] = new double[items.Count],
        };
        var diagnostics = new StanceScore[5];
        for (int k = 0; k < diagnostics.Length; k++)
        {
            diagnostics[k] = new StanceScore();
        }

        for (int fold = 0; fold < Folds; fold++)
        {
            List<ClaimStanceItem> train = [.. items.Where(c => foldOf[c.Topic] != fold)];
            List<int> test = [.. Enumerable.Range(0, items.Count).Where(i => foldOf[items[i].Topic] == fold)];
            TargetStanceModel? baseModel = argqOnly;
            if (baseModel is null)
            {
                // The shipped recipe: ArgQ train plus the claim-stance training topics of this fold.
                baseModel = TrainStanceCommand.Train(
                    [.. argq, .. train.Select(c => new StanceExample("ibm-claim-stance", c.Topic, c.Text, c.TopicTarget, c.Favor))], baseL1, baseL2);
            }

            (float[] sw, float sb) = SparseLogisticTrainer.Train(
                train.Where(c => c.Sentiment != 0).Select(c => (SentimentFeatures(c.Text, c.ClaimTarget), c.Sentiment > 0)), l1, l2);
            (float[] rw, float rb) = SparseLogisticTrainer.Train(
                train.Where(c => c.Relation != 0).Select(c => (RelationFeatures(c.Text, c.ClaimTarget, c.TopicTarget), c.Relation > 0)), l1, l2);
            // (b) with ArgQ as extra sentiment data: an argument for a motion is favourable toward its core target.
            (float[] aw, float ab) = !withArgqSentiment ? (sw, sb) : SparseLogisticTrainer.Train(
                argq.Select(e => (SentimentFeatures(e.Text, e.Target), e.Favor))
                    .Concat(train.Where(c => c.Sentiment != 0).Select(c => (SentimentFeatures(c.Text, c.ClaimTarget), c.Sentiment > 0))),
                0.5f,
                10f);
            foreach (int i in test)
            {
                ClaimStanceItem c = items[i];
                string found = ClaimTargetFinder.Find(c.Text, c.TopicTarget);
                double p = baseModel.Predict(c.Text, c.TopicTarget);
                z["base"][i] = Math.Log(p / (1 - p));
                z["sent"][i] = SparseLogisticTrainer.Score(sw, sb, SentimentFeatures(c.Text, found));
                z["rel"][i] = SparseLogisticTrainer.Score(rw, rb, RelationFeatures(c.Text, found, c.TopicTarget));
                z["sentArgq"][i] = SparseLogisticTrainer.Score(aw, ab, SentimentFeatures(c.Text, found));
                if (c.Sentiment != 0)
                {
                    diagnostics[0].Add(Label(c.Sentiment > 0), Label(z["sent"][i] > 0));
                    double goldTarget = SparseLogisticTrainer.Score(sw, sb, SentimentFeatures(c.Text, c.ClaimTarget));
                    diagnostics[1].Add(Label(c.Sentiment > 0), Label(goldTarget > 0));
                    diagnostics[3].Add(Label(c.Sentiment > 0), Label(z["sentArgq"][i] > 0));
                    diagnostics[4].Add(Label(c.Sentiment > 0), Label(z["base"][i] > 0));
                }

                if (c.Relation != 0)
                {
                    diagnostics[2].Add(Label(c.Relation > 0), Label(z["rel"][i] > 0));
                }
            }

            output.WriteLine($"fold {fold}: {test.Count} claims");
        }

        output.WriteLine($"{"(b) sentiment, found target",-36} {diagnostics[0]}");
        output.WriteLine($"{"(b) sentiment, gold target",-36} {diagnostics[1]}");
        output.WriteLine($"{"(b) sentiment +argq, found target",-36} {diagnostics[3]}");
        output.WriteLine($"{"(b) single classifier as sentiment",-36} {diagnostics[4]}");
        output.WriteLine($"{"(c) relation (consistent=favor)",-36} {diagnostics[2]}");
        Report(output, perFoldBase ? "single classifier (per fold)" : "single classifier (argq only)", items, i => z["base"][i]);
        Report(output, "decomposed, relation=consistent", items, i => z["sent"][i]);
        Report(output, "decomposed (b)x(c)", items, i => Combined(z["sent"][i], z["rel"][i]));

        // Upper bound for step (c): the learned sentiment with the gold relation (claims without one: consistent).
        Report(output, "oracle: (b) +argq x gold relation", items, i => z["sentArgq"][i] * (items[i].Relation < 0 ? -1 : 1));
        Report(output, "decomposed +argq (b)x(c)", items, i => Combined(z["sentArgq"][i], z["rel"][i]));
        Report(output, "decomposed +argq, relation=consistent", items, i => z["sentArgq"][i]);
        foreach (double weight in new[] { 0.5, 1.0, 2.0, 4.0 })
        {
            Report(output, $"single + {weight} x decomposed", items, i => z["base"][i] + (weight * Combined(z["sent"][i], z["rel"][i])));
            Report(output, $"single + {weight} x sentiment", items, i => z["base"][i] + (weight * z["sent"][i]));
            Report(output, $"(single + {weight} x sentiment) x (c)", items, i => Combined(z["base"][i] + (weight * z["sent"][i]), z["rel"][i]));
            Report(output, $"single + {weight} x decomposed +argq", items, i => z["base"][i] + (weight * Combined(z["sentArgq"][i], z["rel"][i])));
        }

        foreach (double threshold in new[] { 0.5, 0.35, 0.25, 0.15 })
        {
            // Contrastive only when the relation model is confident: it rarely is, and errors there flip a label.
            double cut = Math.Log(threshold / (1 - threshold));
            Report(output, $"(single + sentiment) flip if p(rel)<{threshold}", items, i => (z["base"][i] + z["sent"][i]) * (z["rel"][i] < cut ? -1 : 1));
        }

        return 0;
    }

    /// <summary>Features of the sentiment model (b): the stance featurizer toward the claim's own target.</summary>
    internal static Dictionary<int, float> SentimentFeatures(string text, string target)
    {
        var features = new Dictionary<int, float>();
        StanceFeaturizer.Featurize(text, target, features);
        return features;
    }

    /// <summary>Features of the relation model (c).</summary>
    internal static Dictionary<int, float> RelationFeatures(string text, string claimTarget, string topicTarget)
    {
        var features = new Dictionary<int, float>();
        TargetRelationFeaturizer.Featurize(text, claimTarget, topicTarget, features);
        return features;
    }

    /// <summary>Logit of sentiment x relation: P(favor) = ps pr + (1 - ps)(1 - pr).</summary>
    internal static double Combined(double sentimentLogit, double relationLogit)
    {
        double ps = 1 / (1 + Math.Exp(-sentimentLogit)), pr = 1 / (1 + Math.Exp(-relationLogit));
        double p = Math.Clamp((ps * pr) + ((1 - ps) * (1 - pr)), 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static string Label(bool favor) => favor ? "favor" : "against";

    private static void Report(TextWriter output, string name, List<ClaimStanceItem> items, Func<int, double> logit)
    {
        var score = new StanceScore();
        for (int i = 0; i < items.Count; i++)
        {
            score.Add(Label(items[i].Favor), Label(logit(i) > 0));
        }

        output.WriteLine($"{name,-36} {score}");
    }
}
