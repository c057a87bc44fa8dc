using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Corpora;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Text;

/// <summary>Scores the tokenizer and sentence splitter against CoNLL-U gold (GUM news and interviews).</summary>
public static class TextLayerEvaluation
{
    /// <summary>Token and sentence-boundary scores summed over documents.</summary>
    public sealed record Result(SpanScore Tokens, SpanScore SentenceEnds, int Documents);

    /// <summary>
    /// Evaluates on every <c>*.conllu</c> file of <paramref name="folder"/> that <paramref name="include"/> accepts;
    /// when <paramref name="errors"/> is given, every token and sentence-end mismatch is written to it with context.
    /// </summary>
    public static Result Evaluate(string folder, Tokenizer tokenizer, Func<string, bool>? include = null, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        SpanScore tokens = default;
        SpanScore ends = default;
        int documents = 0;
        foreach (string file in Directory.EnumerateFiles(folder, "*.conllu").Order(StringComparer.Ordinal))
        {
            var gold = ConlluDocument.Load(file);
            if (include is not null && !include(gold.Id))
            {
                continue;
            }

            TokenList predicted = tokenizer.Tokenize(gold.Text);
            var predictedSpans = new List<TextSpan>(predicted.Count);
            for (int i = 0; i < predicted.Count; i++)
            {
                predictedSpans.Add(new TextSpan(predicted.Starts[i], predicted.Ends[i]));
            }

            IReadOnlyList<Sentence> sentences = SentenceSplitter.Default.Split(gold.Text, predicted);
            tokens += SpanScore.Compare(predictedSpans, gold.Tokens);
            ends += SpanScore.Compare(sentences.Select(s => s.End), gold.Sentences.Select(s => s.End));
            if (errors is not null)
            {
                MismatchReport.WriteTokenErrors(errors, gold.Id, gold.Text, predictedSpans, gold.Tokens);
                MismatchReport.WriteSentenceErrors(errors, gold.Id, gold.Text, [.. sentences.Select(s => s.End)], [.. gold.Sentences.Select(s => s.End)]);
            }

            documents++;
        }

        return new Result(tokens, ends, documents);
    }
}
