using System.Text.Json.Serialization;
using PolicyTextAnalysis.Output;

namespace PolicyTextAnalysis;

/// <summary>
/// What an analysis found: the collections of JSON schema version 1 (sentences, entities, quotes, claims,
/// stances). Serialise with <see cref="ToJson(bool)"/>; read back with <see cref="FromJson(string)"/>.
/// </summary>
public sealed record AnalysisResult
{
    /// <summary>The JSON schema version this type writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Schema version of the JSON form; always <see cref="CurrentSchemaVersion"/> when produced here.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Sentence extents, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    /// <summary>Entity mentions, ordered by start offset.</summary>
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    /// <summary>Quotations and reported speech, ordered by start offset (then by end). A report inside another's content is a
    /// quote of its own: <c>According to the Herald, Burrows said the flag ...</c> gives the Herald's quote and, within it,
    /// Burrows's.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Claims, ordered by start offset.</summary>
    public IReadOnlyList<ClaimMention> Claims { get; init; } = [];

    /// <summary>Stance relations.</summary>
    public IReadOnlyList<StanceRelation> Stances { get; init; } = [];

    /// <summary>Transcript turns (speaker labels and who holds the floor where), in order; empty for a text that is no
    /// transcript.</summary>
    public IReadOnlyList<Turn> Turns { get; init; } = [];

    /// <summary>
    /// Every token with its tags, lemma and dependency when asked for (<see cref="AnalyzerOptions.IncludeTokens"/>) and the
    /// document has the syntax layer; null otherwise.
    /// </summary>
    public IReadOnlyList<TokenAnnotation>? Tokens { get; init; }

    /// <summary>
    /// Why this document of a batch could not be analysed; null when it was (always null from
    /// <see cref="PolicyAnalyzer.Analyze(string, CancellationToken)"/>, which throws instead). Omitted from the JSON when null.
    /// </summary>
    public AnalysisError? Error { get; init; }

    /// <summary>True when the document was analysed (<see cref="Error"/> is null).</summary>
    [JsonIgnore]
    public bool Succeeded => Error is null;

    /// <summary>
    /// The analysed document with its tokens and every layer; null for a result read back from JSON.
    /// </summary>
    [JsonIgnore]
    public Document? Document { get; init; }

    /// <summary>Creates the result view of an analysed document, without the per-token array.</summary>
    public static AnalysisResult FromDocument(Document document) => FromDocument(document, includeTokens: false);

    /// <summary>Creates the result view of an analysed document; <paramref name="includeTokens"/> adds <see cref="Tokens"/>
    /// when the document has the syntax layer.</summary>
    public static AnalysisResult FromDocument(Document document, bool includeTokens)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new AnalysisResult
        {
            Sentences = document.Sentences,
            Entities = document.Entities,
            Quotes = document.Quotes,
            Claims = document.Claims,
            Stances = document.Stances,
            Turns = document.Turns,
            Tokens = includeTokens && document.Syntax is { } syntax ? Annotate(document, syntax) : null,
            Document = document,
        };
    }

    private static TokenAnnotation[] Annotate(Document document, SyntaxLayer syntax)
    {
        var tokens = new TokenAnnotation[document.Tokens.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = document.Tokens[i];
            tokens[i] = new TokenAnnotation(t.Start, t.End, t.Text, syntax.Pos(i), syntax.Tag(i), syntax.Lemma(i), syntax.Head(i),
                syntax.Head(i) == i ? "root" : syntax.Dep(i));
        }

        return tokens;
    }

    /// <summary>Serialises to schema-v1 JSON (camelCase, UTF-8 safe).</summary>
    public string ToJson(bool indented = true) => AnalysisJson.Serialize(this, indented);

    /// <summary>Reads a schema-v1 JSON object.</summary>
    /// <exception cref="FormatException">The JSON is malformed or of an unsupported schema version.</exception>
    public static AnalysisResult FromJson(string json) => AnalysisJson.Deserialize(json);
}
