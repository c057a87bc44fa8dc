using System.Globalization;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// The corpora <c>train-ner --mixture</c> adds to GMB, re3d and GUM: <c>uner</c> (UNER English EWT train),
/// <c>fewnerd</c> (Few-NERD INTER, the fully labelled file), <c>crossner</c> (train of every domain and dev of every
/// domain but politics, whose dev is kept for choosing), <c>redocred</c> (Re-DocRED dev documents; its test file is not
/// used) and <c>btc</c> (Broad Twitter Corpus). A spec is <c>name[:max][@weight]</c>: at most <c>max</c> sentences
/// (a seeded sample) and the update weight of each. Each sentence records the types its corpus leaves unannotated.
/// </summary>
internal static class NerMixture
{
    /// <summary>The corpora that can be added, with the types each does not annotate (so its O may hide them).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Unannotated = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["uner"] = [EntityLabels.Norp, EntityLabels.Product, EntityLabels.Event, EntityLabels.WorkOfArt, EntityLabels.Law, EntityLabels.Language],
        ["btc"] = [EntityLabels.Norp, EntityLabels.Product, EntityLabels.Event, EntityLabels.WorkOfArt, EntityLabels.Law, EntityLabels.Language],
        ["fewnerd"] = [EntityLabels.Norp],
        ["crossner"] = [],
        ["redocred"] = [],
    };

    /// <summary>Types the base corpora do not annotate (GMB is taken as complete, as before).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> BaseUnannotated = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["gmb"] = [],
        ["re3d"] = [EntityLabels.Facility, EntityLabels.Product, EntityLabels.Event, EntityLabels.WorkOfArt, EntityLabels.Language],
        ["gum"] = [EntityLabels.Facility, EntityLabels.WorkOfArt, EntityLabels.Law, EntityLabels.Language],
        ["wnut"] = [EntityLabels.Norp, EntityLabels.Event, EntityLabels.Law, EntityLabels.Language],
    };

    /// <summary>Reads the corpora named by <paramref name="specs"/> (comma-separated specs), sampled with <paramref name="seed"/>.</summary>
    public static List<NerSentence> Read(string data, string specs, int seed, NameLists lists, TextWriter log)
    {
        var all = new List<NerSentence>();
        foreach (string spec in specs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            (string name, int max, float weight) = Parse(spec);
            List<NerSentence> sentences = Corpus(data, name, lists);
            int total = sentences.Count;
            if (max < sentences.Count)
            {
                var random = new Random(seed);
                int[] pick = [.. Enumerable.Range(0, sentences.Count)];
                random.Shuffle(pick);
                sentences = [.. pick.Take(max).Order().Select(i => sentences[i])];
            }

            all.AddRange(sentences.Select(s => s with { Weight = weight, Unannotated = Unannotated[name] }));
            log.WriteLine(FormattableString.Invariant($"mixture {name}: {sentences.Count:N0} of {total:N0} sentences, weight {weight}"));
        }

        return all;
    }

    private static (string Name, int Max, float Weight) Parse(string spec)
    {
        float weight = 1;
        int max = int.MaxValue;
        int at = spec.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            weight = float.Parse(spec[(at + 1)..], CultureInfo.InvariantCulture);
            spec = spec[..at];
        }

        int colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            max = int.Parse(spec[(colon + 1)..], CultureInfo.InvariantCulture);
            spec = spec[..colon];
        }

        if (!Unannotated.ContainsKey(spec))
        {
            throw new ArgumentException($"Unknown corpus '{spec}' in --mixture; use any of {string.Join(", ", Unannotated.Keys)}.");
        }

        return (spec, max, weight);
    }

    private static List<NerSentence> Corpus(string data, string name, NameLists lists)
    {
        string folder = Path.Combine(data, name switch
        {
            "uner" => "uner-english-ewt-train",
            "fewnerd" => "fewnerd-inter",
            "redocred" => "redocred-ner",
            _ => name,
        });
        MixtureLabelMapping mapping = MixtureLabelMapping.Load(folder, lists);
        Func<NerSentence, GoldEntity, GoldEntity?> map = name == "btc" ? mapping.MapWrittenAsName : mapping.Map;
        IEnumerable<NerSentence> raw = name switch
        {
            "uner" => NerCorpusReader.ReadColumns(Path.Combine(folder, "en_ewt-ud-train.iob2"), 1, 2),
            "fewnerd" => NerCorpusReader.ReadColumns(Path.Combine(folder, "fewnerd_inter_test.txt"), 0, 1, insideOutside: true),
            "redocred" => NerCorpusReader.ReadColumns(Path.Combine(folder, "redocred_dev.conll"), 0, 1),
            "btc" => Directory.EnumerateFiles(folder, "btc_*.conll").Order(StringComparer.Ordinal)
                .SelectMany(f => NerCorpusReader.ReadColumns(f, 0, 1)),
            _ => Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).SelectMany(d =>
                Path.GetFileName(d) == "politics"
                    ? NerCorpusReader.ReadColumns(Path.Combine(d, "train.txt"), 0, 1)
                    : NerCorpusReader.ReadColumns(Path.Combine(d, "train.txt"), 0, 1).Concat(NerCorpusReader.ReadColumns(Path.Combine(d, "dev.txt"), 0, 1))),
        };
        return [.. raw.Select(s => RefineHeads(s.Map(map)))];
    }

    /// <summary>
    /// The head-word rule (<see cref="NameHeadRules"/>) on mapped labels; a place of open type (<c>LOC|FAC|GPE</c>)
    /// whose head settles it (<c>... Airport</c>) takes that one type.
    /// </summary>
    private static NerSentence RefineHeads(NerSentence sentence) => sentence.Map((s, e) =>
    {
        TokenList tokens = Tokenizer.Default.Tokenize(s.Surface(e));
        if (tokens.Count == 0 || e.Label == MixtureLabelMapping.Mask)
        {
            return e;
        }

        string first = e.Label.Split('|')[0];
        string refined = NameHeadRules.Refine(first, tokens.CharsAt(tokens.Count - 1), tokens.Count);
        return refined == first ? e : e with { Label = refined };
    });
}
