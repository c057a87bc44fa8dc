using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Tests.Pipeline;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Entities;

/// <summary>The name model's syntax features: stored in the model, read from the syntax layer or computed alike.</summary>
public class NerSyntaxFeaturesTests
{
    private static readonly TextStage Text = new();

    [Test]
    public void Default_ReadsDependencyRelations()
    {
        Assert.That(NamedEntityRecognizer.Default.Model.Syntax, Is.EqualTo(NerSyntaxFeatures.Dependencies));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Load_SavedModel_KeepsItsSyntaxFeatures(int flags)
    {
        var syntax = (NerSyntaxFeatures)flags;
        var tagSet = new NerTagSet(["PERSON"]);
        var model = new NerModel(tagSet, new float[(tagSet.Count + 1) * tagSet.Count], new NerWeights([], [0], [], []),
            new NerGazetteer([], [], [], new NerWordClusters([])), syntax);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        Assert.That(NerModel.Load(stream, "test model").Syntax, Is.EqualTo(syntax));
    }

    [Test]
    public void Extract_WithDependencies_FeaturesChangeWithTheHeadWord()
    {
        const string text = "Volkswagen announced cuts.";
        TokenList tokens = Tokenizer.Default.Tokenize(text);
        var work = new NerWorkspace();
        NerSyntaxContext.Fill(tokens, 0, tokens.Count, null, NerSyntaxFeatures.Dependencies, work);
        NerFeatureExtractor.Extract(text, tokens, 0, tokens.Count, NamedEntityRecognizer.Default.Model.Gazetteer, work, NerSyntaxFeatures.Dependencies);
        ulong[] before = work.Features.AsSpan(0, work.FeatureCounts[0]).ToArray();

        work.HeadHash[0] = PolicyTextAnalysis.Entities.FeatureHash.Chars("visited", lower: true);
        NerFeatureExtractor.Extract(text, tokens, 0, tokens.Count, NamedEntityRecognizer.Default.Model.Gazetteer, work, NerSyntaxFeatures.Dependencies);
        ulong[] after = work.Features.AsSpan(0, work.FeatureCounts[0]).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(after, Has.Length.EqualTo(before.Length));
            Assert.That(after.Except(before).Count(), Is.EqualTo(1), "only the relation-and-head feature depends on the head word");
        });
    }

    [Test]
    public void Recognize_WithOrWithoutTheSyntaxLayer_FindsTheSameNames()
    {
        string text = string.Join("\n\n", Enumerable.Range(0, 3).Select(_ => SourceText.Value))
            + "\n\nGeneral Motors and Ford said on Tuesday that Volkswagen would join the talks in Detroit, according to Reuters.";
        Document plain = Text.Process(Document.FromText(text), CancellationToken.None);
        Document parsed = new SyntaxStage().Process(plain, CancellationToken.None);

        IReadOnlyList<EntityMention> withoutLayer = NamedEntityRecognizer.Default.Recognize(plain, CancellationToken.None);
        IReadOnlyList<EntityMention> withLayer = NamedEntityRecognizer.Default.Recognize(parsed, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(withoutLayer, Is.Not.Empty);
            Assert.That(withLayer, Is.EqualTo(withoutLayer));
        });
    }

    [Test]
    public void Recognize_WithoutTheSyntaxLayer_OnADoubledRunOnSentence_AtMostAboutDoublesTheCost()
    {
        // Without a layer the recogniser parses each window of a sentence itself; a run-on sentence must stay linear.
        const string unit = "the minister of Calder met Lena Weiss in Kabul and the spokesman said the plan would fail while ";
        Document single = Text.Process(Document.FromText(string.Concat(Enumerable.Repeat(unit, 1_000))), CancellationToken.None);
        Document twice = Text.Process(Document.FromText(string.Concat(Enumerable.Repeat(unit, 2_000))), CancellationToken.None);
        NamedEntityRecognizer.Default.Recognize(single, CancellationToken.None);

        CostMeasurement.Doubling cost = CostMeasurement.MeasureDoubling(
            () => NamedEntityRecognizer.Default.Recognize(single, CancellationToken.None),
            () => NamedEntityRecognizer.Default.Recognize(twice, CancellationToken.None), maxTimeRatio: 3.0);

        Assert.Multiple(() =>
        {
            Assert.That(single.Sentences, Has.Count.EqualTo(1), "the input is one sentence");
            Assert.That(cost.BytesRatio, Is.LessThan(2.6), cost.ToString());
            Assert.That(cost.TimeRatio, Is.LessThan(3.0), cost.ToString());
        });
    }
}
