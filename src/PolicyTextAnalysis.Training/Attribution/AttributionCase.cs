using System.Text.Json;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>One hand-written evaluation case: a text, its split, and the quotes expected in it.</summary>
public sealed record AttributionCase(int Id, string Split, string Text, IReadOnlyList<AttributionCase.Expected> Quotes)
{
    /// <summary>The evaluation set's path inside the repository.</summary>
    public static string DefaultPath => Path.Combine(RepositoryPaths.Root, "tests", "PolicyTextAnalysis.Tests", "Data", "attribution", "cases.jsonl");

    /// <summary>One expected quote.</summary>
    public sealed record Expected(int Start, int End, string Kind, string? Speaker);

    /// <summary>Reads a JSONL file of cases.</summary>
    /// <exception cref="InvalidDataException">A line is not a valid case (the message names the line).</exception>
    public static IReadOnlyList<AttributionCase> Load(string path)
    {
        var cases = new List<AttributionCase>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                string text = root.GetProperty("text").GetString()!;
                var quotes = new List<Expected>();
                foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
                {
                    JsonElement speaker = q.GetProperty("speaker");
                    quotes.Add(new Expected(
                        q.GetProperty("start").GetInt32(),
                        q.GetProperty("end").GetInt32(),
                        q.GetProperty("kind").GetString()!,
                        speaker.ValueKind == JsonValueKind.Null ? null : speaker.GetString()));
                }

                cases.Add(new AttributionCase(root.GetProperty("id").GetInt32(), root.GetProperty("split").GetString()!, text, quotes));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}: line {number} is not a valid attribution case ({e.Message}).", e);
            }
        }

        return cases;
    }
}
