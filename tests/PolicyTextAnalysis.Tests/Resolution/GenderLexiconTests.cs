using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Tests.Resolution;

public class GenderLexiconTests
{
    [TestCase("Nancy", "Female")]
    [TestCase("NANCY", "Female")]
    [TestCase("Donald", "Male")]
    [TestCase("George", "Male")]
    [TestCase("Leslie", "Unknown")]
    [TestCase("Ruritania", "Unknown")]
    public void OfFirstName_EmbeddedList_GivesTheGender(string name, string expected)
    {
        Assert.That(GenderLexicon.Default.OfFirstName(name), Is.EqualTo(Enum.Parse<PersonGender>(expected)));
    }

    [TestCase("Mrs.", "Female")]
    [TestCase("Congresswoman", "Female")]
    [TestCase("Mr", "Male")]
    [TestCase("Senator", "Unknown")]
    [TestCase("guy", "Male")]
    [TestCase("grandma", "Female")]
    [TestCase("fiancée", "Female")]
    public void OfWord_FormOfAddressOrRole_GivesTheGender(string word, string expected)
    {
        Assert.That(GenderLexicon.Default.OfWord(word), Is.EqualTo(Enum.Parse<PersonGender>(expected)));
    }

    [TestCase("he", "Male")]
    [TestCase("Her", "Female")]
    [TestCase("they", "Unknown")]
    public void OfPronoun_GivesTheGender(string pronoun, string expected)
    {
        Assert.That(GenderLexicon.OfPronoun(pronoun), Is.EqualTo(Enum.Parse<PersonGender>(expected)));
    }

    [Test]
    public void Constructor_UnknownGenderLetter_ThrowsWithTheLine()
    {
        var names = new StringReader("# header\nm Omar\nx Lena\n");

        var error = Assert.Throws<FormatException>(() => _ = new GenderLexicon(names, new StringReader(string.Empty)));
        Assert.That(error!.Message, Does.Contain("line 3"));
    }

    [Test]
    public void OfMention_FormOfAddressBeforeTheName_OutweighsTheFirstName()
    {
        Document document = EntityDocuments.Resolved("Mr. Leslie Calder spoke.", ("Leslie Calder", "PERSON"));
        EntityMention mention = document.Entities.Single(e => e.Label == "PERSON");

        Assert.That(GenderLexicon.Default.OfMention(document, mention), Is.EqualTo((PersonGender.Male, GenderLexicon.TitleEvidence)));
    }

    [Test]
    public void RecentPersons_EvidenceOfBothGendersAtOneStrength_LeavesItUnknown()
    {
        var persons = new RecentPersons();
        var robin = new Speaker("Robin Calder", "c1", true);
        persons.Note(robin, PersonGender.Male, GenderLexicon.NameEvidence);
        persons.Note(robin, PersonGender.Female, GenderLexicon.NameEvidence);

        Assert.That(persons.GenderOf(robin), Is.EqualTo(PersonGender.Unknown));
        persons.Note(robin, PersonGender.Female, GenderLexicon.TitleEvidence);
        Assert.That(persons.GenderOf(robin), Is.EqualTo(PersonGender.Female));
    }

    [Test]
    public void RecentPersons_LatestFitting_SkipsTheOtherGenderAndForgetsBeyondCapacity()
    {
        var persons = new RecentPersons();
        var lena = new Speaker("Lena Weiss", "lena", true);
        persons.Add(lena);
        persons.Add(new Speaker("Omar Haidari", "omar", true));

        Assert.That(persons.LatestFitting(PersonGender.Female), Is.EqualTo(lena));
        for (int i = 0; i < RecentPersons.Capacity; i++)
        {
            persons.Add(new Speaker($"John Doe{i}", $"john{i}", true));
        }

        Assert.That(persons.LatestFitting(PersonGender.Female), Is.Null);
    }
}
