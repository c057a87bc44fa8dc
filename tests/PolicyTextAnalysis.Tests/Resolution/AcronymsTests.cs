using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class AcronymsTests
{
    [TestCase("TTP", "Tehreek-e-Taliban Pakistan")]
    [TestCase("WHO", "World Health Organization")]
    [TestCase("IMF", "International Monetary Fund")]
    [TestCase("AQIM", "Al-Qaeda in the Islamic Maghreb")]
    [TestCase("NATO", "North Atlantic Treaty Organization")]
    [TestCase("EU", "the European Union")]
    public void Fits_InitialsWithSkippedFunctionWords_Matches(string acronym, string longForm)
    {
        Assert.That(Acronyms.Fits(Acronyms.LettersOf(acronym)!, longForm.Split(' ')), Is.True);
    }

    [TestCase("TTP", "Tehrik Pakistan")]
    [TestCase("WHO", "World Trade Organization")]
    [TestCase("IMF", "International Maritime Organization")]
    [TestCase("UN", "Pakistan")]
    public void Fits_IncompatibleLongForm_DoesNotMatch(string acronym, string longForm)
    {
        Assert.That(Acronyms.Fits(acronym, longForm.Split(' ')), Is.False);
    }

    [TestCase("TPP", "TTP")]
    [TestCase("TTP", "TPP")]
    [TestCase("NAOT", "NATO")]
    [TestCase("UNHRC", "UNHCR")]
    public void IsNearMiss_TypoVariant_IsTrue(string variant, string known)
    {
        Assert.That(Acronyms.IsNearMiss(variant, known), Is.True);
    }

    // Pairs of real, different organisations that must never merge as typos of each other.
    [TestCase("IMO", "IMF")]
    [TestCase("WTO", "WHO")]
    [TestCase("CIA", "CIO")]
    [TestCase("UNDP", "UNEP")]
    [TestCase("NSA", "NASA")]
    [TestCase("EU", "UN")]
    [TestCase("FBI", "FBI")]
    [TestCase("ANC", "CAN")]
    [TestCase("ECB", "EIB")]
    [TestCase("OAS", "OAU")]
    public void IsNearMiss_DifferentOrganisations_IsFalse(string variant, string known)
    {
        Assert.That(Acronyms.IsNearMiss(variant, known), Is.False);
    }

    [TestCase("U.N.", "UN")]
    [TestCase("TTP", "TTP")]
    [TestCase("Pakistan", null)]
    [TestCase("A", null)]
    [TestCase("ABCDEFGHIJ", null)]
    public void LettersOf_Word_ReturnsAcronymLetters(string word, string? expected)
    {
        Assert.That(Acronyms.LettersOf(word), Is.EqualTo(expected));
    }
}
