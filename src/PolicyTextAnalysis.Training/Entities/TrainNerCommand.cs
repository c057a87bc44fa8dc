using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// <c>train-ner [--data DIR] [--seed N] [--epochs N] [--min-count N] [--prune X] [--gum-copies N] [--wnut-copies N] [--wnut-weight X] [--clusters on|glove|off] [--cluster-table FILE (with glove: a table other than the committed one)] [--ethnic-groups on|off] [--org-lists on|off]
/// [--mixture SPECS] [--partial on|types|spans|off] [--mask-types T,T] [--commentary-copies N] [--commentary-fold K/F] [--syntax off|tags|relations|deps] [--members K] [--score dev|all] [--output FILE]</c>: trains the
/// named-entity model from GMB train, re3d, GUM train (and WNUT-17 train with <c>--wnut-copies</c>, the corpora of <see cref="NerMixture"/> with
/// <c>--mixture</c>; <c>--partial on</c> trains them as partially annotated), writes it (default <c>models/ner-en.bin</c>) and its
/// card (same name, <c>.json</c>) with per-label scores on every evaluation set (<c>--score dev</c>: the dev sets only, for comparing variants).
/// With <c>--members K</c> the model is the mean of K runs with seeds N, N + 1, ... (less seed noise). Deterministic given the seed.
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
        var arguments = CommandArguments.Parse(
            args,
            ["--data", "--output", "--seed", "--epochs", "--min-count", "--prune", "--clusters", "--ethnic-groups", "--org-lists", "--wnut-weight", "--wnut-copies", "--gum-copies", "--mixture", "--partial", "--mask-types", "--score", "--commentary-copies", "--commentary-fold", "--syntax", "--cluster-table", "--members"],
            []);
        string? data = arguments.Data;
        string path = arguments.Value("--output") ?? Path.Combine(RepositoryPaths.Models, "ner-en.bin");
        int seed = arguments.Int("--seed", 1), members = arguments.Int("--members", 1), epochs = arguments.Int("--epochs", 8), minCount = arguments.Int("--min-count", 2);
        float prune = arguments.Float("--prune", 0.05f);
        string clusterSource = arguments.Value("--clusters") ?? "off";
        if (arguments.Value("--cluster-table") is not null && clusterSource != "glove")
        {
            throw new ArgumentException("--cluster-table is read with --clusters glove only");
        }
        if (arguments.Value("--ethnic-groups") is { } ethnicGroups)
        {
            NameLists.EthnicGroups = ethnicGroups == "on";
        }

        if (arguments.Value("--org-lists") is { } orgLists)
        {
            NameLists.OrganisationLists = orgLists == "on";
        }

        NerData.WnutWeight = arguments.Float("--wnut-weight", NerData.WnutWeight);
        NerData.WnutCopies = arguments.Int("--wnut-copies", NerData.WnutCopies);
        NerData.GumCopies = arguments.Int("--gum-copies", NerData.GumCopies);
        NerData.Mixture = arguments.Value("--mixture") ?? NerData.Mixture;
        NerData.CommentaryCopies = arguments.Int("--commentary-copies", NerData.CommentaryCopies);
        if (arguments.Value("--commentary-fold") is { } fold)
        {
            // K/F: leave out fold K of F, to score the model on it (eval-commentary --fold K/F --ner-model FILE).
            (int k, int f) = Commentary.CommentarySet.ParseFold(fold);
            (NerData.CommentaryHeldOutFold, NerData.CommentaryFolds) = (k, f);
        }

        // --partial on (both kinds of mask), types or spans (one kind, for the ablation), off.
        string partialMode = arguments.Value("--partial") ?? "off";
        bool partial = partialMode != "off";
        bool devOnly = arguments.Value("--score") is "dev";

        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("error: no data folder; pass --data DIR (the shared data folder).");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        NameLists lists = NameLists.Load(Path.Combine(data, "gazetteers"));
        NerWordClusters? wordClusters = clusterSource switch
        {
            "off" => null,
            "glove" => GloveWordClusters.Load(arguments.Value("--cluster-table") ?? GloveWordClusters.TablePath, output),
            "on" => WordClusterBuilder.Build(data, seed, output),
            _ => throw new ArgumentException($"--clusters: expected on, glove or off, not '{clusterSource}'"),
        };
        NerGazetteer gazetteer = lists.BuildGazetteer(CommonWords.Build(data, output), wordClusters);
        output.WriteLine($"gazetteer: {lists.Count:N0} names, {gazetteer.Entries.Count:N0} entries");
        List<NerSentence> training = NerData.Training(data, lists, output, seed);
        var trainer = new NerTrainer(NerData.Types, gazetteer);
        trainer.Parts = partialMode switch
        {
            "types" => NerTrainer.PartialParts.Types,
            "spans" => NerTrainer.PartialParts.Spans,
            _ => NerTrainer.PartialParts.All,
        };
        string? maskTypes = arguments.Value("--mask-types");
        trainer.MaskedTypes = maskTypes is null ? null : new HashSet<string>(maskTypes.Split(','), StringComparer.Ordinal);
        string syntaxMode = arguments.Value("--syntax") ?? "off";
        trainer.Syntax = syntaxMode switch
        {
            "off" => NerSyntaxFeatures.None,
            "tags" => NerSyntaxFeatures.Tags,
            "deps" => NerSyntaxFeatures.Tags | NerSyntaxFeatures.Dependencies,
            "relations" => NerSyntaxFeatures.Dependencies,
            _ => throw new ArgumentException($"--syntax takes off, tags, relations or deps, not '{syntaxMode}'."),
        };
        trainer.Prepare(training, minCount, output);
        NerModel model = trainer.Train(new NerTrainer.Options(epochs, seed, minCount, prune, partial, members), output);
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
        output.WriteLine($"wrote {path}: {new FileInfo(path).Length:N0} bytes, {model.Weights.FeatureCount:N0} features, "
            + $"{model.Weights.WeightCount:N0} weights, loads in {loadMs:0} ms; trained in {clock.Elapsed.TotalSeconds:0} s");
        var scores = new JsonObject();
        // Variants are compared on the dev sets alone (--score dev); the test sets are scored for the shipped model.
        foreach (string set in devOnly ? NerEvaluationSets.DevNames : NerEvaluationSets.Names)
        {
            SortedDictionary<string, SpanScore>? s = NerEvaluationSets.Score(set, recognizer, data, lists);
            if (s is not null)
            {
                NerEvaluation.Print(set, s, output);
                scores[set] = ToJson(s);
            }
        }

        if (NerEvaluationSets.OutOfDomainDevMean(scores) is { } mean)
        {
            scores["out-of-domain-dev-mean"] = Math.Round(mean, 4);
            output.WriteLine(FormattableString.Invariant($"out-of-domain dev mean F1 ({string.Join(", ", NerEvaluationSets.OutOfDomainDev)}): {mean:0.0000}"));
        }

        WriteCard(Path.ChangeExtension(path, ".json"), path, model, seed, members, epochs, minCount, prune, partialMode, maskTypes, clusterSource, loadMs, scores);
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

    private static string SyntaxOption(NerSyntaxFeatures syntax) => syntax switch
    {
        NerSyntaxFeatures.None => string.Empty,
        NerSyntaxFeatures.Tags => " --syntax tags",
        NerSyntaxFeatures.Dependencies => " --syntax relations",
        _ => " --syntax deps",
    };

    private static void WriteCard(string cardPath, string modelPath, NerModel model, int seed, int members, int epochs, int minCount, float prune, string partialMode, string? maskTypes, string clusterSource, double loadMs, JsonObject scores)
    {
        byte[] bytes = File.ReadAllBytes(modelPath);
        var card = new JsonObject
        {
            ["model"] = Path.GetFileName(modelPath),
            ["kind"] = "structured averaged perceptron, BILOU tags, constrained Viterbi",
            ["formatVersion"] = NerModel.FormatVersion,
            ["labels"] = new JsonArray([.. model.TagSet.Types.Select(t => (JsonNode)t)]),
            ["command"] = FormattableString.Invariant(
                $"dotnet run -c Release --project src/PolicyTextAnalysis.Training -- train-ner --seed {seed}{(members > 1 ? $" --members {members}" : string.Empty)} --epochs {epochs} --min-count {minCount} --prune {prune} --gum-copies {NerData.GumCopies} --wnut-copies {NerData.WnutCopies} --wnut-weight {NerData.WnutWeight} --clusters {clusterSource} --ethnic-groups {(NameLists.EthnicGroups ? "on" : "off")} --org-lists {(NameLists.OrganisationLists ? "on" : "off")}")
                + (NerData.Mixture.Length > 0 ? $" --mixture {NerData.Mixture}" : string.Empty) + $" --partial {partialMode}" + SyntaxOption(model.Syntax) + (maskTypes is null ? string.Empty : $" --mask-types {maskTypes}")
                + (NerData.CommentaryCopies > 0 ? $" --commentary-copies {NerData.CommentaryCopies}" : string.Empty)
                + (NerData.CommentaryHeldOutFold is { } fold ? $" --commentary-fold {fold}/{NerData.CommentaryFolds}" : string.Empty),
            ["training"] = "gmb-ner train (mapped), re3d (permissive subsets, mapped), GUM news/interview train documents (named mentions, mapped)"
                + (NerData.WnutCopies > 0 ? ", WNUT-17 train (capitalised names, mapped)" : string.Empty)
                + (NerData.Mixture.Length > 0 ? $"; added (corpus[:max sentences][@weight]): {NerData.Mixture} (see models/README.md)" : string.Empty)
                + (partialMode != "off" ? "; partial-annotation update (constrained Viterbi over per-corpus label masks)" : string.Empty)
                + (NerData.CommentaryCopies > 0 ? $"; the name mentions of the commentary gold set's dev texts (eval/commentary, OntoNotes labels), {NerData.CommentaryCopies} times" : string.Empty),
            ["bytes"] = bytes.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["features"] = model.Weights.FeatureCount,
            ["weights"] = model.Weights.WeightCount,
            ["gazetteerEntries"] = model.Gazetteer.Entries.Count,
            ["clusterWords"] = model.Gazetteer.Clusters.Count,
            ["loadMilliseconds"] = Math.Round(loadMs),
            ["scores"] = scores,
        };
        File.WriteAllText(cardPath, card.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
