namespace PolicyTextAnalysis.Tests.Syntax;

/// <summary>A day written between the subject and its verb (news style) is the verb's time, not a second subject.</summary>
public sealed class TemporalSubjectRepairTests
{
    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(() => PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true }));

    [TestCase("Officials Monday warned that the storm would hit the coast.", "Monday", "Officials", "warned")]
    [TestCase("Israeli army Wednesday said it posted the offer.", "Wednesday", "army", "said")]
    [TestCase("Mr. Bush Saturday found they were no longer threats.", "Saturday", "Bush", "found")]
    [TestCase("Earlier Sunday Iraqi Prime Minister Nouri al-Maliki urged parliament to cancel its break.", "Sunday", "Nouri", "urged")]
    public void Parse_ADayBetweenSubjectAndVerb_IsTheVerbsOblique(string text, string day, string subject, string verb)
    {
        Document document = Analyzer.Value.Process(text);
        var tokens = document.Tokens.ToList();
        Token Find(string word) => tokens.First(t => t.Chars.SequenceEqual(word));

        Assert.Multiple(() =>
        {
            Assert.That(Find(day).Dep, Is.EqualTo("obl:unmarked"));
            Assert.That(Find(day).Head, Is.EqualTo(Find(verb).Index));
            Assert.That(Find(subject).Dep, Is.EqualTo("nsubj"));
            Assert.That(Find(subject).Head, Is.EqualTo(Find(verb).Index));
        });
    }

    [Test]
    public void Parse_ADayThatIsTheOnlySubject_StaysTheSubject()
    {
        Document document = Analyzer.Value.Process("Monday was a holiday.");

        Assert.That(document.Tokens.First(t => t.Chars.SequenceEqual("Monday")).Dep, Is.EqualTo("nsubj"));
    }

    [Test]
    public void Quotes_ADayBetweenSpeakerAndCue_LeavesTheSpeaker()
    {
        AnalysisResult result = Analyzer.Value.Analyze("Officials Monday warned that the storm would hit the coast.");

        Assert.That(result.Quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Officials" }));
    }
}
