using System.Text.Json;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>One sentence of our typed-claim set.</summary>
public sealed record ClaimSetItem(int Id, string Text, bool Claim, IReadOnlyList<ClaimType> Types);

/// <summary>Reads our typed-claim set (<c>tests/PolicyTextAnalysis.Tests/Data/claims/{dev,test}.jsonl</c>).</summary>
public static class ClaimSet
{
    /// <summary>The folder of the set inside the repository.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PolicyTextAnalysis.Tests", "Data", "claims");

    /// <summary>Loads the <c>dev</c> or <c>test</c> half.</summary>
    public static IReadOnlyList<ClaimSetItem> Load(string split)
    {
        var items = new List<ClaimSetItem>();
        foreach (string line in File.ReadLines(Path.Combine(Folder, split + ".jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement e = json.RootElement;
            var types = e.GetProperty("types").EnumerateArray().Select(t => ParseType(t.GetString())).ToList();
            items.Add(new ClaimSetItem(e.GetProperty("id").GetInt32(), e.GetProperty("text").GetString() ?? "", e.GetProperty("claim").GetBoolean(), types));
        }

        return items;
    }

    private static ClaimType ParseType(string? name) =>
        Enum.TryParse(name, ignoreCase: true, out ClaimType type) ? type : throw new InvalidDataException($"Unknown claim type '{name}' in the claim set.");
}
