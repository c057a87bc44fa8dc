using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>The evaluation sets of the recogniser and how predictions are mapped for each.</summary>
internal static class NerEvaluationSets
{
    /// <summary>The dev sets, for choosing between variants (none of them is trained on).</summary>
    public static readonly string[] DevNames = ["gmb-dev", "gum-dev", "uner-ewt-dev", "crossner-politics-dev"];

    /// <summary>The out-of-domain dev sets whose mean F1 decides between variants (gmb dev is only kept above its bar).</summary>
    public static readonly string[] OutOfDomainDev = ["gum-dev", "uner-ewt-dev", "crossner-politics-dev"];

    /// <summary>Set names in report order: dev sets (for tuning) first, then held-out test sets.</summary>
    public static readonly string[] Names =
        [.. DevNames, "gmb-test", "uner-pud-test", "uner-ewt-test", "wikigold", "gum-test", "crossner-politics-test"];

    /// <summary>The mean overall F1 of <see cref="OutOfDomainDev"/> in card scores; null unless all are there.</summary>
    public static double? OutOfDomainDevMean(System.Text.Json.Nodes.JsonObject scores) =>
        OutOfDomainDev.All(scores.ContainsKey)
            ? OutOfDomainDev.Average(set => (double)scores[set]!["ALL"]!["f1"]!)
            : null;

    /// <summary>Scores <paramref name="recognizer"/> on the named set; null when its files are missing.</summary>
    public static SortedDictionary<string, SpanScore>? Score(string name, NamedEntityRecognizer recognizer, string data, NameLists lists, TextWriter? errors = null) =>
        Score(name, doc => recognizer.Recognize(doc, CancellationToken.None), data, lists, errors);

    /// <summary>Scores any recognition on the named set; null when its files are missing.</summary>
    public static SortedDictionary<string, SpanScore>? Score(string name, Func<Document, IEnumerable<EntityMention>> recognize, string data, NameLists lists, TextWriter? errors = null)
    {
        Func<string, string?> own = label => label;
        (List<NerSentence>? sentences, Func<string, string?> map) = name switch
        {
            "gmb-dev" => (Existing(data, "gmb-ner", "gmb_dev.conll") ? NerData.Gmb(data, "dev", lists) : null, own),
            "gmb-test" => (Existing(data, "gmb-ner", "gmb_test.conll") ? NerData.Gmb(data, "test", lists) : null, own),
            "gum-dev" => (Existing(data, "gum-news-interview") ? NerData.Gum(data, "dev", lists) : null, own),
            "gum-test" => (Existing(data, "gum-news-interview") ? NerData.Gum(data, "test", lists) : null, own),
            "uner-pud-test" => (Existing(data, "uner-english-pud", "en_pud-ud-test.iob2")
                ? NerData.Uner(Path.Combine(data, "uner-english-pud", "en_pud-ud-test.iob2")) : null, NerLabelMapping.ToPerOrgLoc),
            "uner-ewt-dev" => (Existing(data, "uner-english-ewt", "en_ewt-ud-dev.iob2")
                ? NerData.Uner(Path.Combine(data, "uner-english-ewt", "en_ewt-ud-dev.iob2")) : null, NerLabelMapping.ToPerOrgLoc),
            "uner-ewt-test" => (Existing(data, "uner-english-ewt", "en_ewt-ud-test.iob2")
                ? NerData.Uner(Path.Combine(data, "uner-english-ewt", "en_ewt-ud-test.iob2")) : null, NerLabelMapping.ToPerOrgLoc),
            "crossner-politics-dev" => (Existing(data, "crossner", "politics", "dev.txt") ? CrossNer(data, "dev", lists) : null, ToCrossNer),
            "crossner-politics-test" => (Existing(data, "crossner", "politics", "test.txt") ? CrossNer(data, "test", lists) : null, ToCrossNer),
            "wikigold" => (Existing(data, "wikigold", "wikigold.conll.txt") ? NerData.Wikigold(data) : null, NerLabelMapping.ToConll),
            _ => throw new ArgumentException($"Unknown evaluation set '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
        };
        return sentences is null ? null : NerEvaluation.Score(recognize, sentences, map, errors);
    }

    /// <summary>
    /// CrossNER politics with gold mapped as for training (<see cref="MixtureLabelMapping"/>), places (GPE, LOC, FAC)
    /// scored as one type LOC since CrossNER's location does not split them; misc spans are kept as
    /// <see cref="MixtureLabelMapping.Mask"/>, so predictions on them are not scored.
    /// </summary>
    private static List<NerSentence> CrossNer(string data, string split, NameLists lists)
    {
        MixtureLabelMapping mapping = MixtureLabelMapping.Load(Path.Combine(data, "crossner"), lists);
        return [.. NerCorpusReader.ReadColumns(Path.Combine(data, "crossner", "politics", $"{split}.txt"), 0, 1)
            .Select(s => s.Map(mapping.Map).Map((_, e) => e with { Label = ToCrossNer(e.Label.Split('|')[0]) ?? e.Label }))];
    }

    /// <summary>Our types to CrossNER's (mapped): places to LOC; NORP, LAW and LANGUAGE (CrossNER misc) dropped.</summary>
    private static string? ToCrossNer(string label) => label switch
    {
        "GPE" or "LOC" or "FAC" => "LOC",
        "NORP" or "LAW" or "LANGUAGE" => null,
        _ => label,
    };

    private static bool Existing(string data, params string[] parts) => Path.Exists(Path.Combine([data, .. parts]));
}
