using System.Text.Json;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>One ClaimBuster sentence: 1 = check-worthy factual sentence, 0 = not check-worthy.</summary>
public sealed record ClaimbusterSentence(int SentenceId, bool CheckWorthy, string Text);

/// <summary>Reads the two-class ClaimBuster files (<c>claimbuster/train.json</c>, <c>claimbuster/test.json</c>).</summary>
public static class ClaimbusterData
{
    /// <summary>Loads <paramref name="split"/> (<c>train</c> or <c>test</c>) from the data folder.</summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    public static IReadOnlyList<ClaimbusterSentence> Load(string dataFolder, string split)
    {
        string path = Path.Combine(dataFolder, "claimbuster", split + ".json");
        using FileStream stream = File.OpenRead(path);
        using JsonDocument json = JsonDocument.Parse(stream);
        var result = new List<ClaimbusterSentence>();
        foreach (JsonElement e in json.RootElement.EnumerateArray())
        {
            result.Add(new ClaimbusterSentence(
                e.GetProperty("sentence_id").GetInt32(),
                e.GetProperty("label").GetInt32() == 1,
                e.GetProperty("text").GetString() ?? string.Empty));
        }

        return result;
    }
}
