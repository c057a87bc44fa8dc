using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>The evaluation sets of the recogniser and how predictions are mapped for each.</summary>
internal static class NerEvaluationSets
{
    /// <summary>Set names in report order: dev sets (for tuning) first, then held-out test sets.</summary>
    public static readonly string[] Names = ["gmb-dev", "gum-dev", "uner-ewt-dev", "gmb-test", "uner-pud-test", "wikigold", "gum-test"];

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
            "wikigold" => (Existing(data, "wikigold", "wikigold.conll.txt") ? NerData.Wikigold(data) : null, NerLabelMapping.ToConll),
            _ => throw new ArgumentException($"Unknown evaluation set '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
        };
        return sentences is null ? null : NerEvaluation.Score(recognize, sentences, map, errors);
    }

    private static bool Existing(string data, params string[] parts) => Path.Exists(Path.Combine([data, .. parts]));
}
