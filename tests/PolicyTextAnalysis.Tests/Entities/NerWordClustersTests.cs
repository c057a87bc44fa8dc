using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class NerWordClustersTests
{
    [TestCase(0, 7u)]
    [TestCase(1, 300u)]
    [TestCase(2, 999u)]
    public void Level_PackedIds_ReturnsTheIdOfEachGranularity(int level, uint expected)
    {
        uint packed = 7u | (300u << 10) | (999u << 20);

        Assert.That(NerWordClusters.Level(packed, level), Is.EqualTo((ulong)expected));
    }

    [Test]
    public void Fingerprint_SameEntriesInAnotherOrder_IsTheSame_AndAnotherClassChangesIt()
    {
        var one = new NerWordClusters(new Dictionary<ulong, uint> { [11] = 5u, [22] = 6u, [33] = 7u });
        var reordered = new NerWordClusters(new Dictionary<ulong, uint> { [33] = 7u, [11] = 5u, [22] = 6u });
        var changed = new NerWordClusters(new Dictionary<ulong, uint> { [11] = 5u, [22] = 8u, [33] = 7u });

        Assert.Multiple(() =>
        {
            Assert.That(reordered.Fingerprint(), Is.EqualTo(one.Fingerprint()));
            Assert.That(changed.Fingerprint(), Is.Not.EqualTo(one.Fingerprint()));
            Assert.That(NerWordClusters.Empty.Fingerprint(), Is.Not.EqualTo(one.Fingerprint()));
        });
    }

    [Test]
    public void Level_WordWithoutClusters_DiffersFromEveryId()
    {
        Assert.That(NerWordClusters.Level(NerWordClusters.None, 0), Is.GreaterThan(1023UL));
    }

    [Test]
    public void Load_ModelWithClusters_ReadsTheSameClustersBack()
    {
        ulong paris = FeatureHash.Chars("paris", lower: true);
        var clusters = new NerWordClusters(new Dictionary<ulong, uint> { [paris] = 5u | (6u << 10) | (7u << 20) });
        var tagSet = new NerTagSet(["PERSON"]);
        var model = new NerModel(
            tagSet,
            new float[(tagSet.Count + 1) * tagSet.Count],
            new NerWeights([], [0], [], []),
            new NerGazetteer([], [], [], clusters));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        NerModel reloaded = NerModel.Load(stream, "test model");

        Assert.Multiple(() =>
        {
            Assert.That(reloaded.Gazetteer.Clusters.Count, Is.EqualTo(1));
            Assert.That(reloaded.Gazetteer.Clusters.Lookup(paris), Is.EqualTo(clusters.Lookup(paris)));
            Assert.That(reloaded.Gazetteer.Clusters.Lookup(FeatureHash.Chars("london", lower: true)), Is.EqualTo(NerWordClusters.None));
        });
    }
}
