namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>
/// What a user of the default analyzer sees on the source text: every name a reader would expect, with the type
/// and the full extent, after the recogniser, the gazetteer and the resolution stage's corrections. The
/// recogniser alone is checked in <c>Entities/SourceTextNamesTests</c>; nothing in any list or rule comes from
/// this text.
/// </summary>
public class SourceTextEntitiesTests
{
    private static readonly Lazy<AnalysisResult> Result = new(() => PolicyAnalyzer.CreateDefault().Analyze(SourceText.Value));

    [TestCase("Anwar-ul-Haq Kakar", "PERSON")]
    [TestCase("Zabihullah Mujahid", "PERSON")]
    [TestCase("Imran Khan", "PERSON")]
    [TestCase("Asif Durrani", "PERSON")]
    [TestCase("Haibatullah Akhundzada", "PERSON")]
    [TestCase("Osama bin Laden", "PERSON")]
    [TestCase("Larisa Alexandrovna Shashok", "PERSON")]
    [TestCase("Tehreek-e-Taliban Pakistan", "ORG")]
    [TestCase("IG Khorasan", "ORG")]
    [TestCase("HSE Institute for Advanced Strategic Studies", "ORG")]
    [TestCase("Taliban", "ORG")]
    [TestCase("Al-Qaeda", "ORG")]
    [TestCase("Khyber Pakhtunkhwa", "GPE")]
    [TestCase("Islamabad", "GPE")]
    [TestCase("Kabul", "GPE")]
    [TestCase("Afghanistan", "GPE")]
    [TestCase("Russian Federation", "GPE")]
    [TestCase("Durand Line", "LOC")]
    [TestCase("Bagram", "FAC")]
    [TestCase("Puli Charkhi", "FAC")]
    [TestCase("Afghans", "NORP")]
    [TestCase("Pashtun", "NORP")]
    public void Analyze_SourceText_FindsNameWithTypeAndFullExtent(string name, string label)
    {
        IEnumerable<EntityMention> mentions = Result.Value.Entities.Where(m => m.Text == name);
        Assert.That(mentions.Select(m => m.Label), Is.Not.Empty.And.All.EqualTo(label),
            $"around it: {string.Join(", ", Result.Value.Entities.Where(m => m.Text.Contains(name.Split(' ')[^1], StringComparison.Ordinal)).Select(m => $"{m.Label} [{m.Text}]").Distinct())}");
    }

    [Test]
    public void Analyze_SourceText_TagsNoLowerCaseWordAsName()
    {
        Assert.That(
            Result.Value.Entities.Where(m => PolicyTextAnalysis.Resolution.ResolutionStage.IsNameLabel(m.Label) && !char.IsUpper(m.Text[0]) && !m.Text.StartsWith("al-", StringComparison.Ordinal)).Select(m => m.Text),
            Is.Empty);
    }
}
