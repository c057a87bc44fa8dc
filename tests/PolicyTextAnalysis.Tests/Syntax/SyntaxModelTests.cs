using System.Diagnostics;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>Tiny models trained on hand-made trees: save and load, bad files, and well-formed trees on any input.</summary>
public sealed class SyntaxModelTests
{
    private static readonly Lazy<SyntaxModel> Tiny = new(Train);

    private static SyntaxModel Train()
    {
        IReadOnlyList<UdSentence> train = TinyTreebank.Sentences();
        IReadOnlyList<string> classes = TaggerTrainer.Classes(train);
        IReadOnlyList<string> labels = train.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        PosTagger tagger = TaggerTrainer.Train(train, classes, epochs: 10, seed: 1);
        var tags = train.Select(s => tagger.Tag(s.Hashes())).ToList();
        uint[][] ambiguity = TaggerTrainer.HeldOutAmbiguity(train, classes);
        DependencyParser parser = ParserTrainer.Train(
            train.Select((s, i) => (s.Hashes(), tags[i], ambiguity[i], s.Heads, s.Relations.Select(r => labels.ToList().IndexOf(r)).ToArray())).ToList(),
            labels, tagger.Dictionary, epochs: 10, seed: 2);
        return new SyntaxModel(tagger, parser, LemmaExceptions.Learn(train));
    }

    [Test]
    public void Tiny_TrainingSentences_AreTaggedAndParsedMostlyRight()
    {
        int words = 0, tagged = 0, attached = 0, labelled = 0;
        foreach (UdSentence s in TinyTreebank.Sentences())
        {
            int[] tags = Tiny.Value.Tagger.Tag(s.Hashes());
            (int[] heads, int[] labels) = Tiny.Value.Parser.Parse(s.Hashes(), tags);
            for (int i = 0; i < s.Length; i++, words++)
            {
                tagged += Tiny.Value.Tagger.Universal[tags[i]] == s.Upos[i] ? 1 : 0;
                attached += heads[i] == s.Heads[i] ? 1 : 0;
                labelled += heads[i] == s.Heads[i] && Tiny.Value.Parser.Labels[labels[i]] == s.Relations[i] ? 1 : 0;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That((double)tagged / words, Is.GreaterThan(0.9), "tagging its own training data");
            Assert.That((double)attached / words, Is.GreaterThan(0.8), "parsing its own training data");
            Assert.That((double)labelled / words, Is.GreaterThan(0.7), "labelling its own training data");
        });
    }

    [Test]
    public void SaveThenLoad_GivesIdenticalOutput()
    {
        using var stream = new MemoryStream();
        Tiny.Value.Save(stream);
        stream.Position = 0;
        SyntaxModel loaded = SyntaxModel.Load(stream);
        WordHashes[] words = WordHashes.Of("The envoy said the talks failed in 2023 .".Split(' '));

        int[] tags = Tiny.Value.Tagger.Tag(words);
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Tagger.Tag(words), Is.EqualTo(tags));
            Assert.That(loaded.Parser.Parse(words, tags).Heads, Is.EqualTo(Tiny.Value.Parser.Parse(words, tags).Heads));
            Assert.That(loaded.Parser.Parse(words, tags).Labels, Is.EqualTo(Tiny.Value.Parser.Parse(words, tags).Labels));
        });
    }

    [TestCase(new byte[] { }, "truncated")]
    [TestCase(new byte[] { 5, (byte)'H', (byte)'E', (byte)'L', (byte)'L', (byte)'O', 0, 0, 0, 0 }, "not a syntax model")]
    public void Load_NotASyntaxModel_ThrowsInvalidDataNamingTheProblem(byte[] bytes, string problem)
    {
        Assert.That(() => SyntaxModel.Load(new MemoryStream(bytes)), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(problem));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(99)]
    public void Load_OtherFormatVersion_IsRejected(int version)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("PTA-SYNTAX");
            writer.Write(version);
        }

        stream.Position = 0;
        Assert.That(() => SyntaxModel.Load(stream), Throws.InstanceOf<InvalidDataException>().With.Message.Contains($"version {version} is not supported"));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(500)]
    public void Parse_AnyInput_GivesATreeWithOneRootAndNoCycle(int length)
    {
        var random = new Random(length);
        WordHashes[] words = WordHashes.Of(Enumerable.Range(0, length).Select(_ => random.Next(4) switch { 0 => "the", 1 => "Kabul", 2 => ",", _ => "said" }).ToArray());

        (int[] heads, int[] labels) = Tiny.Value.Parser.Parse(words, Tiny.Value.Tagger.Tag(words));

        Assert.Multiple(() =>
        {
            Assert.That(heads.Count(h => h < 0), Is.EqualTo(1), "one root");
            Assert.That(Enumerable.Range(0, length).All(i => (heads[i] < 0) == (Tiny.Value.Parser.Labels[labels[i]] == "root")), Is.True, "the root, and only the root, labelled root");
            Assert.That(heads.All(h => h >= -1 && h < length), Is.True);
            for (int i = 0; i < length; i++)
            {
                int steps = 0;
                for (int h = i; h >= 0 && steps <= length; h = heads[h], steps++)
                {
                }

                Assert.That(steps, Is.LessThanOrEqualTo(length), $"word {i} is on a cycle");
            }
        });
    }

    [Test]
    public void Parse_DoublingAVeryLongSentence_AtMostAboutDoublesTheCost()
    {
        (long single, _) = Cost(50_000);
        (long twice, _) = Cost(100_000);

        Assert.That((double)twice / single, Is.LessThan(2.6), $"allocated {single:N0} then {twice:N0} bytes");
    }

    private static (long Bytes, double Seconds) Cost(int length)
    {
        WordHashes[] words = WordHashes.Of(Enumerable.Range(0, length).Select(i => (i % 3) switch { 0 => "the", 1 => "minister", _ => "said" }).ToArray());
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        Tiny.Value.Parser.Parse(words, Tiny.Value.Tagger.Tag(words));
        return (GC.GetTotalAllocatedBytes(precise: true) - before, watch.Elapsed.TotalSeconds);
    }
}
