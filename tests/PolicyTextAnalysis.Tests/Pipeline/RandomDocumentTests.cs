using System.Text;

namespace PolicyTextAnalysis.Tests.Pipeline;

/// <summary>
/// The whole pipeline on seeded random documents: sentences of the sample text shuffled, cut and spliced with the
/// marks the attribution rules read (quotation marks, speaker labels, source phrases, dashes, brackets). A crash is
/// worse than a wrong answer, so every document must analyse, and every span the result gives must lie inside the text
/// in order.
/// </summary>
public sealed class RandomDocumentTests
{
    private const int Documents = 150;

    private static readonly string[] Inserts =
    [
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", ":", " \u2014 ", " - ", "\n\n", "\n", "(", ")", "[", "]",
        "According to ", " said ", " said, \"", "Q ", "MR. SMITH: ", "THE PRESIDENT: ", "Mr. KING of Iowa. ",
        " that ", ", ", ". ", "?", "!", "\u2026", "...", "\t", "@", "$5", "%", "U.S.", "Dr.", "'s ", " he ", " they ",
        " according to ", "\u00A0", "\u200B", ";", "World War ", " II ", "Second ",
    ];

    [Test]
    public void Analyze_SeededRandomDocuments_AnalyseWithSpansInsideTheText()
    {
        string[] sentences = SourceText.Value.Split([". ", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(30);
        PolicyAnalyzer analyzer = PolicyAnalyzer.CreateDefault();
        var failures = new List<string>();
        for (int d = 0; d < Documents; d++)
        {
            string text = Document(random, sentences);
            try
            {
                AnalysisResult result = analyzer.Analyze(text);
                failures.AddRange(SpanProblems(result, text).Select(p => $"document {d}: {p}"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add($"document {d}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    private static string Document(Random random, string[] sentences)
    {
        var builder = new StringBuilder();
        int count = random.Next(1, 12);
        for (int i = 0; i < count; i++)
        {
            string s = sentences[random.Next(sentences.Length)];
            int mode = random.Next(4);
            if (mode == 0)
            {
                string[] words = s.Split(' ');
                random.Shuffle(words);
                s = string.Join(' ', words);
            }

            for (int k = mode == 2 ? 5 : mode == 1 ? 1 : 0; k > 0 && s.Length > 2; k--)
            {
                int cut = random.Next(s.Length);
                s = s[..cut] + Inserts[random.Next(Inserts.Length)] + s[cut..];
            }

            builder.Append(s).Append(Inserts[random.Next(Inserts.Length)]);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> SpanProblems(AnalysisResult result, string text)
    {
        bool Inside(int start, int end) => start >= 0 && start <= end && end <= text.Length;
        foreach (EntityMention e in result.Entities.Where(e => !Inside(e.Start, e.End) || text[e.Start..e.End] != e.Text))
        {
            yield return $"entity {e.Text} [{e.Start}, {e.End})";
        }

        foreach (Quote q in result.Quotes.Where(q => !Inside(q.Start, q.End) || q.End == q.Start))
        {
            yield return $"quote [{q.Start}, {q.End})";
        }

        foreach (ClaimMention c in result.Claims.Where(c => !Inside(c.Start, c.End) || c.End == c.Start))
        {
            yield return $"claim [{c.Start}, {c.End})";
        }

        foreach (StanceRelation s in result.Stances.Where(s => s.Holder.Length == 0 || s.Target.Length == 0 || s.Evidence.Any(v => !Inside(v.Start, v.End))))
        {
            yield return $"stance {s.Holder} -> {s.Target}";
        }

        if (result.Entities.Zip(result.Entities.Skip(1)).Any(p => p.First.Start > p.Second.Start)
            || result.Quotes.Zip(result.Quotes.Skip(1)).Any(p => p.First.Start > p.Second.Start))
        {
            yield return "entities or quotes out of order";
        }
    }
}
