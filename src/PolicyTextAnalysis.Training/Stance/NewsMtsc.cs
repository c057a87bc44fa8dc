using System.Globalization;
using System.Text.Json;
using PolicyTextAnalysis.Syntax;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>One NewsMTSC target: a sentence processed by our text and syntax stages, the target's tokens and its polarity.</summary>
/// <param name="Sentence">The sentence as a document (tokens, sentences, syntax); shared by the sentence's targets.</param>
/// <param name="FirstToken">The target's first token.</param>
/// <param name="EndToken">One past the target's last token.</param>
/// <param name="Label">0 negative (against), 1 neutral, 2 positive (favour): the model's class order.</param>
internal sealed record NewsMtscTarget(Document Sentence, int FirstToken, int EndToken, int Label);

/// <summary>
/// Reads NewsMTSC (Hamborg and Donnay 2021) JSONL files: one sentence per line with targets whose <c>from</c>/<c>to</c>
/// are character offsets (end exclusive) and whose <c>polarity</c> is 2.0 negative, 4.0 neutral, 6.0 positive.
/// </summary>
internal static class NewsMtsc
{
    /// <summary>The class names in label order.</summary>
    public static readonly string[] LabelNames = ["against", "neutral", "favor"];

    /// <summary>Loads <c>newsmtsc/{split}.jsonl</c> under <paramref name="dataDir"/> and runs the text and syntax stages on every sentence.</summary>
    /// <exception cref="InvalidDataException">A line has an unknown polarity or a target outside its sentence.</exception>
    public static List<NewsMtscTarget> Load(string dataDir, string split)
    {
        string path = Path.Combine(dataDir, "newsmtsc", split + ".jsonl");
        var text = new TextStage();
        var syntax = new SyntaxStage();
        var targets = new List<NewsMtscTarget>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            string sentence = json.RootElement.GetProperty("sentence_normalized").GetString() ?? "";
            Document document = syntax.Process(text.Process(Document.FromText(sentence), CancellationToken.None), CancellationToken.None);
            foreach (JsonElement target in json.RootElement.GetProperty("targets").EnumerateArray())
            {
                int from = target.GetProperty("from").GetInt32();
                int to = target.GetProperty("to").GetInt32();
                double polarity = target.GetProperty("polarity").GetDouble();
                int label = polarity switch
                {
                    2.0 => 0,
                    4.0 => 1,
                    6.0 => 2,
                    _ => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{split}.jsonl line {lineNumber}: unknown polarity {polarity}.")),
                };
                (int first, int end) = Tokens(document, from, to)
                    ?? throw new InvalidDataException($"{split}.jsonl line {lineNumber}: target [{from}, {to}) covers no token.");
                targets.Add(new NewsMtscTarget(document, first, end, label));
            }
        }

        return targets;
    }

    /// <summary>The tokens overlapping the characters <c>[from, to)</c>, or null when none does.</summary>
    public static (int First, int End)? Tokens(Document document, int from, int to)
    {
        int first = -1, end = -1;
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            if (document.Tokens.Ends[t] > from && document.Tokens.Starts[t] < to)
            {
                first = first < 0 ? t : first;
                end = t + 1;
            }
        }

        return first < 0 ? null : (first, end);
    }
}
