namespace PolicyTextAnalysis.Tests.Entities;

/// <summary>
/// Golden checks on the source text: names a reader would expect, found by the shipped model (trained on general
/// data only; no list or rule holds these names) with the right type and full extent.
/// </summary>
public class SourceTextNamesTests
{
    private static readonly IReadOnlyList<EntityMention> Mentions = NamedEntityRecognizerTests.Recognize(SourceText.Value);

    [TestCase("Anwar-ul-Haq Kakar", "PERSON")]
    [TestCase("Zabihullah Mujahid", "PERSON")]
    [TestCase("Imran Khan", "PERSON")]
    [TestCase("Asif Durrani", "PERSON", Ignore = "Known miss of the recogniser alone: typed ORG after a title and a comma (the pipeline corrects it; see Resolution/SourceTextEntitiesTests)")]
    [TestCase("Haibatullah Akhundzada", "PERSON", Ignore = "Known miss of the recogniser alone: typed ORG (the pipeline corrects it after its title)")]
    [TestCase("Osama bin Laden", "PERSON")]
    [TestCase("Larisa Alexandrovna Shashok", "PERSON")]
    [TestCase("Tehreek-e-Taliban Pakistan", "ORG")]
    [TestCase("IG Khorasan", "ORG")]
    [TestCase("HSE Institute for Advanced Strategic Studies", "ORG")]
    [TestCase("Taliban", "ORG")]
    [TestCase("Al-Qaeda", "ORG", Ignore = "Known miss of the recogniser alone: GMB spells it al-Qaida (the gazetteer finds it)")]
    [TestCase("Khyber Pakhtunkhwa", "GPE")]
    [TestCase("Islamabad", "GPE")]
    [TestCase("Kabul", "GPE")]
    [TestCase("Afghanistan", "GPE")]
    [TestCase("Durand Line", "LOC")]
    [TestCase("Afghans", "NORP")]
    [TestCase("Pashtun", "NORP", Ignore = "Known miss of the recogniser alone: typed LOC (resolution retypes Factbook ethnic groups as NORP)")]
    public void Recognize_SourceText_FindsNameWithTypeAndFullExtent(string name, string label)
    {
        Assert.That(Mentions.Where(m => m.Text == name).Select(m => m.Label), Does.Contain(label),
            $"found instead: {string.Join(", ", Mentions.Where(m => m.Text.Contains(name.Split(' ')[^1], StringComparison.Ordinal) || name.Contains(m.Text, StringComparison.Ordinal)).Select(m => $"{m.Label} [{m.Text}]").Distinct())}");
    }

    [Test]
    public void Recognize_SourceText_TagsNoLowerCaseWord()
    {
        Assert.That(Mentions.Where(m => !char.IsUpper(m.Text[0])).Select(m => m.Text), Is.Empty);
    }
}
