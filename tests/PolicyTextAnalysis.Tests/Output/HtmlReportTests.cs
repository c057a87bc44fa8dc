using System.Text.RegularExpressions;
using PolicyTextAnalysis.Output;

namespace PolicyTextAnalysis.Tests.Output;

public class HtmlReportTests
{
    private const string Text = "Islamabad accused Kabul of harbouring the TTP. \"We will act,\" Kakar said. Deportations rose by 60%.";

    internal static AnalysisResult Synthetic() => new()
    {
        Sentences = [new Sentence(0, 47, 0, 9), new Sentence(48, 74, 9, 10), new Sentence(75, 100, 19, 6)],
        Entities =
        [
            new EntityMention { Text = "Islamabad", Label = "GPE", Start = 0, End = 9, Canonical = "Pakistan", ClusterId = "c1" },
            new EntityMention { Text = "Kabul", Label = "GPE", Start = 18, End = 23, Canonical = "Afghanistan", ClusterId = "c2" },
            new EntityMention { Text = "TTP", Label = "ORG", Start = 42, End = 45, Canonical = "Tehreek-e-Taliban Pakistan", ClusterId = "c3" },
            new EntityMention { Text = "Kakar", Label = "PERSON", Start = 62, End = 67, Canonical = "Anwar-ul-Haq Kakar", ClusterId = "c4" },
            new EntityMention { Text = "60%", Label = "PERCENT", Start = 96, End = 99, Canonical = "60%" },
        ],
        Quotes = [new Quote { Text = "We will act,", Start = 49, End = 61, Kind = QuoteKind.Direct, Speaker = "Anwar-ul-Haq Kakar", Cue = "said" }],
        Claims =
        [
            new ClaimMention { Text = "Deportations rose by 60%.", Start = 75, End = 100, Types = [ClaimType.Statistical], Speaker = "author", Checkworthiness = 0.9 },
            new ClaimMention { Text = "We will act,", Start = 49, End = 61, Types = [ClaimType.Predictive], Speaker = "Anwar-ul-Haq Kakar", Checkworthiness = 0.3 },
        ],
        Stances =
        [
            new StanceRelation { Holder = "Pakistan", Target = "Afghanistan", Polarity = StancePolarity.Against, Confidence = 0.8, Evidence = [new TextSpan(0, 46)] },
            new StanceRelation { Holder = "Pakistan", Target = "Tehreek-e-Taliban Pakistan", Polarity = StancePolarity.Against, Confidence = 0.7 },
            new StanceRelation { Holder = "Afghanistan", Target = "Tehreek-e-Taliban Pakistan", Polarity = StancePolarity.Favor, Confidence = 0.6 },
        ],
    };

    [Test]
    public void Render_MarksEveryEntityAndListsEveryClaim()
    {
        string html = HtmlReport.Render(Synthetic(), Text, "test");

        Assert.Multiple(() =>
        {
            Assert.That(Regex.Count(html, "<mark class=\"ent "), Is.EqualTo(5));
            Assert.That(Regex.Count(html, "<tr><td data-value="), Is.EqualTo(2));
            Assert.That(Regex.Count(html, "<g class=\"node\">"), Is.EqualTo(3));
            Assert.That(html, Does.Contain("data-cluster=\"c4\""));
        });
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("\"onload=\"alert(1)")]
    [TestCase("</style><b>bold</b>")]
    public void Render_InputMarkup_IsEscapedAsText(string hostile)
    {
        string text = $"Kabul said {hostile} today.";
        var result = new AnalysisResult
        {
            Entities = [new EntityMention { Text = "Kabul", Label = "GPE", Start = 0, End = 5, Canonical = hostile, ClusterId = hostile }],
            Quotes = [new Quote { Text = hostile, Start = 11, End = 11 + hostile.Length, Kind = QuoteKind.Direct, Speaker = hostile }],
            Claims = [new ClaimMention { Text = hostile, Start = 0, End = 5, Types = [ClaimType.Factual], Speaker = hostile }],
            Stances = [new StanceRelation { Holder = hostile, Target = "Kabul", Polarity = StancePolarity.Against, Confidence = 1 }],
            Turns = [new Turn { Start = 0, End = text.Length, ContentStart = 0, Label = hostile, Speaker = hostile, Role = TurnRole.Participant }],
        };

        string html = HtmlReport.Render(result, text, hostile);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain(hostile));
            Assert.That(Regex.Count(html, "<script>"), Is.EqualTo(1), "only the report's own script");
            Assert.That(html, Does.Not.Contain("</style><b>"));
        });
    }

    [Test]
    public void Render_OffsetsOutsideTheText_ThrowNamingTheProblem()
    {
        var result = new AnalysisResult { Entities = [new EntityMention { Text = "x", Label = "ORG", Start = 5, End = 500, Canonical = "x" }] };

        Assert.That(() => HtmlReport.Render(result, "short", "t"), Throws.ArgumentException.With.Message.Contains("outside the text"));
    }

    [Test]
    public void Render_Transcript_ListsItsSpeakersAndTheirParts()
    {
        const string text = "MR. ROSS: We will act.\n\nQ Will you?\n\nMR. ROSS: Yes.";
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze(text);

        string html = HtmlReport.Render(result, text, "briefing");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h2 id=\"speakers-h\">Speakers</h2>"));
            Assert.That(html, Does.Contain("the text's voice</td><td>2</td>"));
            Assert.That(html, Does.Contain("questions from the floor</td><td>question</td><td>1</td>"));
        });
    }

    [Test]
    public void Render_NoTranscript_HasNoSpeakersSection()
    {
        Assert.That(HtmlReport.Render(Synthetic(), Text, "test"), Does.Not.Contain("id=\"speakers\""));
    }

    [Test]
    public void Render_IsSelfContained()
    {
        string html = HtmlReport.Render(Synthetic(), Text, "test");

        Assert.That(html, Does.Not.Match("(src|href)=\"(https?:)?//"));
    }
}
