using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Training.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public sealed class FactbookPartyFieldTests
{
    [TestCase("none")]
    [TestCase("note: political parties are banned; all candidates run as independents")]
    [TestCase("Nauru does not have formal political parties; alliances within the government are often formed based on extended family ties")]
    [TestCase("although not expressly forbidden by law, Palau does not have political parties or coalitions")]
    [TestCase("political parties are banned")]
    public void Parse_Note_IsNotAParty(string raw)
    {
        Assert.That(FactbookPartyField.Parse(raw), Is.Null);
    }

    [TestCase("Algerian National Front or FNA", "Algerian National Front", "FNA")]
    [TestCase("National Convergence (also known as Kwa Na Kwa or KNK)", "National Convergence", "Kwa Na Kwa|KNK")]
    [TestCase("Centre Alliance (formerly known as the Nick Xenophon Team or NXT)", "Centre Alliance", "Nick Xenophon Team|NXT")]
    [TestCase("Brazil Union (União Brasil); note - founded from a merger between the Democrats (DEM) and the Social Liberal Party (PSL)", "Brazil Union", "")]
    [TestCase("United National Front for an Independent, Neutral, Peaceful and Co-operative Cambodia (FUNCINPEC)", "United National Front for an Independent, Neutral, Peaceful and Co-operative Cambodia", "FUNCINPEC")]
    public void Parse_PartyItem_GivesNameAndOtherNames(string raw, string name, string others)
    {
        (string Name, List<string> Others)? parsed = FactbookPartyField.Parse(raw);
        Assert.That(parsed, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(parsed!.Value.Name, Is.EqualTo(name));
            Assert.That(string.Join('|', parsed.Value.Others), Is.EqualTo(others));
        });
    }

    [Test]
    public void Shipped_PartyNames_AreNamesNotNotes()
    {
        string[] odd = [.. KnowledgeBase.Default.Entries
            .Where(e => e.Kind == KnowledgeBaseKind.PoliticalParty)
            .Select(e => e.Name)
            .Where(n => !char.IsUpper(n[0]) && !char.IsDigit(n[0]) && n[0] != '\'' || n.Contains("note", StringComparison.OrdinalIgnoreCase) || n.Contains(';', StringComparison.Ordinal))];
        Assert.That(odd, Is.Empty);
    }
}
