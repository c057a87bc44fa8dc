using System.Text;
using Microsoft.ML;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Training.Claims;

namespace PolicyTextAnalysis.Tests.Claims;

public class CheckworthinessModelTests
{
    [Test]
    public void Export_TrainedWithMlNet_ScoresExactlyAsMlNetAfterSaveAndLoad()
    {
        // A small model trained here on our own claim set, so the test needs no external data.
        var train = ClaimSet.Load("dev").Select(i => (i.Text, i.Types.Contains(ClaimType.Statistical))).ToList();
        var test = ClaimSet.Load("test").Select(i => (i.Text, false)).ToList();
        var ml = new MLContext(seed: 1);
        var fitted = CheckworthinessTrainer.Fit(ml, CheckworthinessTrainer.Rows(train, balance: false), new CheckworthinessTrainer.Settings(0, 0.1f, false));
        CheckworthinessModel exported = CheckworthinessTrainer.Export(fitted, 0.4f, (1, 0));
        using var buffer = new MemoryStream();
        exported.Save(buffer);
        buffer.Position = 0;
        CheckworthinessModel loaded = CheckworthinessModel.Load(buffer);

        var expected = CheckworthinessTrainer.Predict(ml, fitted, CheckworthinessTrainer.Rows(test, balance: false));

        Assert.Multiple(() =>
        {
            Assert.That(loaded.Threshold, Is.EqualTo(0.4).Within(1e-6));
            for (int i = 0; i < test.Count; i++)
            {
                Assert.That(loaded.RawScore(test[i].Text, CheckworthinessFeaturizer.TagsOf(test[i].Text)), Is.EqualTo(expected[i].Score).Within(1e-4), test[i].Text);
                Assert.That(loaded.Score(test[i].Text), Is.EqualTo(expected[i].Probability).Within(1e-5), test[i].Text);
            }
        });
    }

    [Test]
    public void Export_WithCalibration_FoldsItIntoTheWeights()
    {
        var train = ClaimSet.Load("dev").Select(i => (i.Text, i.Types.Contains(ClaimType.Statistical))).ToList();
        var ml = new MLContext(seed: 1);
        var fitted = CheckworthinessTrainer.Fit(ml, CheckworthinessTrainer.Rows(train, balance: false), new CheckworthinessTrainer.Settings(0, 0.1f, false));
        CheckworthinessModel raw = CheckworthinessTrainer.Export(fitted, 0.5f, (1, 0));
        CheckworthinessModel calibrated = CheckworthinessTrainer.Export(fitted, 0.5f, (0.8, 1.2));

        Assert.Multiple(() =>
        {
            foreach ((string text, _) in train.Take(20))
            {
                List<string>? tags = CheckworthinessFeaturizer.TagsOf(text);
                Assert.That(calibrated.RawScore(text, tags), Is.EqualTo(0.8 * raw.RawScore(text, tags) + 1.2).Within(1e-3), text);
            }
        });
    }

    [Test]
    public void PlattCalibration_OnSeparatedScores_PutsTheBoundaryBetweenTheClasses()
    {
        double[] scores = [-3, -2, -1.5, -1, 1, 1.5, 2, 3];
        bool[] noisy = [false, false, true, false, true, false, true, true];

        (double a, double b) = PlattCalibration.Fit(scores, noisy, balanced: true);
        (double aImbalanced, double bImbalanced) = PlattCalibration.Fit(scores, [false, false, false, false, false, false, true, true], balanced: true);

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.GreaterThan(0), "higher scores must mean higher probability");
            Assert.That(-b / a, Is.InRange(-1.0, 1.0), "the 0.5 point lies between the classes");
            Assert.That(-bImbalanced / aImbalanced, Is.GreaterThan(1.0), "with positives only at the top, the 0.5 point moves up");
        });
    }

    [Test]
    public void Default_LoadsFromTheAssemblyAndScoresInRange()
    {
        CheckworthinessModel model = CheckworthinessModel.Default;

        Assert.Multiple(() =>
        {
            Assert.That(model.NonZeroWeights, Is.GreaterThan(1000));
            Assert.That(model.Score("Unemployment fell to 4.2 percent in 2019."), Is.InRange(0.0, 1.0));
            Assert.That(model.Score(""), Is.InRange(0.0, 1.0));
        });
    }

    [Test]
    public void Default_NumbersScoreHigherThanGreetings()
    {
        CheckworthinessModel model = CheckworthinessModel.Default;

        Assert.That(model.Score("Unemployment fell to 4.2 percent in 2019, the lowest rate in 50 years."),
            Is.GreaterThan(model.Score("Thank you all very much for being here tonight.")));
    }

    [TestCase("NOT-A-MODEL and more bytes", "does not start")]
    [TestCase("PTA-CHECKW\u0009\0\0\0", "version 9")]
    [TestCase("PTA-CHECKW\u0002\0\0", "truncated")]
    public void Load_BadFile_ThrowsNamingTheProblem(string content, string message)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(content));

        Assert.That(() => CheckworthinessModel.Load(stream), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));
    }

    [Test]
    public void Load_ModelMadeWithOtherWordClasses_ThrowsNamingTheCommandToRetrainWith()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes("PTA-CHECKW"));
            writer.Write(2);
            writer.Write(CheckworthinessFeaturizer.Version);
            writer.Write(CheckworthinessFeaturizer.HashBits);
            writer.Write(CheckworthinessFeaturizer.DenseCount);
            writer.Write(PolicyTextAnalysis.Entities.BundledWordClasses.Fingerprint + 1);
            writer.Write(0f);
            writer.Write(0.5f);
            writer.Write(0);
        }

        stream.Position = 0;

        Assert.That(() => CheckworthinessModel.Load(stream),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("other word classes").And.Message.Contains("train-claims"));
    }
}
