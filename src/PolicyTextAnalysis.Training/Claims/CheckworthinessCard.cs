using System.Text.Json;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>The model card of the check-worthiness model, written by <c>train-claims</c> and read by the score guard.</summary>
public sealed class CheckworthinessCard
{
    /// <summary>Training and test data.</summary>
    public string Data { get; set; } = "";

    /// <summary>Trainer and features.</summary>
    public string Trainer { get; set; } = "";

    /// <summary>Hyper-parameters chosen by cross-validation.</summary>
    public string Settings { get; set; } = "";

    /// <summary>Best out-of-fold F1 on train.</summary>
    public double CrossValidationF1 { get; set; }

    /// <summary>Decision threshold chosen by cross-validation on train.</summary>
    public double Threshold { get; set; }

    /// <summary>Platt slope folded into the shipped weights (calibrated log-odds = A * raw log-odds + B).</summary>
    public double CalibrationA { get; set; }

    /// <summary>Platt offset folded into the shipped bias.</summary>
    public double CalibrationB { get; set; }

    /// <summary>How the threshold was chosen.</summary>
    public string ThresholdCriterion { get; set; } = "";

    /// <summary>The threshold that maximises out-of-fold F1 on the calibrated probabilities, classes weighted equally (reported, not used).</summary>
    public double CalibratedF1Threshold { get; set; }

    /// <summary>Test F1 at <see cref="CalibratedF1Threshold"/>.</summary>
    public double TestF1AtCalibratedF1Threshold { get; set; }

    /// <summary>Precision of the check-worthy class on test.json.</summary>
    public double TestPrecision { get; set; }

    /// <summary>Recall of the check-worthy class on test.json.</summary>
    public double TestRecall { get; set; }

    /// <summary>F1 of the check-worthy class on test.json.</summary>
    public double TestF1 { get; set; }

    /// <summary>Non-zero weights in the exported model.</summary>
    public int NonZeroWeights { get; set; }

    /// <summary>File size.</summary>
    public int Bytes { get; set; }

    /// <summary>SHA-256 of the model file.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The command that made it.</summary>
    public string Command { get; set; } = "";

    /// <summary>Reads a card file.</summary>
    public static CheckworthinessCard Read(string path) =>
        JsonSerializer.Deserialize<CheckworthinessCard>(File.ReadAllText(path), CardJson.Options)
        ?? throw new InvalidDataException($"{path} is not a check-worthiness card.");
}

/// <summary>JSON options for model cards (indented, camelCase).</summary>
internal static class CardJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
