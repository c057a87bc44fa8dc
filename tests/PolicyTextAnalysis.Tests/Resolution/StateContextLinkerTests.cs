using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public sealed class StateContextLinkerTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(PolicyAnalyzer.CreateDefault);

    private static string? LinkOf(string text, string name) =>
        Analyzer.Value.Analyze(text).Entities.FirstOrDefault(e => e.Text == name)?.KbId;

    [TestCase("Voters in Texas and Georgia will decide the Senate.")]
    [TestCase("The new plant near Atlanta makes Georgia a battery hub.")]
    [TestCase("Lawmakers in the state of Georgia passed the bill.")]
    public void Analyze_GeorgiaWithUsStateContext_LinksTheState(string text)
    {
        Assert.That(LinkOf(text, "Georgia"), Is.EqualTo("state:US-GA"));
    }

    [TestCase("Russia's war in Georgia in 2008 alarmed NATO.")]
    [TestCase("The U.S. supports Georgia's bid to join NATO.")]
    [TestCase("Protests in Tbilisi spread across Georgia while Texas officials watched.")]
    public void Analyze_GeorgiaWithoutUsStateContext_LinksTheCountry(string text)
    {
        Assert.That(LinkOf(text, "Georgia"), Is.EqualTo("country:GEO"));
    }

    [Test]
    public void Shipped_UsStates_AreStatesOfTheUnitedStatesNotCountries()
    {
        KnowledgeBaseEntry[] states = [.. KnowledgeBase.Default.Entries.Where(e => e.Kind == KnowledgeBaseKind.State)];
        Assert.Multiple(() =>
        {
            Assert.That(states, Has.Length.EqualTo(51));
            Assert.That(states.All(s => s.CountryId == "country:USA" && s.Label == EntityLabels.GeopoliticalEntity), Is.True);
            Assert.That(KnowledgeBase.Default.Lookup("Georgia").Select(m => m.Entry.Id), Is.SupersetOf(new[] { "country:GEO", "state:US-GA" }));
        });
    }
}
