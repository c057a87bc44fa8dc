using System.Diagnostics;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// <c>train-syntax [--data DIR] [--tagger-epochs N] [--parser-epochs N] [--folds K] [--tagger-prune N] [--parser-prune N] [--explore P] [--parser-seeds K] [--clusters off|glove|tagger|parser] [--tags-cache FILE] [--quote-copies F] [--no-gum] [--out FILE] [--no-card]</c>:
/// trains the tagger and the labelled parser on UD English EWT train plus the GUM train documents (the parser on tags
/// predicted by K-fold jack-knifing, as they will see at run time; features in fewer
/// than N updates are pruned, per model), learns the lemma exceptions,
/// writes <c>models/syntax-en.bin</c>, and scores it on EWT dev (for decisions) and on EWT test, GUM test and PUD
/// (to report); <c>--clusters</c> makes the tagger and the parser (or one of them) read the GloVe word classes of
/// <c>build-word-clusters</c>'s committed table (<see cref="WordClassLookup"/>), writing <c>models/syntax.card.json</c> and the model card section. With <c>--tags-cache FILE</c> the
/// jack-knifed tags are kept in FILE and reused by later runs with the same settings (see <see cref="JackknifedTagsCache"/>).
/// </summary>
internal sealed class TrainSyntaxCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "train-syntax";

    /// <inheritdoc />
    public string Summary => "trains the tagger, parser and lemmatizer on UD EWT + GUM; writes models/syntax-en.bin and its card";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--tagger-epochs", "--parser-epochs", "--folds", "--out", "--tagger-prune", "--parser-prune", "--explore", "--tags-cache", "--parser-seeds", "--clusters", "--quote-copies"], ["--no-gum", "--no-card"]);
        string data = arguments.Data ?? throw new DirectoryNotFoundException("no data folder (pass --data DIR or set POLICYTEXT_DATA)");
        int taggerEpochs = arguments.Int("--tagger-epochs", 8);
        int parserEpochs = arguments.Int("--parser-epochs", 15);
        int parserSeeds = arguments.Int("--parser-seeds", 1);
        int folds = arguments.Int("--folds", 4);
        // Dev: 25 parser epochs (UAS 0.833) or exploring 60% of the time (0.834) did worse than 15 and 90% (0.836).
        double explore = arguments.Value("--explore") is { } p ? double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 0.9;
        // Rare features are most of the size and little of the accuracy (dev: pruning at 2/6/4 updates halves the file
        // from 19.4 to 9.1 MB for -0.3 UAS and -0.1 UPOS); the parser's are the most numerous.
        int taggerPrune = arguments.Int("--tagger-prune", 2);
        int parserPrune = arguments.Int("--parser-prune", 6);
        string outPath = arguments.Value("--out") ?? Path.Combine(RepositoryPaths.Models, "syntax-en.bin");
        string clusterChoice = arguments.Value("--clusters") ?? "off";
        if (clusterChoice is not ("off" or "glove" or "tagger" or "parser"))
        {
            throw new ArgumentException($"--clusters must be off, glove (tagger and parser), tagger or parser, not '{clusterChoice}'");
        }

        var watch = Stopwatch.StartNew();
        NerWordClusters? table = clusterChoice == "off" ? null
            : GloveWordClusters.Load(GloveWordClusters.TablePath, output, static word => WordHashes.Of(word).Word);
        NerWordClusters? taggerClusters = clusterChoice is "glove" or "tagger" ? table : null;
        NerWordClusters? parserClusters = clusterChoice is "glove" or "parser" ? table : null;

        var train = new List<UdSentence>(SyntaxCorpora.Load(data, "ewt-train"));
        if (!arguments.Flag("--no-gum"))
        {
            train.AddRange(SyntaxCorpora.Load(data, "gum-train"));
        }

        double quoteCopies = arguments.Value("--quote-copies") is { } q ? double.Parse(q, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (quoteCopies > 0)
        {
            // Copies with a phrase in quotation marks, drawn with their own seed so the rest of training is unchanged.
            var random = new Random(3);
            var copies = train.Where(_ => random.NextDouble() < quoteCopies).Select(s => QuoteMarkInsertion.Insert(s, random)).OfType<UdSentence>().ToList();
            train.AddRange(copies);
            output.WriteLine($"added {copies.Count:N0} copies with a quoted phrase");
        }

        output.WriteLine($"training on {train.Count:N0} sentences, {train.Sum(s => s.Length):N0} words");
        IReadOnlyList<string> classes = TaggerTrainer.Classes(train);
        IReadOnlyList<string> labels = train.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

        int[][] predictedTags = JackknifedTagsCache.Load(arguments.Value("--tags-cache"), train, folds, taggerEpochs, taggerClusters is not null)
            ?? JackknifeTags(train, classes, folds, taggerEpochs, taggerClusters, output);
        JackknifedTagsCache.Save(arguments.Value("--tags-cache"), predictedTags, folds, taggerEpochs, taggerClusters is not null);
        output.WriteLine($"jack-knifed tags in {watch.Elapsed.TotalSeconds:0} s");

        PosTagger tagger = TaggerTrainer.Train(train, classes, taggerEpochs, seed: 1, taggerPrune, taggerClusters);
        output.WriteLine($"tagger: {tagger.Model.FeatureCount:N0} features, {tagger.Model.WeightCount:N0} weights ({watch.Elapsed.TotalSeconds:0} s)");

        uint[][] ambiguity = TaggerTrainer.HeldOutAmbiguity(train, classes);
        var parsing = train.Select((s, i) => (s.Hashes(), predictedTags[i], ambiguity[i], s.Heads, s.Relations.Select(r => labelIndex[r]).ToArray())).ToList();
        DependencyParser parser = ParserTrainer.TrainAveraged(parsing, labels, tagger.Dictionary, parserEpochs, seed: 2, parserSeeds, explore, parserPrune, parserClusters);
        output.WriteLine($"parser: {parser.Transitions.FeatureCount:N0} features, {parser.Transitions.WeightCount:N0} weights ({watch.Elapsed.TotalSeconds:0} s)");

        Lemmatizer lemmatizer = LemmaExceptions.Learn(train);
        output.WriteLine($"lemmatizer: {lemmatizer.ExceptionCount:N0} exceptions");

        var model = new SyntaxModel(tagger, parser, lemmatizer);
        using (FileStream file = File.Create(outPath))
        {
            model.Save(file);
        }

        long bytes = new FileInfo(outPath).Length;
        output.WriteLine($"wrote {outPath} ({bytes / 1024.0 / 1024.0:0.0} MB) in {watch.Elapsed.TotalSeconds:0} s");

        // Reload from the file so the scores are those of what ships.
        SyntaxModel shipped;
        using (FileStream file = File.OpenRead(outPath))
        {
            shipped = SyntaxModel.Load(file);
        }

        var scores = new List<SyntaxScore>();
        foreach (string set in new[] { "ewt-dev", "ewt-test", "gum-test", "pud" })
        {
            SyntaxScore score = SyntaxScore.Of(set, shipped, SyntaxCorpora.Load(data, set));
            scores.Add(score);
            output.WriteLine(score);
        }

        if (!arguments.Flag("--no-card"))
        {
            SyntaxCard.Write(new SyntaxCard(
                ("train-syntax " + string.Join(' ', args.Where(a => !a.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)))).TrimEnd(),
                train.Count, train.Sum(s => s.Length), bytes, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(outPath))),
                taggerEpochs, parserEpochs, folds, scores));
            output.WriteLine("wrote models/syntax.card.json and the model card section");
        }

        return 0;
    }

    private static int[][] JackknifeTags(List<UdSentence> train, IReadOnlyList<string> classes, int folds, int epochs, NerWordClusters? clusters, TextWriter output)
    {
        var tags = new int[train.Count][];
        int[] keys = QuoteMarkInsertion.FoldKeys(train);
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, i) => keys[i] % folds != fold).ToList();
            PosTagger tagger = TaggerTrainer.Train(rest, classes, epochs, seed: 10 + fold, clusters: clusters);
            int right = 0, total = 0;
            for (int i = 0; i < train.Count; i++)
            {
                if (keys[i] % folds != fold)
                {
                    continue;
                }

                tags[i] = tagger.Tag(train[i].Hashes());
                string[] gold = train[i].JointTags();
                for (int w = 0; w < gold.Length; w++)
                {
                    right += classes[tags[i][w]] == gold[w] ? 1 : 0;
                    total++;
                }
            }

            output.WriteLine(FormattableString.Invariant($"  fold {fold}: joint tag accuracy {(double)right / total:0.0000}"));
        }

        return tags;
    }
}
