using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// <c>train-ner [--data DIR] [--seed N] [--epochs N] [--min-count N] [--prune X] [--gum-copies N] [--wnut-copies N] [--wnut-weight X] [--clusters on|off] [--ethnic-groups on|off] [--output FILE]</c>: trains the
/// named-entity model from GMB train, re3d, GUM train (and WNUT-17 train with <c>--wnut-copies</c>), writes it (default <c>models/ner-en.bin</c>) and its
/// card (same name, <c>.json</c>) with per-label scores on every evaluation set. Deterministic given the seed.
/// </summary>
internal sealed class TrainNerCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "train-ner";

    /// <inheritdoc />
    public string Summary => "train the named-entity recogniser and write models/ner-en.bin and its card";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? data = RepositoryPaths.DataOrNull;
        string path = Path.Combine(RepositoryPaths.Models, "ner-en.bin");
        int seed = 1, epochs = 8, minCount = 2;
        float prune = 0.05f;
        bool clusters = false;
        for (int i = 0; i < args.Count; i++)
        {
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data" when value is not null: data = value; i++; break;
                case "--output" when value is not null: path = value; i++; break;
                case "--seed" when value is not null: seed = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--epochs" when value is not null: epochs = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--min-count" when value is not null: minCount = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--prune" when value is not null: prune = float.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--clusters" when value is not null: clusters = value != "off"; i++; break;
                case "--ethnic-groups" when value is not null: NameLists.EthnicGroups = value == "on"; i++; break;
                case "--wnut-weight" when value is not null: NerData.WnutWeight = float.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--wnut-copies" when value is not null: NerData.WnutCopies = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--gum-copies" when value is not null: NerData.GumCopies = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                default:
                    Console.Error.WriteLine($"error: unknown option '{args[i]}' (see the class comment of TrainNerCommand)");
                    return 2;
            }
        }

        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("error: no data folder; pass --data DIR (the shared data folder).");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        NameLists lists = NameLists.Load(Path.Combine(data, "gazetteers"));
        NerWordClusters? wordClusters = clusters ? WordClusterBuilder.Build(data, seed, output) : null;
        NerGazetteer gazetteer = lists.BuildGazetteer(CommonWords.Build(data, output), wordClusters);
        output.WriteLine($"gazetteer: {lists.Count:N0} names, {gazetteer.Entries.Count:N0} entries");
        List<NerSentence> training = NerData.Training(data, lists, output);
        var trainer = new NerTrainer(NerData.Types, gazetteer);
        trainer.Prepare(training, minCount, output);
        NerModel model = trainer.Train(new NerTrainer.Options(epochs, seed, minCount, prune), output);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (FileStream file = File.Create(path))
        {
            model.Save(file);
        }

        // Score the model as read back from disk, so the figures include quantisation.
        var load = Stopwatch.StartNew();
        NamedEntityRecognizer recognizer;
        using (FileStream file = File.OpenRead(path))
        {
            recognizer = NamedEntityRecognizer.Load(file);
        }

        double loadMs = load.Elapsed.TotalMilliseconds;
        output.WriteLine($"wrote {path}: {new FileInfo(path).Length:N0} bytes, {model.Weights.Features.Length:N0} features, "
            + $"{model.Weights.Weights.Length:N0} weights, loads in {loadMs:0} ms; trained in {clock.Elapsed.TotalSeconds:0} s");
        var scores = new JsonObject();
        foreach (string set in NerEvaluationSets.Names)
        {
            SortedDictionary<string, SpanScore>? s = NerEvaluationSets.Score(set, recognizer, data, lists);
            if (s is not null)
            {
                NerEvaluation.Print(set, s, output);
                scores[set] = ToJson(s);
            }
        }

        WriteCard(Path.ChangeExtension(path, ".json"), path, model, seed, epochs, minCount, prune, loadMs, scores);
        return 0;
    }

    private static JsonObject ToJson(SortedDictionary<string, SpanScore> scores)
    {
        var o = new JsonObject();
        foreach ((string label, SpanScore s) in scores)
        {
            o[label] = new JsonObject
            {
                ["p"] = Math.Round(s.Precision, 4),
                ["r"] = Math.Round(s.Recall, 4),
                ["f1"] = Math.Round(s.F1, 4),
                ["tp"] = s.TruePositives,
                ["predicted"] = s.Predicted,
                ["gold"] = s.Gold,
            };
        }

        return o;
    }

    private static void WriteCard(string cardPath, string modelPath, NerModel model, int seed, int epochs, int minCount, float prune, double loadMs, JsonObject scores)
    {
        byte[] bytes = File.ReadAllBytes(modelPath);
        var card = new JsonObject
        {
            ["model"] = Path.GetFileName(modelPath),
            ["kind"] = "structured averaged perceptron, BILOU tags, constrained Viterbi",
            ["formatVersion"] = NerModel.FormatVersion,
            ["labels"] = new JsonArray([.. model.TagSet.Types.Select(t => (JsonNode)t)]),
            ["command"] = FormattableString.Invariant(
                $"dotnet run -c Release --project src/PolicyTextAnalysis.Training -- train-ner --seed {seed} --epochs {epochs} --min-count {minCount} --prune {prune} --gum-copies {NerData.GumCopies} --wnut-copies {NerData.WnutCopies} --wnut-weight {NerData.WnutWeight} --clusters {(model.Gazetteer.Clusters.Count > 0 ? "on" : "off")} --ethnic-groups {(NameLists.EthnicGroups ? "on" : "off")}"),
            ["training"] = "gmb-ner train (mapped), re3d (permissive subsets, mapped), GUM news/interview train documents (named mentions, mapped)"
                + (NerData.WnutCopies > 0 ? ", WNUT-17 train (capitalised names, mapped)" : string.Empty),
            ["bytes"] = bytes.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["features"] = model.Weights.Features.Length,
            ["weights"] = model.Weights.Weights.Length,
            ["gazetteerEntries"] = model.Gazetteer.Entries.Count,
            ["clusterWords"] = model.Gazetteer.Clusters.Count,
            ["loadMilliseconds"] = Math.Round(loadMs),
            ["scores"] = scores,
        };
        File.WriteAllText(cardPath, card.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
