using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Tests.Entities;

public class GroupMemberRecognizerTests
{
    private static IReadOnlyList<string> Members(string text)
    {
        Document document = PolicyAnalyzer.CreateDefault().Process(text);
        return [.. GroupMemberRecognizer.Default.Recognize(document, CancellationToken.None).Select(m => m.Text)];
    }

    [TestCase("Democrats and Republicans disagree on the budget.", new[] { "Democrats", "Republicans" })]
    [TestCase("A Republican senator and two Tories spoke.", new[] { "Republican", "Tories" })]
    [TestCase("The Christian Democrats won the vote.", new[] { "Christian Democrats" })]
    // Peoples, places' inhabitants and religions from WordNet (Entities/people-nouns.txt).
    [TestCase("Hindus and Sikhs marched, and Iowans voted.", new[] { "Hindus", "Sikhs", "Iowans" })]
    [TestCase("The talks between Shiites and Kurds stalled.", new[] { "Shiites", "Kurds" })]
    public void Recognize_FindsPartyMembers(string text, string[] expected)
    {
        Assert.That(Members(text), Is.EqualTo(expected));
    }

    [TestCase("House Democrats blocked the bill.")]
    [TestCase("The Democratic Party held its convention.")]
    [TestCase("The Republican Study Committee met.")]
    [TestCase("DEMOCRATS AND REPUBLICANS CLASH OVER THE BUDGET AGAIN")]
    [TestCase("Liberal democracies need conservative budgets.")]
    // A people noun WordNet also has in lower case counts only in the plural; one inside a place name is left alone.
    [TestCase("The agency enforces Federal immigration law.")]
    [TestCase("Storms crossed the Indian Ocean.")]
    public void Recognize_InsideANameOrWithoutCase_FindsNothing(string text)
    {
        Assert.That(Members(text), Is.Empty);
    }

    [TestCase("Iowan", "Iowans")]
    [TestCase("Englishman", "Englishmen")]
    [TestCase("Druze", "Druzes")]
    public void Plural_IsTheRegularEnglishPlural(string word, string plural)
    {
        Assert.That(GroupMemberRecognizer.Plural(word), Is.EqualTo(plural));
    }

    [Test]
    public void DefaultPipeline_TypesMembersNorp()
    {
        AnalysisResult result = PolicyAnalyzer.CreateDefault().Analyze("Democrats and Republicans disagree on the budget.");

        Assert.That(result.Entities.Where(e => e.Text is "Democrats" or "Republicans").Select(e => e.Label), Is.EqualTo(new[] { "NORP", "NORP" }));
    }
}
