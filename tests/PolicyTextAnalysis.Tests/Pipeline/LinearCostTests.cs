using System.Text;

namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>
/// Cost stays linear in the input on pathological text: doubling each input at most about doubles the whole
/// pipeline's allocation (a deterministic measure of memory) and time. Quadratic code shows a ratio near 4.
/// </summary>
public sealed class LinearCostTests
{
    // Doubling may cost a little more than twice (array growth by doubling, warm-up); quadratic cost gives about 4.
    private const double MaxAllocationRatio = 2.6;
    private const double MaxTimeRatio = 3.0;

    private static readonly PolicyAnalyzer Analyzer = PolicyAnalyzer.CreateDefault();

    private static IEnumerable<TestCaseData> Inputs()
    {
        yield return Case("NoSentencePunctuation", n => Repeat(NoPunctuation, n), 2_500);
        yield return Case("QuotesWithoutEnd", n => Repeat("\"They said it\" ", n), 25_000);
        yield return Case("DenseEntities", n => Repeat("Obama met Putin and Merkel in Berlin with NATO ", n), 12_000);
        yield return Case("ReportingCuesWithoutPunctuation", n => Repeat("the minister said that the envoy told reporters that ", n), 10_000);
        yield return Case("OneHugeToken", n => new string('a', n), 500_000);
        yield return Case("DeeplyNestedBrackets", n => new string('(', n) + "Kabul" + new string(')', n), 100_000);
        yield return Case("UnclosedOpeningQuotes", n => Repeat("“ Kabul ", n), 25_000);
        yield return Case("QuotedReportsInOneSentence", n => Repeat("Lena Weiss said that Kabul \"will not pay\" and ", n), 8_000);
        yield return Case("LabelLinesAndColons", n => Repeat("Sen. Jane Doe: \"We will act\" as she wrote:\n\n", n), 8_000);
        yield return Case("DashCreditsAndColons", n => Repeat("They said:\n\n\"We will act\" — Sen. Jane Doe of Calder and \"", n), 8_000);
        yield return Case("DottedRunsBeforeAnAt", n => Repeat("a.b-c+d.", n) + "@example.com", 60_000);
        yield return Case("TranscriptTurns", n => Repeat("MR. SMITH: We will act.\n\nQ You said the plan works. Is that so?\n\n", n), 4_000);
        yield return Case("PronounReportsInOneSentence", n => "Lena Weiss spoke and " + Repeat("her sister said that she told him that he said that ", n), 3_000);
        yield return Case("PunctuationRunsInOneSentence", n => Repeat("the plan , , ; , : failed ", n), 6_000);
        yield return Case("StandaloneQuotationParagraphs", n => Repeat("Lena Weiss has worked nights.\n\n\"We are tired.\" Those were the words of Omar Haidari.\n\n\"More.\"\n\n", n), 4_000);
        yield return Case("DefiniteNounsWithOwners", n => Repeat("According to the administration, the Bush administration read the Commission's report. When the report said so, we left. ", n), 4_000);
        yield return Case("InvertedCuesInOneSentence", n => "\"The plan\" " + Repeat(", said the minister, will fail and the vote ", n), 4_000);
        yield return Case("QuotationFramesAfterALongQuotation", n => "\"" + Repeat("We will act and ", n) + "win,\" " + Repeat("the senator, who chairs it, said, ", n), 3_000);
        yield return Case("ColonBlocksWithQuotedParagraphs", n => Repeat("Dr Lena Weiss said:\n\n\"We are tired.\"\n\n\"We need help.\"\n\n", n), 4_000);
        yield return Case("ParliamentaryTurns", n => Repeat("Ann Lee (Bristol West) (Lab): The Minister says that fares will fall.\n\nMr Varley: No (they will not):\n\n", n), 3_000);
        yield return Case("ParenthesisedLabelsInOneLine", n => Repeat("Ann (Lee) (West) ", n) + ":", 20_000);
        yield return Case("AttitudeNounPhrasesOnOneVerb", n => "I rise " + Repeat("in opposition ", n) + "to this bill.", 10_000);
        yield return Case("NestedNominals", n => "Congress should pass " + Repeat("the repeal of ", n) + "the tax.", 10_000);
        yield return Case("QuotedNumbersInOneSentence", n => Repeat("\"1\" ", n), 30_000);
        yield return Case("PronounChains", n => "The new tariffs took effect. " + Repeat("They are a disaster, and it said that we must repeal them. ", n), 3_000);
        yield return Case("EvaluativeSentences", n => Repeat("The reckless plan is a terrible disaster for the poor workers of the great city. ", n), 4_000);
    }

    [TestCaseSource(nameof(Inputs))]
    public void Analyze_DoubledPathologicalInput_AtMostAboutDoublesTheCost(Func<int, string> make, int n)
    {
        string single = make(n);
        string twice = make(2 * n);
        Analyzer.Analyze(make(n / 10));

        CostMeasurement.Doubling cost = CostMeasurement.MeasureDoubling(() => Analyzer.Analyze(single), () => Analyzer.Analyze(twice), MaxTimeRatio);
        TestContext.Out.WriteLine(cost.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(cost.BytesRatio, Is.LessThan(MaxAllocationRatio), cost.ToString());
            Assert.That(cost.TimeRatio, Is.LessThan(MaxTimeRatio), cost.ToString());
        });
    }

    private const string NoPunctuation =
        "Pakistan's interim Prime Minister accused the Taliban of harboring militants and the spokesman said "
        + "the \"forced deportation\" of 1.7 million Afghans was unfair while Islamabad insisted it would not support ";

    private static TestCaseData Case(string name, Func<int, string> make, int n) =>
        new TestCaseData(make, n).SetName($"Analyze_Doubled{name}_AtMostAboutDoublesTheCost");

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
