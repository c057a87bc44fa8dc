using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Text;

/// <summary>
/// Token scores on UD sentences stored with their raw text (<c># text =</c>) and one word a line, as in the
/// UNER IOB2 files (EWT web text, PUD news): a second, differently sourced check of the tokenizer rules.
/// </summary>
public static class UdSentenceEvaluation
{
    /// <summary>Token P/R/F1 and how many sentences were scored (sentences whose words cannot be found in order in the text are skipped).</summary>
    public sealed record Result(SpanScore Tokens, int Sentences, int Skipped);

    /// <summary>Scores <paramref name="tokenizer"/> on every sentence of <paramref name="path"/>.</summary>
    public static Result Evaluate(string path, Tokenizer tokenizer, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        SpanScore score = default;
        int sentences = 0, skipped = 0;
        string? text = null;
        var words = new List<string>();
        foreach (string line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = line["# text = ".Length..];
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                int tab = line.IndexOf('\t', StringComparison.Ordinal);
                int tab2 = tab < 0 ? -1 : line.IndexOf('\t', tab + 1);
                if (tab > 0 && tab2 > tab)
                {
                    words.Add(line[(tab + 1)..tab2]);
                }
            }
            else if (line.Length == 0 && words.Count > 0)
            {
                List<TextSpan>? gold = text is null ? null : Align(text, words);
                if (gold is null)
                {
                    skipped++;
                }
                else
                {
                    TokenList predicted = tokenizer.Tokenize(text!);
                    var spans = new List<TextSpan>(predicted.Count);
                    for (int i = 0; i < predicted.Count; i++)
                    {
                        spans.Add(new TextSpan(predicted.Starts[i], predicted.Ends[i]));
                    }

                    score += SpanScore.Compare(spans, gold);
                    if (errors is not null)
                    {
                        MismatchReport.WriteTokenErrors(errors, Path.GetFileNameWithoutExtension(path), text!, spans, gold);
                    }

                    sentences++;
                }

                words.Clear();
                text = null;
            }
        }

        return new Result(score, sentences, skipped);
    }

    /// <summary>Finds each word in order in the text; null when one is missing (the treebank normalised it).</summary>
    private static List<TextSpan>? Align(string text, List<string> words)
    {
        var spans = new List<TextSpan>(words.Count);
        int position = 0;
        foreach (string word in words)
        {
            int index = text.IndexOf(word, position, StringComparison.Ordinal);
            if (index < 0 || text.AsSpan(position, index - position).Trim().Length > 0)
            {
                return null;
            }

            spans.Add(new TextSpan(index, index + word.Length));
            position = index + word.Length;
        }

        return text.AsSpan(position).Trim().Length == 0 ? spans : null;
    }
}
