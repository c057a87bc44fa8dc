using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

/// <summary><c>train-ner --members K</c>: the model is the mean of K runs that differ only in the seed.</summary>
public sealed class NerTrainerMembersTests
{
    private static List<NerSentence> Sentences()
    {
        var sentences = new List<NerSentence>();
        foreach ((string person, string place) in new[] { ("Maria Lopez", "Lima"), ("John Okafor", "Lagos"), ("Anna Berg", "Oslo"), ("Ravi Nair", "Pune") })
        {
            string text = $"{person} flew to {place} on Monday .";
            int placeStart = text.IndexOf(place, StringComparison.Ordinal);
            sentences.Add(new NerSentence(text, [new GoldEntity(0, person.Length, "PERSON"), new GoldEntity(placeStart, placeStart + place.Length, "GPE")], []));
        }

        return sentences;
    }

    private static NerModel Train(int seed, int members)
    {
        var trainer = new NerTrainer(["PERSON", "GPE"], new NerGazetteer([], [], []));
        trainer.Prepare(Sentences(), minFeatureCount: 1, TextWriter.Null);
        return trainer.Train(new NerTrainer.Options(Epochs: 3, Seed: seed, MinFeatureCount: 1, PruneBelow: 0, Members: members), TextWriter.Null);
    }

    [Test]
    public void TwoMembers_HaveTheMeanOfTheTwoSeedsWeights()
    {
        NerModel first = Train(seed: 1, members: 1);
        NerModel second = Train(seed: 2, members: 1);
        NerModel mean = Train(seed: 1, members: 2);

        float[] expected = [.. first.Transitions.Zip(second.Transitions, (a, b) => (a + b) / 2)];
        Assert.Multiple(() =>
        {
            Assert.That(first.Transitions, Is.Not.EqualTo(second.Transitions), "the seeds give different runs");
            Assert.That(mean.Transitions, Is.EqualTo(expected).Within(1e-5f));
        });
    }

    [Test]
    public void Members_BelowOne_IsRefused()
    {
        Assert.That(() => Train(seed: 1, members: 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
