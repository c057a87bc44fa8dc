using PolicyTextAnalysis.Training.Attribution;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// Golden tests on the source text: what a reader of the analysis would check first. The speaker tests run with
/// whatever recognisers the default analyzer has (the proper-noun fallback covers names no recogniser finds);
/// the alias-group tests need person entities and are skipped until a name recogniser is wired in.
/// </summary>
public class SourceTextAttributionTests
{
    private static readonly Lazy<Document> Analysed = new(() => AttributionEvaluation.CreatePipeline().Run(Document.FromText(SourceText.Value)));

    private static Document Doc => Analysed.Value;

    private static Quote QuoteStarting(string prefix) => Doc.Quotes.Single(q => q.Text.StartsWith(prefix, StringComparison.Ordinal));

    [TestCase("the level of terrorism in Pakistan", "Anwar-ul-Haq Kakar", QuoteKind.Direct)]
    [TestCase("Kabul \"is not responsible for maintaining peace", "Zabihullah Mujahid", QuoteKind.Mixed)]
    [TestCase("Islamabad \"should solve internal security problems", "Zabihullah Mujahid", QuoteKind.Mixed)]
    [TestCase("Afghans have broken the chain of slavery", "Imran Khan", QuoteKind.Direct)]
    [TestCase("peace in Afghanistan has become a nightmare", "Asif Durrani", QuoteKind.Direct)]
    public void Analyze_SourceText_SpokenQuoteGoesToItsSpeaker(string prefix, string speaker, QuoteKind kind)
    {
        Quote q = QuoteStarting(prefix);

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            Assert.That(q.Kind, Is.EqualTo(kind));
        });
    }

    [TestCase("illegal Afghan refugees")]
    [TestCase("good")]
    [TestCase("bad")]
    public void Analyze_SourceText_ScareQuoteIsUnattributed(string text)
    {
        Quote q = Doc.Quotes.Single(q => q.Text == text);

        Assert.Multiple(() =>
        {
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Scare));
            Assert.That(q.Speaker, Is.Null);
        });
    }

    [Test]
    public void Analyze_SourceText_PronounReportIsKakars()
    {
        Quote q = QuoteStarting("of the 24 suicide attacks");

        Assert.Multiple(() =>
        {
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Indirect));
            Assert.That(q.Speaker, Is.EqualTo("Anwar-ul-Haq Kakar"));
            Assert.That(q.Cue, Is.EqualTo("noted"));
        });
    }

    [Test]
    public void Analyze_SourceText_TalibanStatementIsAttributedToTheTaliban()
    {
        Quote q = QuoteStarting("the policy of forced deportation");

        Assert.That(q.Speaker, Does.Contain("Taliban"));
    }

    [Test]
    public void Analyze_SourceText_KakarsAccusationIsReported()
    {
        Quote q = QuoteStarting("the Taliban of harboring militants");

        Assert.Multiple(() =>
        {
            Assert.That(q.Speaker, Is.EqualTo("Anwar-ul-Haq Kakar"));
            Assert.That(q.Cue, Is.EqualTo("accused"));
        });
    }

    [Test]
    public void Analyze_SourceText_CapitalAsActorRefersToItsState()
    {
        int at = SourceText.Value.IndexOf("Islamabad will not support", StringComparison.Ordinal);
        EntityMention? islamabad = Doc.Entities.FirstOrDefault(e => e.Start == at);
        Assert.That(islamabad, Is.Not.Null, "no recogniser tagged Islamabad");
        Assert.Multiple(() =>
        {
            Assert.That(islamabad!.Label, Is.EqualTo(EntityLabels.GeopoliticalEntity));
            Assert.That(islamabad.RefersTo, Is.EqualTo("Pakistan"));
        });
    }

    [Category("EndToEnd")]
    [TestCase("TTP", "TPP", "Tehreek-e-Taliban Pakistan")]
    [TestCase("Kakar", "Anwar-ul-Haq Kakar")]
    [TestCase("Larisa Shashok", "Larisa Alexandrovna Shashok")]
    public void Analyze_SourceText_AliasGroupResolvesToOneCluster(params string[] aliases)
    {
        IgnoreWithoutPersons();
        var clusters = aliases.Select(a => Doc.Entities.FirstOrDefault(e => e.Text == a)?.ClusterId).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(clusters, Has.None.Null, "every alias is found as an entity");
            Assert.That(clusters.Distinct().Count(), Is.EqualTo(1), string.Join(", ", aliases));
        });
    }

    [Category("EndToEnd")]
    [TestCase("the level of terrorism in Pakistan")]
    [TestCase("Kabul \"is not responsible for maintaining peace")]
    [TestCase("Afghans have broken the chain of slavery")]
    [TestCase("peace in Afghanistan has become a nightmare")]
    public void Analyze_SourceText_SpeakerIsAnEntityCluster(string prefix)
    {
        IgnoreWithoutPersons();

        Assert.That(QuoteStarting(prefix).SpeakerClusterId, Is.Not.Null);
    }

    private static void IgnoreWithoutPersons()
    {
        // The default pipeline has a name recogniser: no PERSON at all is a failure, not a reason to skip.
        Assert.That(Doc.Entities.Any(e => e.Label == EntityLabels.Person), Is.True, "the pipeline found no PERSON entity in the source text");
    }
}
