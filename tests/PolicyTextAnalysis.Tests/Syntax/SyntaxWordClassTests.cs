using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>The distributional word classes of syntax model format 4 (<c>train-syntax --clusters</c>): which model reads
/// them, their features, and their round trip through a file.</summary>
public sealed class SyntaxWordClassTests
{
    private static NerWordClusters Table()
    {
        // Packed: coarse | middle << 10 | fine << 20. Nouns of one class, verbs of another.
        uint Packed(uint coarse, uint middle, uint fine) => coarse | middle << 10 | fine << 20;
        var ids = new Dictionary<ulong, uint>();
        foreach (string noun in new[] { "minister", "envoy", "tariffs", "levies", "plan", "deal" })
        {
            ids[WordHashes.Of(noun).Word] = Packed(1, 11, 111);
        }

        foreach (string verb in new[] { "said", "stated", "oppose", "reject", "failed" })
        {
            ids[WordHashes.Of(verb).Word] = Packed(2, 22, 222);
        }

        return new NerWordClusters(ids);
    }

    private static SyntaxModel Train(NerWordClusters? taggerClasses, NerWordClusters? parserClasses)
    {
        IReadOnlyList<UdSentence> train = TinyTreebank.Sentences();
        IReadOnlyList<string> classes = TaggerTrainer.Classes(train);
        IReadOnlyList<string> labels = train.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        PosTagger tagger = TaggerTrainer.Train(train, classes, epochs: 10, seed: 1, clusters: taggerClasses);
        var tags = train.Select(s => tagger.Tag(s.Hashes())).ToList();
        uint[][] ambiguity = TaggerTrainer.HeldOutAmbiguity(train, classes);
        DependencyParser parser = ParserTrainer.Train(
            train.Select((s, i) => (s.Hashes(), tags[i], ambiguity[i], s.Heads, s.Relations.Select(r => labels.ToList().IndexOf(r)).ToArray())).ToList(),
            labels, tagger.Dictionary, epochs: 10, seed: 2, clusters: parserClasses);
        return new SyntaxModel(tagger, parser, LemmaExceptions.Learn(train));
    }

    [Test]
    public void Features_WithClasses_AddTheClassTemplates_WithoutThem_None()
    {
        WordHashes[] words = WordHashes.Of("The envoy stated that the levies failed .".Split(' '));
        uint[] ambiguity = new uint[words.Length];
        Span<ulong> output = stackalloc ulong[TaggerFeatures.Max];

        int without = TaggerFeatures.Extract(words, ambiguity, 1, 0, -1, output, WordClassLookup.Of(words, NerWordClusters.Empty));
        int with = TaggerFeatures.Extract(words, ambiguity, 1, 0, -1, output, WordClassLookup.Of(words, Table()));

        Assert.Multiple(() =>
        {
            Assert.That(WordClassLookup.Of(words, NerWordClusters.Empty), Is.Empty, "a model without classes reads none");
            Assert.That(with, Is.GreaterThan(without));
            Assert.That(WordClassLookup.Middle(WordClassLookup.Of(words, Table())[1]), Is.EqualTo(11UL), "envoy's middle class");
        });
    }

    [Test]
    public void SaveThenLoad_KeepsWhichModelReadsTheClasses_AndGivesIdenticalOutput()
    {
        SyntaxModel model = Train(taggerClasses: null, parserClasses: Table());
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        SyntaxModel loaded = SyntaxModel.Load(stream);
        WordHashes[] words = WordHashes.Of("The envoy stated that the levies failed .".Split(' '));
        int[] tags = model.Tagger.Tag(words);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Tagger.Clusters.Count, Is.Zero, "the tagger was trained without classes");
            Assert.That(loaded.Parser.Clusters.Count, Is.EqualTo(Table().Count));
            Assert.That(loaded.Tagger.Tag(words), Is.EqualTo(tags));
            Assert.That(loaded.Parser.Parse(words, tags).Heads, Is.EqualTo(model.Parser.Parse(words, tags).Heads));
            Assert.That(loaded.Parser.Parse(words, tags).Labels, Is.EqualTo(model.Parser.Parse(words, tags).Labels));
        });
    }

    [Test]
    public void Parser_TrainedWithClasses_ReadsThem()
    {
        SyntaxModel model = Train(taggerClasses: null, parserClasses: Table());
        WordHashes[] words = WordHashes.Of("The envoy stated that the levies failed .".Split(' '));
        int[] tags = model.Tagger.Tag(words);
        var state = new ParserState(words.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        uint[] ambiguity = PosTagger.AmbiguityClasses(words, model.Parser.Dictionary);
        int count = ParserFeatures.Extract(state, words, tags, ambiguity, features, WordClassLookup.Of(words, model.Parser.Clusters));
        var scores = new float[model.Parser.Actions.Count];
        model.Parser.Transitions.Score(features[..count], scores);
        var withoutScores = new float[model.Parser.Actions.Count];
        int withoutCount = ParserFeatures.Extract(state, words, tags, ambiguity, features);
        model.Parser.Transitions.Score(features[..withoutCount], withoutScores);

        Assert.That(scores, Is.Not.EqualTo(withoutScores), "the class features carry weight");
    }
}
