using PolicyTextAnalysis.Resolution;
using static PolicyTextAnalysis.Tests.Resolution.EntityDocuments;

namespace PolicyTextAnalysis.Tests.Resolution;

public class ResolutionStageTests
{
    private const string Org = EntityLabels.Organization;
    private const string Per = EntityLabels.Person;
    private const string Gpe = EntityLabels.GeopoliticalEntity;
    private const string Norp = EntityLabels.Norp;

    [Test]
    public void Process_ParentheticalAcronym_JoinsLongForm()
    {
        Document d = Resolved(
            "The Sahel Liberation Front (SLF, outlawed in three countries) claimed the attack. Later the SLF denied it.",
            ("Sahel Liberation Front", Org), ("SLF", Org));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "SLF"), Is.EqualTo(ClusterOf(d, "Sahel Liberation Front")));
            Assert.That(CanonicalOf(d, "SLF"), Is.EqualTo("Sahel Liberation Front"));
        });
    }

    [Test]
    public void Process_AcronymInParenthesesNotTaggedAsEntity_StillDefinesLaterUse()
    {
        Document d = Resolved(
            "Delegates met at the World Health Organization (WHO) in spring. The WHO later issued guidance.",
            ("World Health Organization", Org), ("WHO", Org));

        Assert.That(d.Entities.Where(e => e.Label == Org).Select(e => e.ClusterId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Process_StateNoteAfterAPerson_DefinesNoAcronym()
    {
        // Round-ups of reactions note each member's state in parentheses: two members of one state are not one entity,
        // nor is either the state.
        Document d = Resolved(
            "Senator Dana Morrow (CA): We applaud the bill. Congressman Paul Reyes (CA): A good day for California. The CA delegation agrees.",
            ("Dana Morrow", Per), ("Paul Reyes", Per), ("California", Gpe), ("CA", Gpe));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "Paul Reyes"), Is.Not.EqualTo(ClusterOf(d, "Dana Morrow")));
            Assert.That(ClusterOf(d, "Dana Morrow"), Is.Not.EqualTo(ClusterOf(d, "CA")));
            Assert.That(CanonicalOf(d, "Paul Reyes"), Is.EqualTo("Paul Reyes"));
        });
    }

    [Test]
    public void Process_PersonsInitialsInParentheses_StillDefineTheAcronym()
    {
        Document d = Resolved(
            "Dana Quinn Morrow (DQM) spoke first. Later DQM took questions.",
            ("Dana Quinn Morrow", Per), ("DQM", Per));

        Assert.That(ClusterOf(d, "DQM"), Is.EqualTo(ClusterOf(d, "Dana Quinn Morrow")));
    }

    [Test]
    public void Process_UndefinedAcronymWithOneCompatibleLongForm_Joins()
    {
        Document d = Resolved(
            "The International Monetary Fund approved the loan. The IMF expects growth to return.",
            ("International Monetary Fund", Org), ("IMF", Org));

        Assert.That(CanonicalOf(d, "IMF"), Is.EqualTo("International Monetary Fund"));
    }

    [Test]
    public void Process_UndefinedAcronymWithTwoCompatibleLongForms_StaysApart()
    {
        Document d = Resolved(
            "The Pacific Trade Council and the Pacific Transport Commission both met. The PTC issued no statement.",
            ("Pacific Trade Council", Org), ("Pacific Transport Commission", Org), ("PTC", Org));

        Assert.That(CanonicalOf(d, "PTC"), Is.EqualTo("PTC"));
    }

    [Test]
    public void Process_MisspeltAcronym_JoinsTheDefinedOne()
    {
        Document d = Resolved(
            "The Sahel Liberation Front (SLF) grew. Attacks by the SFL rose, and the SLF recruited more.",
            ("Sahel Liberation Front", Org), ("SLF", Org), ("SFL", Org));

        Assert.That(ClusterOf(d, "SFL"), Is.EqualTo(ClusterOf(d, "SLF")));
    }

    [TestCase("IMF", "International Monetary Fund", "IMO")]
    [TestCase("WHO", "World Health Organization", "WTO")]
    [TestCase("UNDP", "United Nations Development Programme", "UNEP")]
    [TestCase("ECB", "European Central Bank", "EIB")]
    public void Process_DifferentAcronymOneLetterAway_DoesNotMerge(string known, string longForm, string other)
    {
        Document d = Resolved(
            $"The {longForm} ({known}) met. Officials of the {other} attended, and the {known} thanked the {other}.",
            (longForm, Org), (known, Org), (other, Org));

        Assert.That(ClusterOf(d, other), Is.Not.EqualTo(ClusterOf(d, known)));
    }

    [Test]
    public void Process_SurnameAfterFullName_JoinsWithFullNameAsCanonical()
    {
        Document d = Resolved(
            "Interim Prime Minister Farhan Siddiqui spoke first. Siddiqui said little.",
            ("Farhan Siddiqui", Per), ("Siddiqui", Per));

        Assert.That(CanonicalOf(d, "Siddiqui"), Is.EqualTo("Farhan Siddiqui"));
    }

    [Test]
    public void Process_HonorificAndSurname_StripsHonorific()
    {
        Document d = Resolved(
            "Angela Merkel arrived late. Mrs. Merkel apologised.",
            ("Angela Merkel", Per), ("Mrs. Merkel", Per));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "Mrs. Merkel"), Is.EqualTo(ClusterOf(d, "Angela Merkel")));
            Assert.That(CanonicalOf(d, "Mrs. Merkel"), Is.EqualTo("Angela Merkel"));
        });
    }

    [TestCase("Mullah Akhtar Mansour", "Akhtar Mansour")]
    [TestCase("Dr. Ines Carvalho", "Ines Carvalho")]
    [TestCase("Gen. Viktor Hallstrom", "Viktor Hallstrom")]
    [TestCase("Mr. Ivan Petrovic", "Ivan Petrovic")]
    public void Process_Honorific_IsStrippedFromCanonical(string mention, string canonical)
    {
        Document d = Resolved($"Yesterday {mention} spoke.", (mention, Per));

        Assert.That(CanonicalOf(d, mention), Is.EqualTo(canonical));
    }

    [Test]
    public void Process_MiddleNameVariant_JoinsLongerName()
    {
        Document d = Resolved(
            "Maria Ivanovna Petrova wrote the report. Maria Petrova is a fellow.",
            ("Maria Ivanovna Petrova", Per), ("Maria Petrova", Per));

        Assert.That(CanonicalOf(d, "Maria Petrova"), Is.EqualTo("Maria Ivanovna Petrova"));
    }

    // A titled surname used before the one full name with it, which is never given that title and whose first name the text
    // uses alone, is a relative's surname, not that person's; a name that is titled later stays one person.
    [Test]
    public void Process_TitledSurnameAndARelativesFullName_StayApart()
    {
        Document d = Resolved(
            "President Calder spoke on Monday. His son Hunter Calder was not there. Hunter has said he will testify. Calder said the talks were good.",
            ("Calder", Per), ("Hunter Calder", Per), ("Hunter", Per));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "Calder"), Is.Not.EqualTo(ClusterOf(d, "Hunter Calder")));
            Assert.That(ClusterOf(d, "Hunter"), Is.EqualTo(ClusterOf(d, "Hunter Calder")));
        });
    }

    // The same when the text introduces the full name after a kinship noun, without using the first name alone.
    [TestCase("President Calder spoke on Monday. His son, Hunter Calder, was not there. Calder said the talks were good.")]
    [TestCase("President Calder spoke on Monday. The President's daughter Ana Calder was not there. Calder said the talks were good.")]
    public void Process_TitledSurnameAndAFullNameAfterAKinshipNoun_StayApart(string text)
    {
        string relative = text.Contains("Ana", StringComparison.Ordinal) ? "Ana Calder" : "Hunter Calder";
        Document d = Resolved(text, ("Calder", Per), (relative, Per));

        Assert.That(ClusterOf(d, "Calder"), Is.Not.EqualTo(ClusterOf(d, relative)));
    }

    // Two first names before one surname name two people of it, so a titled surname is not the one the text spelled out,
    // wherever that appears; a first name that stands for a full name of another surname is no such pair.
    [Test]
    public void Process_TitledSurnameAndAFullNameSharingItsSurname_StayApart()
    {
        Document d = Resolved(
            "We have a statement from Joe and Jill Calder. President Calder said the talks were good.",
            ("Jill Calder", Per), ("Calder", Per));

        Assert.That(ClusterOf(d, "Calder"), Is.Not.EqualTo(ClusterOf(d, "Jill Calder")));
    }

    [Test]
    public void Process_FirstNameOfAnotherFullNameBeforeAnd_DoesNotSplitTheSurname()
    {
        Document d = Resolved(
            "Jake Moss spoke. The meeting between Jake and Benny Calder went well. Minister Calder said the talks were good.",
            ("Jake Moss", Per), ("Benny Calder", Per), ("Calder", Per));

        Assert.That(ClusterOf(d, "Calder"), Is.EqualTo(ClusterOf(d, "Benny Calder")));
    }

    [Test]
    public void Process_TitledSurnameAndAFullNameWithoutFirstNameUse_Join()
    {
        Document d = Resolved(
            "President Calder spoke on Monday. Viktor Calder said the talks were good.",
            ("Calder", Per), ("Viktor Calder", Per));

        Assert.That(ClusterOf(d, "Calder"), Is.EqualTo(ClusterOf(d, "Viktor Calder")));
    }

    [Test]
    public void Process_SurnameSharedByTwoPeople_StaysUnresolved()
    {
        Document d = Resolved(
            "Imran Malik and Sara Malik disagreed. Malik left.",
            ("Imran Malik", Per), ("Sara Malik", Per), ("Malik", Per));

        Assert.That(CanonicalOf(d, "Malik"), Is.EqualTo("Malik"));
    }

    [Test]
    public void Process_RolesBeforeName_AreKeptAsRoles()
    {
        Document d = Resolved(
            "Ruritania's interim Prime Minister Farhan Siddiqui spoke. Rebel spokesman Omar Haidari replied. "
            + "The statement by Ruritania's Special Envoy for Borduria, Lena Weiss, was brief.",
            ("Farhan Siddiqui", Per), ("Omar Haidari", Per), ("Lena Weiss", Per), ("Ruritania", Gpe), ("Borduria", Gpe));

        Assert.Multiple(() =>
        {
            Assert.That(d.Entities.First(e => e.Text == "Farhan Siddiqui").Roles, Is.EqualTo(new[] { "interim Prime Minister" }));
            Assert.That(d.Entities.First(e => e.Text == "Omar Haidari").Roles, Is.EqualTo(new[] { "Rebel spokesman" }));
            Assert.That(d.Entities.First(e => e.Text == "Lena Weiss").Roles, Is.EqualTo(new[] { "Special Envoy for Borduria" }));
            Assert.That(CanonicalOf(d, "Farhan Siddiqui"), Is.EqualTo("Farhan Siddiqui"));
        });
    }

    [Test]
    public void Process_PossessiveAndPluralDemonym_JoinBaseForm()
    {
        Document d = Resolved(
            "Ruritania's army moved. Ruritania denied it. A Ruritanian officer said many Ruritanians agreed.",
            ("Ruritania's", Gpe), ("Ruritania", Gpe), ("Ruritanian", Norp), ("Ruritanians", Norp));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "Ruritania's"), Is.EqualTo(ClusterOf(d, "Ruritania")));
            Assert.That(CanonicalOf(d, "Ruritania's"), Is.EqualTo("Ruritania"));
            Assert.That(ClusterOf(d, "Ruritanians"), Is.EqualTo(ClusterOf(d, "Ruritanian")));
        });
    }

    [Test]
    public void Process_PluralGroupAfterTheSameWords_JoinsItsSingular()
    {
        // "the Senate Calderist shutdown" uses the group's name as an adjective: one group all the same.
        Document d = Resolved(
            "Senate Calderists blocked the bill. The Senate Calderist shutdown began. Many Riverton Americans and one Riverton American objected.",
            ("Senate Calderists", Org), ("Senate Calderist", Org), ("Riverton Americans", Norp), ("Riverton American", Norp));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "Senate Calderist"), Is.EqualTo(ClusterOf(d, "Senate Calderists")));
            Assert.That(CanonicalOf(d, "Senate Calderist"), Is.EqualTo("Senate Calderists"));
            Assert.That(ClusterOf(d, "Riverton American"), Is.EqualTo(ClusterOf(d, "Riverton Americans")));
            Assert.That(CanonicalOf(d, "Riverton Americans"), Is.EqualTo("Riverton American"));
        });
    }

    [Test]
    public void Process_PluralPlace_IsNotItsSingular()
    {
        // The Calderias are a region, not the country Calderia; a group's plural still joins its singular.
        Document d = Resolved(
            "Calderia signed the pact. Trade across the Calderias grew, and the Calderians and one Calderian spoke.",
            ("Calderia", Gpe), ("Calderias", EntityLabels.Location), ("Calderians", Norp), ("Calderian", Norp));

        Assert.Multiple(() =>
        {
            Assert.That(ClusterOf(d, "Calderias"), Is.Not.EqualTo(ClusterOf(d, "Calderia")));
            Assert.That(CanonicalOf(d, "Calderia"), Is.EqualTo("Calderia"));
            Assert.That(ClusterOf(d, "Calderian"), Is.EqualTo(ClusterOf(d, "Calderians")));
        });
    }

    [Test]
    public void Process_Clusters_AreNumberedInOrderOfFirstMention()
    {
        Document d = Resolved(
            "Lena Weiss met Omar Haidari. Weiss spoke, then Haidari.",
            ("Lena Weiss", Per), ("Omar Haidari", Per), ("Weiss", Per), ("Haidari", Per));

        Assert.That(d.Entities.Select(e => e.ClusterId), Is.EqualTo(new[] { "c1", "c2", "c1", "c2" }));
    }

    [Test]
    public void Process_DatesAndFigures_AreNotClustered()
    {
        Document d = Resolved("In 2023 prices rose 60% in Ruritania.", ("2023", EntityLabels.Date), ("60%", EntityLabels.Percent), ("Ruritania", Gpe));

        Assert.Multiple(() =>
        {
            Assert.That(d.Entities.First(e => e.Text == "2023").ClusterId, Is.Null);
            Assert.That(d.Entities.First(e => e.Text == "Ruritania").ClusterId, Is.EqualTo("c1"));
            Assert.That(d.Has(DocumentLayers.Resolution), Is.True);
        });
    }

    [Test]
    public void Process_ManyMentions_FinishesAndKeepsOrder()
    {
        string text = string.Concat(Enumerable.Repeat("The ABC met Lena Weiss. Weiss and the ABD spoke. ", 5000));
        Document d = Resolved(text, ("ABC", Org), ("ABD", Org), ("Lena Weiss", Per), ("Weiss", Per));

        Assert.That(d.Entities.Select(e => e.ClusterId).Distinct().Count(), Is.EqualTo(3));
    }
}
