namespace PolicyTextAnalysis.Tests.Stance;

public class ScareQuoteStanceTests
{
    private static readonly PolicyAnalyzer Analyzer = PolicyAnalyzer.CreateDefault();

    [TestCase("The ministry announced it would deport about 40,000 \"illegal Syrian migrants\" by March.")]
    [TestCase("Officials keep calling the protesters \"dangerous Kurdish radicals\", a label the courts have rejected.")]
    public void Analyze_EvaluativeWordsInScareQuotes_AreNotTheAuthorsStance(string text)
    {
        AnalysisResult result = Analyzer.Analyze(text);

        // A scare quote, or the fragment of someone's reported speech (mixed): in both the words are not the author's.
        IEnumerable<TextSpan> scare = result.Quotes.Where(q => q.Kind is QuoteKind.Scare or QuoteKind.Mixed).Select(q => new TextSpan(q.Start, q.End));
        IEnumerable<TextSpan> authorEvidence = result.Stances.Where(s => s.Holder == "author").SelectMany(s => s.Evidence);
        Assert.Multiple(() =>
        {
            Assert.That(scare, Is.Not.Empty, "the quoted phrase is a scare quote or inside a mixed quote");
            Assert.That(authorEvidence.Where(e => scare.Any(q => q.Contains(e) || e.Contains(q) && e.Length <= q.Length + 2)), Is.Empty);
        });
    }
}
