using System.Text;
using Microsoft.ML;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

public class StancePolarityModelTests
{
    // A handful of hand-written rows, so the export test needs no external data: (sentence, target, class).
    private static readonly (string Sentence, string Target, int Label)[] Rows =
    [
        ("Critics slammed Senator Smith for his disastrous handling of the budget.", "Senator Smith", 0),
        ("The mayor praised Governor Jones for her brilliant leadership during the storm.", "Governor Jones", 2),
        ("Governor Jones met the mayor on Tuesday.", "Governor Jones", 1),
        ("Senator Smith was accused of lying to investigators.", "Senator Smith", 0),
        ("Voters admire Maria Lopez, a tireless and honest advocate.", "Maria Lopez", 2),
        ("Maria Lopez will speak at the convention next week.", "Maria Lopez", 1),
        ("The report blamed the agency for a failed and corrupt process.", "the agency", 0),
        ("Supporters hailed the agency as a great success.", "the agency", 2),
        ("The agency published its annual report on Monday.", "the agency", 1),
        ("Nobody trusts Peter Brown after the scandal.", "Peter Brown", 0),
        ("Peter Brown won widespread praise for the reform.", "Peter Brown", 2),
        ("Peter Brown was born in Ohio.", "Peter Brown", 1),
    ];

    [Test]
    public void Export_TrainedWithMlNet_PredictsExactlyAsMlNetAfterSaveAndLoad()
    {
        List<NewsMtscTarget> targets = [.. Rows.Select(r => Target(r.Sentence, r.Target, r.Label))];
        var ml = new MLContext(seed: 1);
        var settings = new StancePolarityTrainer.Settings(PolarityFeatureSet.All, 0f, 1f, BalanceClasses: false);
        List<StancePolarityTrainer.Row> rows = StancePolarityTrainer.Rows(targets, settings.Features);
        var fitted = StancePolarityTrainer.Fit(ml, rows, settings);
        using var buffer = new MemoryStream();
        StancePolarityTrainer.Export(fitted, settings.Features).Save(buffer);
        buffer.Position = 0;
        StancePolarityModel loaded = StancePolarityModel.Load(buffer);

        List<float[]> expected = StancePolarityTrainer.Predict(ml, fitted, rows);

        Assert.Multiple(() =>
        {
            for (int i = 0; i < targets.Count; i++)
            {
                StancePolarityPrediction p = loaded.Predict(targets[i].Sentence, targets[i].FirstToken, targets[i].EndToken);
                Assert.That(p.Against, Is.EqualTo(expected[i][0]).Within(1e-5), Rows[i].Sentence);
                Assert.That(p.Neutral, Is.EqualTo(expected[i][1]).Within(1e-5), Rows[i].Sentence);
                Assert.That(p.Favor, Is.EqualTo(expected[i][2]).Within(1e-5), Rows[i].Sentence);
            }
        });
    }

    [Test]
    public void SaveThenLoad_GivesIdenticalPredictions()
    {
        StancePolarityModel model = StancePolarityModel.Default;
        NewsMtscTarget target = Target("Critics slammed Senator Smith for his disastrous handling of the budget.", "Senator Smith", 0);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;

        StancePolarityModel loaded = StancePolarityModel.Load(buffer);

        Assert.Multiple(() =>
        {
            Assert.That(loaded.NonZeroFeatures, Is.EqualTo(model.NonZeroFeatures));
            Assert.That(
                loaded.Predict(target.Sentence, target.FirstToken, target.EndToken),
                Is.EqualTo(model.Predict(target.Sentence, target.FirstToken, target.EndToken)));
        });
    }

    [Test]
    public void Default_Predict_GivesProbabilitiesThatSumToOne()
    {
        NewsMtscTarget target = Target("The mayor praised Governor Jones for her brilliant leadership.", "Governor Jones", 2);

        StancePolarityPrediction p = StancePolarityModel.Default.Predict(target.Sentence, target.FirstToken, target.EndToken);

        Assert.Multiple(() =>
        {
            Assert.That(p.Favor + p.Against + p.Neutral, Is.EqualTo(1.0).Within(1e-9));
            Assert.That(p.Probability(p.Polarity), Is.EqualTo(Math.Max(p.Favor, Math.Max(p.Against, p.Neutral))));
        });
    }

    [Test]
    public void Default_Predict_PraiseScoresMoreFavourableThanCondemnation()
    {
        NewsMtscTarget praised = Target("The mayor praised Governor Jones for her brilliant leadership.", "Governor Jones", 2);
        NewsMtscTarget condemned = Target("The mayor condemned Governor Jones for her disastrous leadership.", "Governor Jones", 0);
        StancePolarityModel model = StancePolarityModel.Default;

        Assert.That(
            model.Predict(praised.Sentence, praised.FirstToken, praised.EndToken).Favor,
            Is.GreaterThan(model.Predict(condemned.Sentence, condemned.FirstToken, condemned.EndToken).Favor));
    }

    [Test]
    public void Predict_DocumentWithoutSyntax_ThrowsNamingTheStageToAdd()
    {
        Document document = new TextStage().Process(Document.FromText("Voters admire Maria Lopez."), CancellationToken.None);
        Assert.That(StancePolarityModel.Default.NeedsSyntax, Is.True, "the shipped polarity model reads the parse");

        Assert.That(() => StancePolarityModel.Default.Predict(document, 2, 4),
            Throws.InvalidOperationException.With.Message.Contains("SyntaxStage"));
    }

    [TestCase(0, 0)]
    [TestCase(3, 2)]
    [TestCase(2, 99)]
    public void Predict_BadTargetSpan_ThrowsOutOfRange(int first, int end)
    {
        NewsMtscTarget target = Target("Voters admire Maria Lopez.", "Maria Lopez", 2);

        Assert.That(() => StancePolarityModel.Default.Predict(target.Sentence, first, end), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    // Cases are built by name: control characters in a test-case string make the test adapter drop the case silently.
    [TestCase("not-a-model", "does not start")]
    [TestCase("version-9", "version 9")]
    [TestCase("old-featuriser", "featuriser v7")]
    [TestCase("truncated", "truncated")]
    [TestCase("nan-bias", "corrupt")]
    public void Load_BadFile_ThrowsNamingTheProblem(string kind, string message)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(kind == "not-a-model" ? "NOT-A-MODEL!" : "PTA-POLARITY"));
            writer.Write(kind == "version-9" ? 9 : 1);
            if (kind != "truncated")
            {
                writer.Write(kind == "old-featuriser" ? 7 : StancePolarityFeaturizer.Version);
                writer.Write(StancePolarityFeaturizer.HashBits);
                writer.Write((int)PolarityFeatureSet.All);
                writer.Write(StancePolarityModel.Classes);
                writer.Write(kind == "nan-bias" ? float.NaN : 0f);
            }
        }

        stream.Position = 0;

        Assert.That(() => StancePolarityModel.Load(stream), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message));
    }

    [Test]
    public void Featurize_EveryTargetOfASentence_GivesTheSameFeaturesAsOnAFreshCache()
    {
        // The featuriser caches a sentence's word features for its next target; nothing of one target may leak into the
        // next (the target is masked, sides and distances change), in any order, two sentences interleaved.
        const string Text = "Critics did not praise the senator's budget, but the mayor defended the bold plan for schools. "
            + "Voters admire Maria Lopez, a tireless and honest advocate of cheaper housing.";
        Document document = new SyntaxStage().Process(new TextStage().Process(Document.FromText(Text), CancellationToken.None), CancellationToken.None);
        var spans = new List<(int First, int End)>();
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            if (document.Syntax!.Pos(t) is "NOUN" or "PROPN")
            {
                spans.Add((t, t + 1));
            }
        }

        spans.Add((spans[0].First, spans[1].End));
        Assert.That(spans, Has.Count.GreaterThan(8));
        var fresh = new Dictionary<(int, int), List<KeyValuePair<int, float>>>();
        foreach ((int first, int end) in spans)
        {
            StancePolarityFeaturizer.ReleaseSentenceCache();
            var features = new List<KeyValuePair<int, float>>();
            StancePolarityFeaturizer.Featurize(document, first, end, PolarityFeatureSet.All, features);
            fresh[(first, end)] = features;
        }

        StancePolarityFeaturizer.ReleaseSentenceCache();
        foreach ((int first, int end) in spans.AsEnumerable().Reverse().Concat(spans).Concat(spans.Where((_, i) => i % 2 == 0)))
        {
            var features = new List<KeyValuePair<int, float>>();
            StancePolarityFeaturizer.Featurize(document, first, end, PolarityFeatureSet.All, features);
            Assert.That(features, Is.EqualTo(fresh[(first, end)]), $"target tokens [{first}, {end})");
        }
    }

    private static NewsMtscTarget Target(string sentence, string target, int label)
    {
        Document document = new SyntaxStage().Process(new TextStage().Process(Document.FromText(sentence), CancellationToken.None), CancellationToken.None);
        int from = sentence.IndexOf(target, StringComparison.Ordinal);
        (int first, int end) = NewsMtsc.Tokens(document, from, from + target.Length) ?? throw new ArgumentException($"'{target}' is not in '{sentence}'.");
        return new NewsMtscTarget(document, first, end, label);
    }
}
