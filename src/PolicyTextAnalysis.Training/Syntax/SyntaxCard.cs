using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>The syntax model card, written by <c>train-syntax</c>: data, settings, size, hash and scores.</summary>
public sealed record SyntaxCard(
    string Command, int TrainSentences, int TrainWords, long Bytes, string Sha256,
    int TaggerEpochs, int ParserEpochs, int Folds, IReadOnlyList<SyntaxScore> Scores)
{
    private const string BeginMarker = "<!-- syntax:begin (written by train-syntax; do not edit) -->";
    private const string EndMarker = "<!-- syntax:end -->";

    /// <summary>The card file.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Models, "syntax.card.json");

    /// <summary>Reads the card.</summary>
    public static SyntaxCard Read() =>
        JsonSerializer.Deserialize(File.ReadAllText(FilePath), SyntaxCardJsonContext.Default.SyntaxCard)
        ?? throw new InvalidDataException($"{FilePath}: empty card");

    /// <summary>Writes the card file and regenerates the model card section of models/README.md.</summary>
    public static void Write(SyntaxCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        File.WriteAllText(FilePath, JsonSerializer.Serialize(card, SyntaxCardJsonContext.Default.SyntaxCard) + "\n");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"`models/syntax-en.bin`: {card.Bytes / 1024.0 / 1024.0:0.0} MB, sha256 `{card.Sha256[..16]}…`; trained on UD English EWT train + GUM train documents");
        sb.AppendLine(CultureInfo.InvariantCulture, $"({card.TrainSentences:N0} sentences, {card.TrainWords:N0} words; CC BY-SA 4.0 / CC BY 4.0) by `{card.Command}`: tagger {card.TaggerEpochs} epochs, labelled parser");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{card.ParserEpochs} epochs on {card.Folds}-fold jack-knifed tags. Gold tokenisation, every word counted (punctuation too).");
        sb.AppendLine();
        sb.AppendLine("| set | words | UPOS | XPOS | lemma | UAS | LAS |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (SyntaxScore s in card.Scores)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Set} | {s.Words:N0} | {s.Upos:0.0000} | {s.Xpos:0.0000} | {s.Lemma:0.0000} | {s.Uas:0.0000} | {s.Las:0.0000} |");
        }

        ModelCardSection.Write(BeginMarker, EndMarker, "Syntax: tagger, parser, lemmatizer (train-syntax)", sb.ToString());
    }
}

/// <summary>Source-generated JSON metadata for the syntax card.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SyntaxCard))]
internal sealed partial class SyntaxCardJsonContext : JsonSerializerContext;
