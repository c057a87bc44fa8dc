using System.Text.Json.Nodes;
using Json.Schema;
using PolicyTextAnalysis.Output;
using PolicyTextAnalysis.Training.Commentary;

namespace PolicyTextAnalysis.Tests.Output;

/// <summary>The JSON of real analyses validates against the schema file shipped in the package.</summary>
public sealed class JsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(AnalysisJson.SchemaV1));

    private static IEnumerable<TestCaseData> CommentaryTexts() =>
        Directory.EnumerateFiles(Path.Combine(CommentarySet.Folder, "texts"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Json_{Path.GetFileNameWithoutExtension(path)}_ValidatesAgainstTheSchema"));

    [TestCaseSource(nameof(CommentaryTexts))]
    public void Json_CommentaryText(string path)
    {
        AnalysisResult result = Analyzer.Value.Analyze(File.ReadAllText(path));

        AssertValid(result.ToJson());
    }

    [Test]
    public void Json_WithTheSyntaxLayer_ValidatesAgainstTheSchema()
    {
        AnalysisResult result = PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true }).Analyze(SourceText.Value);

        Assert.That(result.Tokens, Is.Not.Null.And.Not.Empty);
        AssertValid(result.ToJson());
    }

    [Test]
    public void Json_FailedBatchDocument_ValidatesAgainstTheSchema()
    {
        AnalysisResult failed = PolicyAnalyzer.Create(new AnalyzerOptions { MaxTextLength = 5 }).AnalyzeMany(["too long"]).Single();

        AssertValid(failed.ToJson());
    }

    [Test]
    public void Json_WithARenamedRequiredField_FailsValidation()
    {
        string json = Analyzer.Value.Analyze(SourceText.Value).ToJson().Replace("\"speakerClusterId\"", "\"speakerCluster\"", StringComparison.Ordinal);

        EvaluationResults results = Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(results.IsValid, Is.False);
    }

    [Test]
    public void Json_NullPolicy_EveryFieldIsWrittenAndEmptyOnesAreNull()
    {
        JsonNode json = JsonNode.Parse(Analyzer.Value.Analyze("Kabul said so.").ToJson())!;

        Assert.Multiple(() =>
        {
            Assert.That(json.AsObject().ContainsKey("error"), Is.True);
            Assert.That(json["error"], Is.Null);
            JsonObject entity = json["entities"]![0]!.AsObject();
            Assert.That(entity.ContainsKey("value") && entity["value"] is null, Is.True, entity.ToJsonString());
        });
    }

    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(PolicyAnalyzer.CreateDefault);

    private static void AssertValid(string json)
    {
        EvaluationResults results = Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        string errors = string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5));

        Assert.That(results.IsValid, Is.True, errors);
    }
}
