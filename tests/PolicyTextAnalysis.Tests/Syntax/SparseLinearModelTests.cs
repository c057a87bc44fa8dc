using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>The weight table of the tagger and parser: lookups, colliding slots, dense rows and the file round trip.</summary>
public sealed class SparseLinearModelTests
{
    [Test]
    public void Score_AddsTheWeightsOfKnownFeaturesOnly()
    {
        var model = new SparseLinearModel(3, [(11UL, [(0, 1f), (2, 0.5f)]), (22UL, [(1, -2f)])]);
        var scores = new float[3];
        model.Score([11UL, 22UL, 33UL, 11UL], scores);
        Assert.That(scores, Is.EqualTo(new[] { 2f, -2f, 1f }));
    }

    [Test]
    public void Score_TellsApartFeaturesThatShareASlot()
    {
        // Same low bits (the slot), different high bits (the check): each keeps its own weights, and a third key on the
        // same slot that the model lacks adds nothing.
        ulong a = 5UL | (1UL << 40), b = 5UL | (2UL << 40), unknown = 5UL | (3UL << 40);
        var model = new SparseLinearModel(2, [(a, [(0, 1f)]), (b, [(1, 4f)])]);
        var scores = new float[2];
        model.Score([b], scores);
        Assert.That(scores, Is.EqualTo(new[] { 0f, 4f }));
        model.Score([unknown], scores);
        Assert.That(scores, Is.EqualTo(new[] { 0f, 0f }));
        model.Score([a, b], scores);
        Assert.That(scores, Is.EqualTo(new[] { 1f, 4f }));
    }

    [Test]
    public void Score_DenseRowsGiveTheSameSumsAsSparseEntries()
    {
        // 40 classes: a feature with weights for all of them is a dense row, one with two weights sparse.
        (int, float)[] all = [.. Enumerable.Range(0, 40).Select(c => (c, c * 0.25f))];
        var model = new SparseLinearModel(40, [(7UL, all), (8UL, [(3, 1f), (39, -1f)])]);
        var scores = new float[40];
        model.Score([7UL, 8UL], scores);
        Assert.That(scores[3], Is.EqualTo(1.75f));
        Assert.That(scores[39], Is.EqualTo(8.75f));
        Assert.That(scores[10], Is.EqualTo(2.5f));
    }

    [Test]
    public void WriteAndRead_KeepEveryScore()
    {
        var random = new Random(3);
        var features = Enumerable.Range(1, 2000)
            .Select(i => ((ulong)random.NextInt64(1, long.MaxValue), Enumerable.Range(0, random.Next(1, 30)).Distinct()
                .Select(c => (c % 50, (float)(Half)(float)(random.NextDouble() - 0.5))).DistinctBy(p => p.Item1).ToArray()))
            .ToList();
        var model = new SparseLinearModel(50, features);
        SparseLinearModel read = BinaryRoundTrip.Of(model.Write, reader => SparseLinearModel.Read(reader));
        ulong[] probe = [.. features.Take(64).Select(f => f.Item1)];
        float[] before = new float[50], after = new float[50];
        model.Score(probe, before);
        read.Score(probe, after);
        Assert.That(after, Is.EqualTo(before));
        Assert.That(read.FeatureCount, Is.EqualTo(model.FeatureCount));
        Assert.That(read.WeightCount, Is.EqualTo(model.WeightCount));
    }

    [Test]
    public void HalfToSingle_GivesTheRuntimesConversionForEveryBitPattern()
    {
        // All 65,536 patterns: normals, both zeros, subnormals, infinities and NaNs, compared bit for bit.
        var wrong = Enumerable.Range(0, 1 << 16)
            .Where(bits => BitConverter.SingleToUInt32Bits(SparseLinearModel.HalfToSingle((ushort)bits))
                != BitConverter.SingleToUInt32Bits((float)BitConverter.UInt16BitsToHalf((ushort)bits)))
            .ToList();

        Assert.That(wrong, Is.Empty);
    }
}
