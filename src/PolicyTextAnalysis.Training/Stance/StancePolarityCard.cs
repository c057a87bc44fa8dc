using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>Scores of one class on one set.</summary>
public sealed record PolarityClassScore(string Label, int Gold, double Precision, double Recall, double F1);

/// <summary>Scores of the model on one set (or of cross-validation on train).</summary>
public sealed record PolaritySetScore(string Set, int Targets, double MacroF1, double Accuracy, IReadOnlyList<PolarityClassScore> Classes);

/// <summary>
/// The stance polarity model card, written by <c>train-stance-polarity</c> and read by the score guard: data, settings,
/// cross-validation with and without the parse features, devtest scores, size and hash.
/// </summary>
public sealed record StancePolarityCard(
    string Command, string Trainer, string Settings, int TrainTargets, int Folds,
    double CrossValidationMacroF1, double CrossValidationMacroF1WithoutParse, IReadOnlyList<PolaritySetScore> Scores,
    int NonZeroFeatures, long Bytes, string Sha256, double MicrosecondsPerTarget)
{
    private const string BeginMarker = "<!-- stance-polarity:begin (written by train-stance-polarity; do not edit) -->";
    private const string EndMarker = "<!-- stance-polarity:end -->";

    /// <summary>The card file.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Models, "stance-polarity.card.json");

    /// <summary>The scores on set <paramref name="set"/>.</summary>
    /// <exception cref="InvalidOperationException">The card has no such set.</exception>
    public PolaritySetScore Score(string set) => Scores.FirstOrDefault(s => s.Set == set)
        ?? throw new InvalidOperationException($"The stance polarity card has no scores for '{set}': rerun train-stance-polarity.");

    /// <summary>Reads the card.</summary>
    public static StancePolarityCard Read() =>
        JsonSerializer.Deserialize(File.ReadAllText(FilePath), StancePolarityCardJsonContext.Default.StancePolarityCard)
        ?? throw new InvalidDataException($"{FilePath}: empty card");

    /// <summary>Writes the card file and regenerates the model card section of models/README.md.</summary>
    public static void Write(StancePolarityCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        File.WriteAllText(FilePath, JsonSerializer.Serialize(card, StancePolarityCardJsonContext.Default.StancePolarityCard) + "\n");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"`models/stance-polarity.bin`: {card.Bytes / 1024.0 / 1024.0:0.00} MB, sha256 `{card.Sha256[..16]}…`, {card.NonZeroFeatures:N0} hashed features with weights;");
        sb.AppendLine(CultureInfo.InvariantCulture, $"made by `{card.Command}`. {card.Trainer}. Chosen by {card.Folds}-fold cross-validation on train only");
        sb.AppendLine(CultureInfo.InvariantCulture, $"(folds over sentences, {card.TrainTargets:N0} targets): {card.Settings}. The devtest files were read only to report the figures below.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Cross-validation macro F1 on train: {card.CrossValidationMacroF1:0.0000} with the parse features, {card.CrossValidationMacroF1WithoutParse:0.0000} without them (best settings of each).");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Prediction costs about {card.MicrosecondsPerTarget:0} µs per target on one core after the text and syntax stages (featurising and scoring only).");
        sb.AppendLine();
        sb.AppendLine("| set | targets | macro F1 | accuracy | against P / R / F1 | neutral P / R / F1 | favor P / R / F1 |");
        sb.AppendLine("|---|---:|---:|---:|---|---|---|");
        foreach (PolaritySetScore s in card.Scores)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {s.Set} | {s.Targets:N0} | {s.MacroF1:0.0000} | {s.Accuracy:0.0000} |");
            foreach (PolarityClassScore c in s.Classes)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {c.Precision:0.000} / {c.Recall:0.000} / {c.F1:0.000} |");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        sb.AppendLine("Data: NewsMTSC (Hamborg and Donnay 2021, \"NewsMTSC: (Multi-)Target-dependent Sentiment Classification in News Articles\",");
        sb.AppendLine("EACL; github.com/fhamborg/NewsMTSC), MIT licence (Copyright 2020 Felix Hamborg) for the authors' work; the sentences are quoted from US news outlets");
        sb.AppendLine("(AllSides, POLUSA), whose copyright the MIT grant does not cover, so the data is not redistributed here, only weights.");
        sb.AppendLine("Polarity 2.0 / 4.0 / 6.0 is read as against / neutral / favor: the sentence's framing of the target as annotators judged it,");
        sb.AppendLine("not yet a named holder's stance. `devtest_rw` has a real-world class mix; `devtest_mt` holds only sentences with two or");
        sb.AppendLine("more targets (its authors report about 0.8 macro F1 with fine-tuned transformers).");
        ModelCardSection.Write(BeginMarker, EndMarker, "Stance polarity (train-stance-polarity)", sb.ToString());
    }
}

/// <summary>Source-generated JSON metadata for the stance polarity card.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StancePolarityCard))]
internal sealed partial class StancePolarityCardJsonContext : JsonSerializerContext;
