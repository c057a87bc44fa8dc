namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// The treebanks the syntax models learn from and are scored on: UD English EWT (train/dev/test), the GUM documents of
/// <c>gum-open-genres</c> and <c>gum-news-interview</c> by the official splits in each folder's <c>splits.md</c>, and
/// UD English PUD (test only, out of domain).
/// </summary>
internal static class SyntaxCorpora
{
    /// <summary>The sets by name: <c>ewt-train</c>, <c>ewt-dev</c>, <c>ewt-test</c>, <c>gum-train</c>, <c>gum-dev</c>, <c>gum-test</c>, <c>pud</c>.</summary>
    /// <remarks>A name ending in <c>+quotes</c> (<c>ewt-dev+quotes</c>) is that set with a phrase of each sentence put in
    /// quotation marks where one fits (<see cref="QuoteMarkInsertion"/>, the same phrases on every run): how well the
    /// models read a clause that quotes a speaker's words in the middle.</remarks>
    public static IReadOnlyList<UdSentence> Load(string data, string set)
    {
        const string Quoted = "+quotes";
        if (set.EndsWith(Quoted, StringComparison.Ordinal))
        {
            var random = new Random(7);
            return Load(data, set[..^Quoted.Length]).Select(s => QuoteMarkInsertion.Insert(s, random) ?? s).ToList();
        }

        return LoadPlain(data, set);
    }

    private static IReadOnlyList<UdSentence> LoadPlain(string data, string set) => set switch
    {
        "ewt-train" => UdSentence.Load(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-train.conllu.gz")),
        "ewt-dev" => UdSentence.Load(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-dev.conllu")),
        "ewt-test" => UdSentence.Load(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-test.conllu")),
        "gum-train" or "gum-dev" or "gum-test" => Gum(data, set[4..]),
        "pud" => UdSentence.Load(Path.Combine(data, "ud-english-pud", "en_pud-ud-test.conllu")),
        _ => throw new ArgumentException($"unknown treebank set '{set}'"),
    };

    private static List<UdSentence> Gum(string data, string split)
    {
        var sentences = new List<UdSentence>();
        foreach (string folder in new[] { "gum-open-genres", "gum-news-interview" })
        {
            string root = Path.Combine(data, folder);
            (HashSet<string> dev, HashSet<string> test) = Splits(Path.Combine(root, "splits.md"));
            foreach (string path in Directory.EnumerateFiles(Path.Combine(root, "conllu"), "*.conllu").Order(StringComparer.Ordinal))
            {
                string doc = Path.GetFileNameWithoutExtension(path);
                string of = dev.Contains(doc) ? "dev" : test.Contains(doc) ? "test" : "train";
                if (of == split)
                {
                    sentences.AddRange(UdSentence.Load(path));
                }
            }
        }

        return sentences;
    }

    /// <summary>The dev and test documents listed in a GUM <c>splits.md</c> (<c>## dev</c>, <c>## test</c>, items <c>* NAME</c>).</summary>
    public static (HashSet<string> Dev, HashSet<string> Test) Splits(string path)
    {
        var dev = new HashSet<string>(StringComparer.Ordinal);
        var test = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = line[3..].Trim() switch { "dev" => dev, "test" => test, _ => null };
            }
            else if (current is not null && line.StartsWith("* ", StringComparison.Ordinal))
            {
                current.Add(line[2..].Trim());
            }
        }

        return (dev, test);
    }
}
