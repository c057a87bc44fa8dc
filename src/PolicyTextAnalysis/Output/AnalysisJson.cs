using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyTextAnalysis.Output;

/// <summary>Reads and writes <see cref="AnalysisResult"/> as JSON schema version 1.</summary>
public static class AnalysisJson
{
    private static readonly Lazy<string> Schema = new(ReadSchema);
    private static readonly AnalysisJsonContext Compact = new(CreateOptions(indented: false));
    private static readonly AnalysisJsonContext Indented = new(CreateOptions(indented: true));

    /// <summary>
    /// The JSON Schema (draft 2020-12) of schema version 1, as shipped in the package. Null policy: every field is
    /// always written, with <c>null</c> where there is no value.
    /// </summary>
    public static string SchemaV1 => Schema.Value;

    /// <summary>Serialises <paramref name="result"/> to a JSON string.</summary>
    public static string Serialize(AnalysisResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, (indented ? Indented : Compact).AnalysisResult);
    }

    /// <summary>Writes <paramref name="result"/> as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Serialize(Stream stream, AnalysisResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(stream, result, (indented ? Indented : Compact).AnalysisResult);
    }

    /// <summary>Reads a schema-v1 JSON object.</summary>
    /// <exception cref="FormatException">The JSON is malformed or of another schema version.</exception>
    public static AnalysisResult Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        AnalysisResult? result;
        try
        {
            result = JsonSerializer.Deserialize(json, Compact.AnalysisResult);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a valid analysis JSON object: {e.Message}", e);
        }

        if (result is null)
        {
            throw new FormatException("Not a valid analysis JSON object: the document is 'null'.");
        }

        if (result.SchemaVersion != AnalysisResult.CurrentSchemaVersion)
        {
            throw new FormatException(
                $"Analysis JSON has schemaVersion {result.SchemaVersion}; this library reads version {AnalysisResult.CurrentSchemaVersion}.");
        }

        return result;
    }

    private static string ReadSchema()
    {
        using Stream stream = typeof(AnalysisJson).Assembly.GetManifestResourceStream("PolicyTextAnalysis.Output.analysis-result.v1.schema.json")
            ?? throw new InvalidOperationException("The JSON schema is missing from the PolicyTextAnalysis assembly's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        // Keep non-ASCII text readable ("Tehreek-e-Taliban", curly quotes) while still escaping HTML-significant characters.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
