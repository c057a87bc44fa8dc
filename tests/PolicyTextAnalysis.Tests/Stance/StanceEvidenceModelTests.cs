using System.Text;
using Microsoft.ML;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Training.Commentary;
using PolicyTextAnalysis.Training.Stance;

namespace PolicyTextAnalysis.Tests.Stance;

public class StanceEvidenceModelTests
{
    private const string OpEd =
        "We strongly oppose the new tariffs. They will hurt farmers and raise prices for every family. " +
        "Congress should repeal them and support the bipartisan trade agreement instead.";

    [Test]
    public void Default_IsBundled_AndEveryStanceConfidenceIsAProbability()
    {
        Assert.That(StanceEvidenceModel.Default, Is.Not.Null, "models/stance-evidence.bin is not embedded");
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(OpEd);

        Assert.That(result.Stances, Is.Not.Empty);
        Assert.That(result.Stances.Select(s => s.Confidence), Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void AnalyzerWithoutTheEvidenceModel_KeepsTheRulesOwnConfidences()
    {
        // What train-stance-evidence analyses with, so a bundled model of another feature set is never needed: the same
        // document as the rules alone make it.
        Document without = PolicyAnalyzer.Create(AnalyzerOptions.Default, null, useStanceEvidenceModel: false).Process(OpEd);
        Document rulesAlone = new StanceStage(useEvidenceModel: false).Process(PolicyAnalyzer.CreateDefault().Process(OpEd), CancellationToken.None);

        Assert.That(without.Stances.Select(s => (s.Holder, s.Target, s.Polarity, s.Confidence)),
            Is.EqualTo(rulesAlone.Stances.Select(s => (s.Holder, s.Target, s.Polarity, s.Confidence))));
        Assert.That(without.Stances, Is.Not.Empty);
    }

    [Test]
    public void SaveAndLoad_GiveTheSameProbabilities()
    {
        StanceEvidenceModel model = StanceEvidenceModel.Default!;
        Document document = PolicyAnalyzer.CreateDefault().Process(OpEd);
        List<StanceEvidence> evidence = StanceStage.FindEvidence(document, CancellationToken.None, framing: true);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;

        StanceEvidenceModel loaded = StanceEvidenceModel.Load(buffer);

        Assert.That(evidence, Is.Not.Empty);
        Assert.That(loaded.Threshold, Is.EqualTo(model.Threshold));
        Assert.That(loaded.FramingThreshold, Is.EqualTo(model.FramingThreshold));
        foreach (StanceEvidence e in evidence)
        {
            Assert.That(loaded.Probability(document, e, 1), Is.EqualTo(model.Probability(document, e, 1)));
        }
    }

    [Test]
    public void Load_RejectsForeignAndTruncatedFiles()
    {
        using var foreign = new MemoryStream(Encoding.ASCII.GetBytes("PTA-POLARITY and more bytes than the magic"));
        using var saved = new MemoryStream();
        StanceEvidenceModel.Default!.Save(saved);
        using var truncated = new MemoryStream(saved.ToArray()[..(int)(saved.Length / 2)]);

        Assert.That(() => StanceEvidenceModel.Load(foreign), Throws.TypeOf<InvalidDataException>());
        Assert.That(() => StanceEvidenceModel.Load(truncated), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void Export_TrainedWithMlNet_ReproducesMlNetProbabilities()
    {
        var ml = new MLContext(seed: 1);
        Document document = PolicyAnalyzer.CreateDefault().Process(OpEd);
        List<StanceEvidence> evidence = StanceStage.FindEvidence(document, CancellationToken.None, framing: true);
        List<StanceEvidenceTrainer.Row> rows = [.. evidence.Select((e, i) => new StanceEvidenceTrainer.Row { Label = i % 2 == 0, Features = StanceEvidenceTrainer.Vector(document, e, 1) })];
        var fitted = StanceEvidenceTrainer.Fit(ml, rows, l2: 1f);
        StanceEvidenceModel model = StanceEvidenceTrainer.Export(fitted, 0.5f, 0.5f);

        float[] expected = StanceEvidenceTrainer.Predict(ml, fitted, rows);

        Assert.That(evidence, Has.Count.GreaterThanOrEqualTo(2));
        for (int i = 0; i < evidence.Count; i++)
        {
            Assert.That(model.Probability(document, evidence[i], 1), Is.EqualTo(expected[i]).Within(1e-5));
        }
    }

    [Test]
    public void MinimumStanceConfidence_DropsWeakerStancesAndIsValidated()
    {
        AnalysisResult all = PolicyAnalyzer.CreateDefault().Analyze(OpEd);
        double cut = all.Stances.Max(s => s.Confidence);
        AnalysisResult strong = PolicyAnalyzer.Create(AnalyzerOptions.Default with { MinimumStanceConfidence = cut }).Analyze(OpEd);

        Assert.That(strong.Stances, Is.Not.Empty);
        Assert.That(strong.Stances.Select(s => s.Confidence), Has.All.GreaterThanOrEqualTo(cut));
        Assert.That(strong.Stances.Count, Is.LessThanOrEqualTo(all.Stances.Count));
        Assert.That(() => PolicyAnalyzer.Create(AnalyzerOptions.Default with { MinimumStanceConfidence = 1.5 }), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    /// <summary>The guard: the card's out-of-fold commentary dev F1 and recall of the default output (framing candidates at
    /// the chosen threshold, no stance threshold) are reproduced (within 0.02).</summary>
    [Test]
    public void CrossValidatedDevF1_KeepsTheRecordedFigure()
    {
        StanceEvidenceCard card = StanceEvidenceCard.Read();
        StanceEvidenceRow recorded = card.CrossValidation.Single(r => r.Setting.Contains(", framing ", StringComparison.Ordinal) && r.Threshold == 0);
        List<StanceEvidenceTrainer.AnalysedDocument> documents = StanceEvidenceTrainer.Analyse(PolicyAnalyzer.CreateDefault(), CommentarySet.Load("dev"));

        double[][] probabilities = StanceEvidenceTrainer.CrossValidate(new MLContext(seed: 1), documents, [], (float)card.L2, card.Folds, seed: 7);
        Prf score = StanceEvidenceTrainer.Score(documents, probabilities, 0, card.FramingThreshold);

        Assert.That(score.F1, Is.GreaterThanOrEqualTo(recorded.F1 - 0.02));
        Assert.That(score.Recall, Is.GreaterThanOrEqualTo(recorded.Recall - 0.02));
    }
}
