using System.Globalization;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// Precision and recall counted separately on each side, since a one-to-many rule (stances) can match more system items
/// than gold items: precision = <see cref="PredictedRight"/> / <see cref="Predicted"/>, recall = <see cref="GoldFound"/> / <see cref="Gold"/>.
/// </summary>
public readonly record struct Prf(int PredictedRight, int Predicted, int GoldFound, int Gold)
{
    /// <summary>Right predictions over predictions (0 when nothing was predicted but gold exists, 1 when neither).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)PredictedRight / Predicted;

    /// <summary>Gold items found over gold items (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)GoldFound / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static Prf operator +(Prf a, Prf b) =>
        new(a.PredictedRight + b.PredictedRight, a.Predicted + b.Predicted, a.GoldFound + b.GoldFound, a.Gold + b.Gold);

    /// <summary>Counts where one right prediction finds one gold item.</summary>
    public static Prf OneToOne(int right, int predicted, int gold) => new(right, predicted, right, gold);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({PredictedRight}/{Predicted} predicted, {GoldFound}/{Gold} gold)");
}

/// <summary>Right answers out of the items scored (speaker accuracy).</summary>
public readonly record struct Accuracy(int Right, int Scored)
{
    /// <summary>Right / scored (1 when nothing was scored).</summary>
    public double Value => Scored == 0 ? 1 : (double)Right / Scored;

    /// <summary>Adds two counts.</summary>
    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Right + b.Right, a.Scored + b.Scored);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Right}/{Scored})");
}

/// <summary>The counts of every aspect over one or more texts; tallies add up.</summary>
public sealed record CommentaryTally
{
    /// <summary>Entity mentions, exact span and label.</summary>
    public Prf Entities { get; init; }

    /// <summary>Entity mentions per gold or system label.</summary>
    public IReadOnlyDictionary<string, Prf> EntitiesByLabel { get; init; } = new Dictionary<string, Prf>();

    /// <summary>Quotes that report speech (direct, indirect, mixed), matched by overlap.</summary>
    public Prf Quotes { get; init; }

    /// <summary>Recall of speech quotes per gold kind (direct, indirect, mixed): found / gold in <see cref="Accuracy"/> form.</summary>
    public IReadOnlyDictionary<string, Accuracy> QuoteRecallByKind { get; init; } = new Dictionary<string, Accuracy>();

    /// <summary>Per stance rule (parse rule id, or "lexicon rules"): the share of its stances that match gold (precision).</summary>
    public IReadOnlyDictionary<string, Accuracy> StancesByRule { get; init; } = new Dictionary<string, Accuracy>();

    /// <summary>Per attribution rule: how many of its quotes match a gold quote (precision), and its right speakers.</summary>
    public IReadOnlyDictionary<string, (Accuracy Matched, Accuracy Speakers)> QuotesByRule { get; init; } =
        new Dictionary<string, (Accuracy, Accuracy)>();

    /// <summary>Speaker right among matched gold quotes with a known speaker.</summary>
    public Accuracy QuoteSpeakers { get; init; }

    /// <summary>Scare quotes, detection only.</summary>
    public Prf ScareQuotes { get; init; }

    /// <summary>Claims matched by overlap.</summary>
    public Prf Claims { get; init; }

    /// <summary>Speaker right among matched claims.</summary>
    public Accuracy ClaimSpeakers { get; init; }

    /// <summary>Claim types over matched claims (micro).</summary>
    public Prf ClaimTypes { get; init; }

    /// <summary>Check-worthy claims at threshold 0.5 over matched claims.</summary>
    public Prf Checkworthy { get; init; }

    /// <summary>Stances: holder, target and polarity all right.</summary>
    public Prf Stances { get; init; }

    /// <summary>Adds two tallies.</summary>
    public static CommentaryTally operator +(CommentaryTally a, CommentaryTally b)
    {
        var byLabel = new Dictionary<string, Prf>(a.EntitiesByLabel, StringComparer.Ordinal);
        foreach ((string label, Prf prf) in b.EntitiesByLabel)
        {
            byLabel[label] = byLabel.GetValueOrDefault(label) + prf;
        }

        var byRule = new Dictionary<string, (Accuracy Matched, Accuracy Speakers)>(a.QuotesByRule, StringComparer.Ordinal);
        foreach ((string rule, (Accuracy matched, Accuracy speakers)) in b.QuotesByRule)
        {
            (Accuracy m, Accuracy sp) = byRule.GetValueOrDefault(rule);
            byRule[rule] = (m + matched, sp + speakers);
        }

        var stanceRules = new Dictionary<string, Accuracy>(a.StancesByRule, StringComparer.Ordinal);
        foreach ((string rule, Accuracy precision) in b.StancesByRule)
        {
            stanceRules[rule] = stanceRules.GetValueOrDefault(rule) + precision;
        }

        var byKind = new Dictionary<string, Accuracy>(a.QuoteRecallByKind, StringComparer.Ordinal);
        foreach ((string kind, Accuracy recall) in b.QuoteRecallByKind)
        {
            byKind[kind] = byKind.GetValueOrDefault(kind) + recall;
        }

        return new CommentaryTally
        {
            Entities = a.Entities + b.Entities,
            EntitiesByLabel = byLabel,
            QuoteRecallByKind = byKind,
            QuotesByRule = byRule,
            StancesByRule = stanceRules,
            Quotes = a.Quotes + b.Quotes,
            QuoteSpeakers = a.QuoteSpeakers + b.QuoteSpeakers,
            ScareQuotes = a.ScareQuotes + b.ScareQuotes,
            Claims = a.Claims + b.Claims,
            ClaimSpeakers = a.ClaimSpeakers + b.ClaimSpeakers,
            ClaimTypes = a.ClaimTypes + b.ClaimTypes,
            Checkworthy = a.Checkworthy + b.Checkworthy,
            Stances = a.Stances + b.Stances,
        };
    }
}
