using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// Reads and writes <c>models/commentary-scores.json</c> and the section of <c>models/README.md</c> between the
/// <c>commentary:begin</c> and <c>commentary:end</c> markers, which is generated from it and never edited by hand.
/// </summary>
public static class CommentaryScoreCardFile
{
    private const string BeginMarker = "<!-- commentary:begin (written by eval-commentary --record; do not edit) -->";
    private const string EndMarker = "<!-- commentary:end -->";

    /// <summary>The score file.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Models, "commentary-scores.json");

    /// <summary>The recorded card, or an empty one when the file does not exist yet.</summary>
    public static CommentaryScoreCard Load()
    {
        if (!File.Exists(FilePath))
        {
            return new CommentaryScoreCard(null, null);
        }

        return JsonSerializer.Deserialize(File.ReadAllText(FilePath), CommentaryScoreJsonContext.Default.CommentaryScoreCard)
            ?? throw new InvalidDataException($"{FilePath}: empty score card");
    }

    /// <summary>Writes the card and regenerates the model card section.</summary>
    public static void Save(CommentaryScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        File.WriteAllText(FilePath, JsonSerializer.Serialize(card, CommentaryScoreJsonContext.Default.CommentaryScoreCard) + "\n");
        ModelCardSection.Write(BeginMarker, EndMarker, "Commentary gold set (eval-commentary)", Table(card));
    }

    /// <summary>The markdown table of a card: one row per figure, columns dev and test for each record.</summary>
    public static string Table(CommentaryScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var records = new[] { card.Baseline, card.Current }.OfType<CommentaryRecord>().ToList();
        var sb = new StringBuilder();
        sb.AppendLine("Figures on `eval/commentary` (matching rules in `eval/commentary/GUIDE.md`), micro-averaged over the texts of each split.");
        sb.AppendLine("Command: `dotnet run --project src/PolicyTextAnalysis.Training -c Release -- eval-commentary --record current`.");
        sb.AppendLine();
        sb.Append("| figure |");
        foreach (CommentaryRecord r in records)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {r.Label} dev ({r.Dev.Texts}) | {r.Label} test ({r.Test.Texts}) |");
        }

        sb.AppendLine();
        sb.Append("|---|");
        sb.AppendLine(string.Concat(Enumerable.Repeat("---:|---:|", records.Count)));
        if (records.Count == 0)
        {
            return sb.ToString();
        }

        IReadOnlyList<(string Name, double Value)> names = records[0].Dev.Named();
        for (int i = 0; i < names.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {names[i].Name} |");
            foreach (CommentaryRecord r in records)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {r.Dev.Named()[i].Value:0.000} | {r.Test.Named()[i].Value:0.000} |");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        foreach (CommentaryRecord r in records)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {r.Label}: measured {r.Date}.");
        }

        return sb.ToString();
    }
}
