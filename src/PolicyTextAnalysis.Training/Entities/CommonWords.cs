using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Counts words written in lower case in unlabelled text of the data folder (GMB train tokens and the argument,
/// claim and perspective corpora; no evaluation set) and keeps those seen at least three times, as hashes.
/// </summary>
internal static class CommonWords
{
    private static readonly string[] Sources =
    [
        "gmb-ner/gmb_train.conll",
        "ibm-argq-30k/arg_quality_rank_30k.csv",
        "claimbuster/train.json",
        "perspectrum/perspective_pool_v1.0.json",
        "perspectrum/perspectrum_with_answers_v1.0.json",
        "ibm-claim-stance/claim_stance_dataset_v1.csv",
    ];

    public static HashSet<ulong> Build(string data, TextWriter log)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (string source in Sources)
        {
            string path = Path.Combine(data, source);
            if (!File.Exists(path))
            {
                continue;
            }

            string text = File.ReadAllText(path);
            TokenList tokens = Tokenizer.Default.Tokenize(text);
            for (int i = 0; i < tokens.Count; i++)
            {
                ReadOnlySpan<char> word = tokens.CharsAt(i);
                if (tokens.Kinds[i] == TokenKind.Word && word.Length > 0 && IsLowerWord(word))
                {
                    ulong h = FeatureHash.Chars(word, lower: true);
                    counts[h] = counts.GetValueOrDefault(h) + 1;
                }
            }
        }

        var common = new HashSet<ulong>(counts.Where(p => p.Value >= 3).Select(p => p.Key));
        log.WriteLine($"common words: {common.Count:N0} (of {counts.Count:N0} lower-case forms)");
        return common;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c) && c is not '-' and not '\'')
            {
                return false;
            }
        }

        return true;
    }
}
