using System.Text.Json;

namespace PolicyTextAnalysis.Tests.Output;

public class AnalysisJsonTests
{
    private static AnalysisResult SampleResult() => new()
    {
        Sentences = [new Sentence(0, 84, 0, 12)],
        Entities =
        [
            new EntityMention { Text = "Kakar", Label = EntityLabels.Person, Start = 650, End = 655, Canonical = "Anwar-ul-Haq Kakar", ClusterId = "c4", Confidence = 0.97 },
        ],
        Quotes = [new Quote { Text = "is not responsible", Start = 10, End = 28, Kind = QuoteKind.Mixed, Speaker = "Zabihullah Mujahid", SpeakerClusterId = "c7", Cue = "said" }],
        Claims =
        [
            new ClaimMention
            {
                Text = "terrorism has increased by 60%", Start = 1, End = 31, Types = [ClaimType.Statistical, ClaimType.Causal], Speaker = "author",
                Checkworthiness = 0.93, Quantities = [new Quantity { Text = "60%", Value = 0.6, Unit = "percent" }],
            },
        ],
        Stances = [new StanceRelation { Holder = "author", Target = "forced deportation", Polarity = StancePolarity.Against, Confidence = 0.8, Evidence = [new TextSpan(5, 9)] }],
    };

    [Test]
    public void ToJson_WritesSchemaV1FieldNamesAndEnumValues()
    {
        using JsonDocument json = JsonDocument.Parse(SampleResult().ToJson());
        JsonElement root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("sentences")[0].EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "start", "end" }));
            JsonElement entity = root.GetProperty("entities")[0];
            Assert.That(entity.EnumerateObject().Select(p => p.Name),
                Is.SupersetOf(new[] { "text", "label", "start", "end", "canonical", "clusterId", "confidence" }));
            Assert.That(entity.GetProperty("label").GetString(), Is.EqualTo("PERSON"));
            Assert.That(root.GetProperty("quotes")[0].GetProperty("kind").GetString(), Is.EqualTo("mixed"));
            Assert.That(root.GetProperty("quotes")[0].GetProperty("speakerClusterId").GetString(), Is.EqualTo("c7"));
            Assert.That(root.GetProperty("claims")[0].GetProperty("types")[1].GetString(), Is.EqualTo("causal"));
            Assert.That(root.GetProperty("claims")[0].GetProperty("quantities")[0].GetProperty("value").GetDouble(), Is.EqualTo(0.6));
            Assert.That(root.GetProperty("stances")[0].GetProperty("polarity").GetString(), Is.EqualTo("against"));
            Assert.That(root.GetProperty("stances")[0].GetProperty("evidence")[0].EnumerateObject().Select(p => p.Name),
                Is.EquivalentTo(new[] { "start", "end" }));
        });
    }

    [Test]
    public void FromJson_OfToJson_RoundTripsEveryField()
    {
        AnalysisResult original = SampleResult();

        AnalysisResult back = AnalysisResult.FromJson(original.ToJson());

        Assert.Multiple(() =>
        {
            Assert.That(back.ToJson(), Is.EqualTo(original.ToJson()));
            Assert.That(back.Entities[0], Is.EqualTo(original.Entities[0]));
            Assert.That(back.Quotes[0], Is.EqualTo(original.Quotes[0]));
            Assert.That(back.Claims[0].Types, Is.EqualTo(original.Claims[0].Types));
            Assert.That(back.Stances[0].Evidence, Is.EqualTo(original.Stances[0].Evidence));
        });
    }

    [Test]
    public void FromJson_OfAnalysedSourceText_RoundTrips()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(SourceText.Value);

        Assert.That(AnalysisResult.FromJson(result.ToJson()).ToJson(), Is.EqualTo(result.ToJson()));
    }

    [TestCase("not json")]
    [TestCase("null")]
    [TestCase("{\"schemaVersion\": 2}")]
    public void FromJson_Invalid_ThrowsFormatException(string json)
    {
        Assert.That(() => AnalysisResult.FromJson(json), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void ToJson_KeepsNonAsciiReadableAndEscapesHtml()
    {
        var result = new AnalysisResult
        {
            Entities = [new EntityMention { Text = "Tehreek‑e‑Taliban “<script>”", Label = "ORG", Start = 0, End = 5, Canonical = "x" }],
        };

        string json = result.ToJson();

        Assert.That(json, Does.Contain("“").And.Not.Contain("<script>"));
    }
}
