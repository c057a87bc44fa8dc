using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>Counts of one external attribution evaluation (a GUM split or LitBank), from which the figures follow.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold items: attribution relations (GUM) or quotes (LitBank).</param>
/// <param name="Matched">Gold items overlapped by one of our non-scare quotes (at least half of the shorter span).</param>
/// <param name="Predicted">Our non-scare quotes.</param>
/// <param name="PredictedMatched">Our non-scare quotes that overlap a gold item by that rule.</param>
/// <param name="Speakers">Matched gold items with an identifiable gold speaker.</param>
/// <param name="SpeakersCorrect">Of those, the ones whose <c>Quote.Speaker</c> names the gold speaker.</param>
public sealed record AttributionFigures(int Documents, int Gold, int Matched, int Predicted, int PredictedMatched, int Speakers, int SpeakersCorrect)
{
    /// <summary>Share of gold items matched.</summary>
    [JsonIgnore]
    public double Recall => Ratio(Matched, Gold);

    /// <summary>Share of our quotes that match a gold item (on GUM a lower bound: it marks only attribution relations).</summary>
    [JsonIgnore]
    public double Precision => Ratio(PredictedMatched, Predicted);

    /// <summary>Share of matched items with an identifiable speaker that got it right.</summary>
    [JsonIgnore]
    public double SpeakerAccuracy => Ratio(SpeakersCorrect, Speakers);

    /// <summary>The sum of two counts.</summary>
    public static AttributionFigures operator +(AttributionFigures a, AttributionFigures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new AttributionFigures(
            a.Documents + b.Documents, a.Gold + b.Gold, a.Matched + b.Matched, a.Predicted + b.Predicted,
            a.PredictedMatched + b.PredictedMatched, a.Speakers + b.Speakers, a.SpeakersCorrect + b.SpeakersCorrect);
    }

    /// <summary>No documents.</summary>
    public static AttributionFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The figures a score guard compares, by name.</summary>
    public IReadOnlyList<(string Name, double Value)> Named() =>
        [("recall", Recall), ("precision", Precision), ("speaker accuracy", SpeakerAccuracy)];

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
