using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Entities;

public sealed class GazetteerRecognizerTests
{
    private static IReadOnlyList<EntityMention> Recognize(IEntityRecognizer recognizer, string text)
    {
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        return recognizer.Recognize(document, CancellationToken.None);
    }

    private static string[] Spans(IEnumerable<EntityMention> mentions) => [.. mentions.Select(m => $"{m.Text}/{m.Label}")];

    [TestCase("Norway and Brazil signed the accord.", "Norway/GPE", "country:NOR")]
    [TestCase("Talks were held in Nairobi on trade.", "Nairobi/GPE", null)]
    [TestCase("Kenyan officials were present.", "Kenyan/NORP", "country:KEN")]
    [TestCase("Thousands of Afghans crossed back.", "Afghans/NORP", "country:AFG")]
    [TestCase("The Pakistani army moved north.", "Pakistani/NORP", "country:PAK")]
    [TestCase("Boko Haram attacked a village.", "Boko Haram/ORG", null)]
    [TestCase("NATO leaders met in Brussels.", "NATO/ORG", null)]
    [TestCase("BRAZIL WINS THE VOTE", "BRAZIL/GPE", "country:BRA")]
    public void Recognize_KnowledgeBaseName_FindsLabelAndLink(string text, string expected, string? kbId)
    {
        IReadOnlyList<EntityMention> found = GazetteerRecognizer.Default.Recognize(
            new TextStage().Process(Document.FromText(text), CancellationToken.None), CancellationToken.None);
        EntityMention? mention = found.FirstOrDefault(m => $"{m.Text}/{m.Label}" == expected);
        Assert.That(mention, Is.Not.Null, string.Join(" | ", Spans(found)));
        Assert.That(mention!.KbId, kbId is null ? Is.Not.Null : Is.EqualTo(kbId));
    }

    [TestCase("Officials said al-Shabaab claimed the attack.", "al-Shabaab")]
    [TestCase("Al-Shabaab claimed the attack.", "Al-Shabaab")]
    [TestCase("They blamed Al Shabaab for the attack.", "Al Shabaab")]
    [TestCase("AL-SHABAAB CLAIMS ATTACK", "AL-SHABAAB")]
    public void Recognize_NameWithArabicArticle_FoundJoinedApartAndCapitalised(string text, string expected)
    {
        IReadOnlyList<EntityMention> found = Recognize(GazetteerRecognizer.Default, text);
        Assert.That(Spans(found), Does.Contain($"{expected}/ORG"));
    }

    [TestCase("The new york of a turkey dinner.")]
    [TestCase("us and them")]
    [TestCase("Chad is a cook, said the chad.")]
    public void Recognize_LowerCaseOrShortWords_AreNotMistakenForNames(string text)
    {
        IReadOnlyList<EntityMention> found = Recognize(GazetteerRecognizer.Default, text);
        Assert.That(found.Where(m => char.IsLower(m.Text[0]) || m.Text == "us"), Is.Empty, string.Join(" | ", Spans(found)));
    }

    [Test]
    public void Recognize_CapitalMention_LinksToTheCity()
    {
        IReadOnlyList<EntityMention> found = Recognize(GazetteerRecognizer.Default, "Islamabad will not support the plan.");
        Assert.That(found.Single().KbId, Does.StartWith("city:"));
    }

    [Test]
    public void CustomEntities_Phrase_IsFoundInAnyCaseWithItsCanonicalName()
    {
        IEntityRecognizer recognizer = new CustomEntities()
            .Add("Zorblax Treaty", EntityLabels.Law, canonical: "The Zorblax Treaty of 1902")
            .ToRecognizer();
        EntityMention mention = Recognize(recognizer, "They broke the zorblax treaty again.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(mention.Text, Is.EqualTo("zorblax treaty"));
            Assert.That(mention.Label, Is.EqualTo(EntityLabels.Law));
            Assert.That(mention.Canonical, Is.EqualTo("The Zorblax Treaty of 1902"));
        });
    }

    [Test]
    public void CustomEntities_CaseSensitivePhrase_IgnoresOtherCases()
    {
        IEntityRecognizer recognizer = new CustomEntities().Add("ZX", EntityLabels.Organization, caseSensitive: true).ToRecognizer();
        Assert.That(Spans(Recognize(recognizer, "ZX said zx and Zx.")), Is.EqualTo(new[] { "ZX/ORG" }));
    }

    [Test]
    public void CustomEntities_LongestPhraseWins()
    {
        IEntityRecognizer recognizer = new CustomEntities()
            .Add("Brenner", EntityLabels.GeopoliticalEntity)
            .Add("Brenner Pass", EntityLabels.Location)
            .ToRecognizer();
        Assert.That(Spans(Recognize(recognizer, "They crossed the Brenner Pass.")), Is.EqualTo(new[] { "Brenner Pass/LOC" }));
    }

    [Test]
    public void CustomEntities_PhrasesSharingWords_AreEachFoundInAnyCase()
    {
        // The trie keeps a lone child apart from a dictionary of several: a word shared by one phrase, then by three,
        // and a phrase added again in another case, must all still match.
        IEntityRecognizer recognizer = new CustomEntities()
            .Add("Port Zeller", EntityLabels.GeopoliticalEntity)
            .Add("PORT ZELLER Basin", EntityLabels.Location)
            .Add("Port Quaid", EntityLabels.GeopoliticalEntity)
            .Add("port Marlow", EntityLabels.GeopoliticalEntity)
            .ToRecognizer();

        Assert.That(
            Spans(Recognize(recognizer, "Ships sailed from port zeller basin and Port Zeller to PORT QUAID, not Port Marlow.")),
            Is.EqualTo(new[] { "port zeller basin/LOC", "Port Zeller/GPE", "PORT QUAID/GPE", "Port Marlow/GPE" }));
    }

    [TestCase("shape:Xxxx+ lower:airport", "Flights left Kansai International Airport at dawn.", "Kansai International Airport")]
    [TestCase("shape:Xxxx+ lower:airport|airbase", "Jets flew from Shindand Airbase.", "Shindand Airbase")]
    [TestCase("lower:operation shape:Xx-x-Xx", "They launched Operation Desert-o-Storm last year.", "Operation Desert-o-Storm")]
    [TestCase("text:Article kind:Number", "Article 370 was repealed.", "Article 370")]
    [TestCase("lower:the? shape:Xxxx lower:line", "They reached the Maginot Line at night.", "the Maginot Line")]
    public void CustomEntities_Pattern_FindsLongestMatch(string pattern, string text, string expected)
    {
        IEntityRecognizer recognizer = new CustomEntities().AddPattern("FAC", pattern).ToRecognizer();
        Assert.That(Recognize(recognizer, text).Select(m => m.Text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("shape:Xxxx?")]
    [TestCase("color:red")]
    [TestCase("kind:Banana")]
    [TestCase("")]
    public void CustomEntities_BadPattern_ThrowsFormatExceptionNamingIt(string pattern) =>
        Assert.That(() => new CustomEntities().AddPattern("ORG", pattern), Throws.TypeOf<FormatException>().With.Message.Contains("pattern"));

    [Test]
    public void CustomEntities_PatternOnLongCapitalisedRun_StaysBounded()
    {
        IEntityRecognizer recognizer = new CustomEntities().AddPattern("ORG", "shape:Xxxx+ lower:ministry").ToRecognizer();
        string text = string.Join(' ', Enumerable.Repeat("Abc", 20_000)) + " Ministry";
        Assert.That(Recognize(recognizer, text), Has.Count.EqualTo(1));
    }

    [Test]
    public void Create_WithCustomEntities_AddsThemToTheEntityLayer()
    {
        var options = new AnalyzerOptions { CustomEntities = new CustomEntities().Add("Quuxland Front", EntityLabels.Organization) };
        AnalysisResult result = PolicyAnalyzer.Create(options).Analyze("The Quuxland Front met 3 officials in Norway.");
        Assert.That(result.Entities.Select(e => $"{e.Text}/{e.Label}"),
            Is.EqualTo(new[] { "Quuxland Front/ORG", "3/CARDINAL", "Norway/GPE" }));
    }
    [Test]
    public void Recognize_CommonWordCityAtSentenceStart_IsSkippedButFoundLater()
    {
        IReadOnlyList<EntityMention> found = Recognize(GazetteerRecognizer.Default, "Turkey prices rose. Talks with Turkey resumed.");
        Assert.That(found.Select(m => m.Start), Is.EqualTo(new[] { 31 }));
    }

    [TestCase('x')]
    [TestCase('"')]
    [TestCase('9')]
    public void Recognize_TenThousandCharacterTokensAndEmoji_DoesNotThrow(char fill)
    {
        string text = new string(fill, 10_000) + " 😀👍🏽 Norway " + new string(fill, 10_000) + " مرحبا Kenya 中文";
        IReadOnlyList<EntityMention> found = Recognize(GazetteerRecognizer.Default, text);
        Assert.That(found.Select(m => m.Text), Is.SupersetOf(new[] { "Norway", "Kenya" }));
    }
}
