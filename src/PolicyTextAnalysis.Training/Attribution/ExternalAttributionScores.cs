using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// The recorded figures of <c>eval-attribution-gum</c> and <c>eval-attribution-litbank</c>: <c>models/attribution-external-scores.json</c>
/// (set name to counts and date) and the model card section generated from it (<see cref="ExternalAttributionCard"/>),
/// never edited by hand. The score-guard tests read the same file.
/// </summary>
public static class ExternalAttributionScores
{
    /// <summary>The score file.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Models, "attribution-external-scores.json");

    /// <summary>The recorded sets (<c>gum-dev</c>, <c>gum-test</c>, <c>gum-train</c>, <c>litbank-all</c>); empty when none.</summary>
    public static IReadOnlyDictionary<string, RecordedFigures> Load()
    {
        if (!File.Exists(FilePath))
        {
            return new Dictionary<string, RecordedFigures>(StringComparer.Ordinal);
        }

        return JsonSerializer.Deserialize(File.ReadAllText(FilePath), ExternalAttributionJsonContext.Default.DictionaryStringRecordedFigures)
            ?? throw new InvalidDataException($"{FilePath}: empty score file");
    }

    /// <summary>Records <paramref name="figures"/> (replacing those sets, keeping the others) and rewrites the model card section.</summary>
    public static void Record(IReadOnlyDictionary<string, AttributionFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = new SortedDictionary<string, RecordedFigures>(Load().ToDictionary(), StringComparer.Ordinal);
        string date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach ((string set, AttributionFigures f) in figures)
        {
            all[set] = new RecordedFigures(date, f);
        }

        var plain = new Dictionary<string, RecordedFigures>(all, StringComparer.Ordinal);
        File.WriteAllText(FilePath, JsonSerializer.Serialize(plain, ExternalAttributionJsonContext.Default.DictionaryStringRecordedFigures) + "\n");
        ModelCardSection.Write(ExternalAttributionCard.BeginMarker, ExternalAttributionCard.EndMarker,
            "Attribution on external gold sets", ExternalAttributionCard.Section(plain));
    }

    /// <summary>One line of figures with their counts, as the commands print them.</summary>
    public static string Describe(string set, AttributionFigures f, string gold)
    {
        ArgumentNullException.ThrowIfNull(f);
        return string.Create(CultureInfo.InvariantCulture,
            $"{set}: {f.Documents} docs, {f.Gold} gold {gold}; recall {f.Recall:0.000} ({f.Matched}/{f.Gold}), " +
            $"precision {f.Precision:0.000} ({f.PredictedMatched}/{f.Predicted}), speaker accuracy {f.SpeakerAccuracy:0.000} ({f.SpeakersCorrect}/{f.Speakers})");
    }
}

/// <summary>The counts of one set and the day they were measured.</summary>
/// <param name="Date">The day (UTC, yyyy-MM-dd).</param>
/// <param name="Figures">The counts.</param>
public sealed record RecordedFigures(string Date, AttributionFigures Figures);

/// <summary>Source-generated JSON metadata for the score file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, RecordedFigures>))]
internal sealed partial class ExternalAttributionJsonContext : JsonSerializerContext;
