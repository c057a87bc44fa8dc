using PolicyTextAnalysis.Resolution;
using static PolicyTextAnalysis.Tests.Resolution.EntityDocuments;

namespace PolicyTextAnalysis.Tests.Resolution;

public class MetonymyTests
{
    private static EntityMention First(Document d, string text) => d.Entities.First(e => e.Text == text);

    [TestCase("Madrid will not accept the proposal.", "Madrid", "Spain")]
    [TestCase("Paris said the talks were over.", "Paris", "France")]
    [TestCase("Tokyo, on the other hand, refuses to sign.", "Tokyo", "Japan")]
    [TestCase("Nairobi rejected the report.", "Nairobi", "Kenya")]
    public void Process_CapitalAsSubjectOfVerb_RefersToItsState(string text, string capital, string state)
    {
        Document d = Resolved(text, (capital, EntityLabels.GeopoliticalEntity));

        Assert.Multiple(() =>
        {
            Assert.That(First(d, capital).RefersTo, Is.EqualTo(state));
            Assert.That(First(d, capital).Label, Is.EqualTo(EntityLabels.GeopoliticalEntity));
            Assert.That(First(d, capital).KbId, Is.Not.Null);
        });
    }

    [TestCase("Ankara's old town is crowded.", "Ankara")]
    [TestCase("Refugees left Nairobi in June.", "Nairobi")]
    [TestCase("Paris residents protested.", "Paris")]
    [TestCase("The summit in Tokyo ended early.", "Tokyo")]
    public void Process_CapitalAsPlace_HasNoActor(string text, string capital)
    {
        Document d = Resolved(text, (capital, EntityLabels.GeopoliticalEntity));

        Assert.That(First(d, capital).RefersTo, Is.Null);
    }

    [Test]
    public void Process_WithoutKnowledgeBase_LinksNothing()
    {
        Document d = new ResolutionStage(useKnowledgeBase: false).Process(
            With("Ankara will not accept the proposal.", ("Ankara", EntityLabels.GeopoliticalEntity)), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(First(d, "Ankara").KbId, Is.Null);
            Assert.That(First(d, "Ankara").RefersTo, Is.Null);
        });
    }

    [Test]
    public void Process_NullDocument_Throws()
    {
        Assert.That(() => new ResolutionStage().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
    }
}
