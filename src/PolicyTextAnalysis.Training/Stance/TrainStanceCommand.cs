using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PolicyTextAnalysis.Stance;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// <c>train-stance</c>: trains the (text, target) stance classifier with Microsoft.ML logistic regression on
/// IBM ArgQ train (+ IBM Claim Stance train), exports the weights to <c>models/stance-target.bin</c> and
/// prints the held-out scores (ArgQ dev, Claim Stance test, PERSPECTRUM test).
/// </summary>
internal sealed class TrainStanceCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "train-stance";

    /// <inheritdoc />
    public string Summary => "train the target stance classifier (ML.NET) and write models/stance-target.bin";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(
            args, ["--data", "--l1", "--l2", "--claim-weight", "--min-topics"], ["--with-argq-test", "--no-save"]);
        string? data = arguments.Data;
        float l1 = arguments.Float("--l1", 1f), l2 = arguments.Float("--l2", 1f);
        bool save = !arguments.Flag("--no-save");
        bool withArgqTest = arguments.Flag("--with-argq-test");
        int claimWeight = arguments.Int("--claim-weight", 1);
        int minTopics = arguments.Int("--min-topics", 1);

        if (data is null)
        {
            output.WriteLine("error: no data folder: pass --data DIR or set POLICYTEXT_DATA");
            return 2;
        }

        List<StanceExample> train = [.. StanceCorpora.ArgQ(data, "train")];
        if (withArgqTest)
        {
            // ArgQ's own test split is not a figure we report, so its 6,315 arguments on other topics can train.
            train.AddRange(StanceCorpora.ArgQ(data, "test"));
        }

        for (int w = 0; w < claimWeight; w++)
        {
            train.AddRange(StanceCorpora.ClaimStance(data, "train"));
        }

        output.WriteLine($"training on {train.Count} pairs (l1={l1}, l2={l2})");
        TargetStanceModel model = Train(train, l1, l2, minTopics);
        output.WriteLine($"non-zero weights: {model.NonZeroCount}");
        Report(output, "ibm-argq-30k dev", model, StanceCorpora.ArgQ(data, "dev"));
        Report(output, "ibm-claim-stance test", model, StanceCorpora.ClaimStance(data, "test"));
        Report(output, "perspectrum test", model, StanceCorpora.Perspectrum(data, "test"));
        if (save)
        {
            string path = Path.Combine(RepositoryPaths.Models, TargetStanceModel.FileName);
            using (FileStream stream = File.Create(path))
            {
                model.Save(stream);
            }

            output.WriteLine($"wrote models/{TargetStanceModel.FileName} ({new FileInfo(path).Length:N0} bytes)");
        }

        return 0;
    }

    /// <summary>Trains logistic regression on hashed features and exports it as our own model.</summary>
    /// <param name="examples">Training pairs.</param>
    /// <param name="l1">L1 regularisation.</param>
    /// <param name="l2">L2 regularisation.</param>
    /// <param name="minTopics">Keep only features seen in at least this many topics, so the model learns what
    /// generalises across topics rather than one motion's vocabulary.</param>
    internal static TargetStanceModel Train(IReadOnlyList<StanceExample> examples, float l1, float l2, int minTopics = 1)
    {
        var features = new Dictionary<int, float>();
        var topicsOf = new Dictionary<int, HashSet<string>>();
        if (minTopics > 1)
        {
            foreach (StanceExample e in examples)
            {
                features.Clear();
                StanceFeaturizer.Featurize(e.Text, e.Target, features);
                foreach (int index in features.Keys)
                {
                    if (!topicsOf.TryGetValue(index, out HashSet<string>? topics))
                    {
                        topicsOf[index] = topics = [];
                    }

                    topics.Add(e.Group);
                }
            }
        }

        var rows = new List<(Dictionary<int, float> Features, bool Label)>(examples.Count);
        foreach (StanceExample e in examples)
        {
            var row = new Dictionary<int, float>();
            StanceFeaturizer.Featurize(e.Text, e.Target, row);
            if (minTopics > 1)
            {
                foreach (int index in row.Keys.Where(k => topicsOf[k].Count < minTopics).ToList())
                {
                    row.Remove(index);
                }
            }

            rows.Add((row, e.Favor));
        }

        (float[] weights, float bias) = SparseLogisticTrainer.Train(rows, l1, l2);
        return new TargetStanceModel(weights, bias);
    }

    /// <summary>Prints accuracy and macro F1 of <paramref name="model"/> on <paramref name="test"/> at full coverage.</summary>
    internal static StanceScore Report(TextWriter output, string name, TargetStanceModel model, IReadOnlyList<StanceExample> test)
    {
        var score = new StanceScore();
        foreach (StanceExample e in test)
        {
            bool favor = model.Predict(e.Text, e.Target) >= 0.5;
            score.Add(e.Favor ? "favor" : "against", favor ? "favor" : "against");
        }

        output.WriteLine($"{name,-24} {score}");
        return score;
    }
}
