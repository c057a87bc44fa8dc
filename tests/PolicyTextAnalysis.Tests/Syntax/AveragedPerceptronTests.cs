using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Training.Syntax;

namespace PolicyTextAnalysis.Tests.Syntax;

public class AveragedPerceptronTests
{
    private const ulong Shared = 11, OnlyFirst = 22;

    [Test]
    public void Average_IsTheMeanOfTheMembersWeights_AndDropsFeaturesTooRarelyUpdated()
    {
        var first = new AveragedPerceptron(3);
        var second = new AveragedPerceptron(3);
        for (int i = 0; i < 4; i++)
        {
            first.Tick();
            first.Update([Shared, OnlyFirst], truth: 0, guess: 1);
            second.Tick();
            second.Update([Shared], truth: 2, guess: 1);
        }

        float[] a = Scores(first.ToModel(), Shared), b = Scores(second.ToModel(), Shared);
        SparseLinearModel averaged = AveragedPerceptron.Average([first, second], minUpdates: 3);

        Assert.Multiple(() =>
        {
            Assert.That(Scores(averaged, Shared), Is.EqualTo(a.Zip(b, (x, y) => (x + y) / 2)).Within(1e-6f));
            // 4 updates in one member of two: fewer than 3 on average, so the feature is pruned.
            Assert.That(Scores(averaged, OnlyFirst), Is.All.EqualTo(0f));
            Assert.That(Scores(first.ToModel(minUpdates: 3), OnlyFirst), Has.Some.Not.EqualTo(0f));
        });
    }

    [Test]
    public void Average_OfMembersWithOtherClasses_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => AveragedPerceptron.Average([new AveragedPerceptron(3), new AveragedPerceptron(4)]));
    }

    private static float[] Scores(SparseLinearModel model, ulong feature)
    {
        var scores = new float[model.ClassCount];
        model.Score([feature], scores);
        return scores;
    }
}
