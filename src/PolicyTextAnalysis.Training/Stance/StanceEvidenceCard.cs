using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>Commentary stance figures of one setting (evidence kept at or above a threshold).</summary>
public sealed record StanceEvidenceRow(string Setting, double Threshold, double Precision, double Recall, double F1, int Predicted, int Right, int GoldFound, int Gold);

/// <summary>
/// The stance evidence model card, written by <c>train-stance-evidence</c>: data, the cross-validated choice of
/// regularisation and threshold, the figures without and with the model, size and hash.
/// </summary>
public sealed record StanceEvidenceCard(
    string Command, string Trainer, int Documents, int Evidence, int Positive, string NewsSets, int NewsEvidence, int NewsPositive, int Folds, double L2, double Threshold, double FramingThreshold,
    IReadOnlyList<StanceEvidenceRow> CrossValidation, int NonZeroFeatures, long Bytes, string Sha256)
{
    private const string BeginMarker = "<!-- stance-evidence:begin (written by train-stance-evidence; do not edit) -->";
    private const string EndMarker = "<!-- stance-evidence:end -->";

    /// <summary>The card file.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Models, "stance-evidence.card.json");

    /// <summary>Reads the card.</summary>
    public static StanceEvidenceCard Read() =>
        JsonSerializer.Deserialize(File.ReadAllText(FilePath), StanceEvidenceCardJsonContext.Default.StanceEvidenceCard)
        ?? throw new InvalidDataException($"{FilePath}: empty card");

    /// <summary>Writes the card file and regenerates its section of models/README.md.</summary>
    public static void Write(StanceEvidenceCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        File.WriteAllText(FilePath, JsonSerializer.Serialize(card, StanceEvidenceCardJsonContext.Default.StanceEvidenceCard) + "\n");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"`models/stance-evidence.bin`: {card.Bytes / 1024.0:0} KB, sha256 `{card.Sha256[..16]}…`, {card.NonZeroFeatures:N0} hashed features with weights;");
        sb.AppendLine(CultureInfo.InvariantCulture, $"made by `{card.Command}`. {card.Trainer}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Trained on the commentary **dev** split ({card.Documents} texts, {card.Evidence:N0} pieces of stance evidence from the rules, {card.Positive:N0} matching a gold stance);");
        if (card.NewsEvidence > 0)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Also trained on the judged news stances of {card.NewsSets} ({card.NewsEvidence:N0} pieces of evidence, {card.NewsPositive:N0} of correct stances; tests/PolicyTextAnalysis.Tests/Data/stance/news-judgments.tsv), in every fold; the held-out news sets are not used.");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"L2 {card.L2} and the framing threshold {card.FramingThreshold:0.00} chosen by {card.Folds}-fold cross-validation over documents (the commentary stance F1 of the held-out folds);");
        sb.AppendLine("`voice-framing` candidates (noun phrases of the author's evaluative sentences that the NewsMTSC polarity model, `stance-polarity.bin`, frames favourably or unfavourably) are kept only at or above the framing threshold.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"The best stance threshold over the held-out folds was {card.Threshold:0.00}. The stage uses the probability as each piece of evidence's confidence and drops no other stance by default;");
        sb.AppendLine("`AnalyzerOptions.MinimumStanceConfidence` drops stances below a threshold. The rows below are the commentary dev figures at each threshold,");
        sb.AppendLine("out-of-fold (no text's evidence trained the model that scored it); `eval-commentary --split dev` with the shipped model is in-sample.");
        sb.AppendLine();
        sb.AppendLine("| setting | threshold | P | R | F1 | predicted | right | gold found / gold |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (StanceEvidenceRow r in card.CrossValidation)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Setting} | {r.Threshold:0.00} | {r.Precision:0.000} | {r.Recall:0.000} | {r.F1:0.000} | {r.Predicted} | {r.Right} | {r.GoldFound} / {r.Gold} |");
        }

        ModelCardSection.Write(BeginMarker, EndMarker, "Stance evidence scorer (train-stance-evidence)", sb.ToString());
    }
}

/// <summary>Source-generated JSON metadata for the stance evidence card.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StanceEvidenceCard))]
internal sealed partial class StanceEvidenceCardJsonContext : JsonSerializerContext;
