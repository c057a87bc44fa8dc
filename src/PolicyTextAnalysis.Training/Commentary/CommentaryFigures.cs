using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>The headline figures of one split, as recorded in <c>models/commentary-scores.json</c>.</summary>
public sealed record CommentaryFigures
{
    /// <summary>Texts scored.</summary>
    public int Texts { get; init; }

    /// <summary>Entity precision (exact span and label).</summary>
    public double EntityPrecision { get; init; }

    /// <summary>Entity recall.</summary>
    public double EntityRecall { get; init; }

    /// <summary>Entity F1.</summary>
    public double EntityF1 { get; init; }

    /// <summary>Precision of speech quotes.</summary>
    public double QuotePrecision { get; init; }

    /// <summary>Recall of speech quotes.</summary>
    public double QuoteRecall { get; init; }

    /// <summary>Speaker accuracy over matched quotes with a known speaker.</summary>
    public double QuoteSpeakerAccuracy { get; init; }

    /// <summary>Claim detection precision.</summary>
    public double ClaimPrecision { get; init; }

    /// <summary>Claim detection recall.</summary>
    public double ClaimRecall { get; init; }

    /// <summary>Claim detection F1.</summary>
    public double ClaimF1 { get; init; }

    /// <summary>Speaker accuracy over matched claims.</summary>
    public double ClaimSpeakerAccuracy { get; init; }

    /// <summary>Claim type micro-F1 over matched claims.</summary>
    public double ClaimTypeF1 { get; init; }

    /// <summary>Check-worthiness F1 (positive class, threshold 0.5) over matched claims.</summary>
    public double CheckworthyF1 { get; init; }

    /// <summary>Stance precision (holder, target and polarity right).</summary>
    public double StancePrecision { get; init; }

    /// <summary>Stance recall.</summary>
    public double StanceRecall { get; init; }

    /// <summary>Stance F1.</summary>
    public double StanceF1 { get; init; }

    /// <summary>The figures of a tally.</summary>
    public static CommentaryFigures Of(CommentaryTally t, int texts) => new()
    {
        Texts = texts,
        EntityPrecision = Round(t.Entities.Precision),
        EntityRecall = Round(t.Entities.Recall),
        EntityF1 = Round(t.Entities.F1),
        QuotePrecision = Round(t.Quotes.Precision),
        QuoteRecall = Round(t.Quotes.Recall),
        QuoteSpeakerAccuracy = Round(t.QuoteSpeakers.Value),
        ClaimPrecision = Round(t.Claims.Precision),
        ClaimRecall = Round(t.Claims.Recall),
        ClaimF1 = Round(t.Claims.F1),
        ClaimSpeakerAccuracy = Round(t.ClaimSpeakers.Value),
        ClaimTypeF1 = Round(t.ClaimTypes.F1),
        CheckworthyF1 = Round(t.Checkworthy.F1),
        StancePrecision = Round(t.Stances.Precision),
        StanceRecall = Round(t.Stances.Recall),
        StanceF1 = Round(t.Stances.F1),
    };

    /// <summary>Every figure by name, in a fixed order (for tables and guards).</summary>
    public IReadOnlyList<(string Name, double Value)> Named() =>
    [
        ("entity P", EntityPrecision), ("entity R", EntityRecall), ("entity F1", EntityF1),
        ("quote P", QuotePrecision), ("quote R", QuoteRecall), ("quote speaker", QuoteSpeakerAccuracy),
        ("claim P", ClaimPrecision), ("claim R", ClaimRecall), ("claim F1", ClaimF1), ("claim speaker", ClaimSpeakerAccuracy),
        ("claim types F1", ClaimTypeF1), ("check-worthy F1", CheckworthyF1),
        ("stance P", StancePrecision), ("stance R", StanceRecall), ("stance F1", StanceF1),
    ];

    private static double Round(double value) => Math.Round(value, 4);
}

/// <summary>Figures of dev and test at one point in the project's history.</summary>
public sealed record CommentaryRecord(string Label, string Date, CommentaryFigures Dev, CommentaryFigures Test);

/// <summary>The file <c>models/commentary-scores.json</c>: the baseline and the current figures.</summary>
public sealed record CommentaryScoreCard(CommentaryRecord? Baseline, CommentaryRecord? Current);

/// <summary>Source-generated JSON metadata for the score card.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CommentaryScoreCard))]
internal sealed partial class CommentaryScoreJsonContext : JsonSerializerContext;
