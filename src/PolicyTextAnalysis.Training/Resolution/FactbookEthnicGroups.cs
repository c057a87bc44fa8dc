using System.Text.Json;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>
/// Reads the ethnic groups named in every Factbook country's "Ethnic groups" field (<c>Punjabi 44.7%, Pashtun
/// (Pathan) 15.4%, ...</c>): capitalised items of one or two words, and a one-word alternative in parentheses.
/// Lower-case items (<c>white</c>, <c>mixed</c>, <c>other</c>) are descriptions, not names.
/// </summary>
internal static class FactbookEthnicGroups
{
    /// <summary>The distinct group names, in file order; none when <paramref name="jsonDir"/> is absent.</summary>
    public static IEnumerable<string> Read(string jsonDir)
    {
        if (!Directory.Exists(jsonDir))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(jsonDir, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("People and Society", out JsonElement people)
                || !people.TryGetProperty("Ethnic groups", out JsonElement groups)
                || !groups.TryGetProperty("text", out JsonElement text) || text.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            string value = text.GetString()!;
            int note = value.IndexOf("note", StringComparison.OrdinalIgnoreCase);
            foreach (string item in (note >= 0 ? value[..note] : value).Split([',', ';']))
            {
                int open = item.IndexOf('(', StringComparison.Ordinal);
                int close = item.IndexOf(')', StringComparison.Ordinal);
                string? name = NameOf(open >= 0 ? item[..open] : item);
                string? alternative = open >= 0 && close > open ? NameOf(item[(open + 1)..close]) : null;
                foreach (string? n in new[] { name, alternative })
                {
                    if (n is not null && seen.Add(n))
                    {
                        yield return n;
                    }
                }
            }
        }
    }

    private static string? NameOf(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !w.Any(char.IsDigit) && w != "%" && w != "<").ToArray();
        bool wellFormed = words.Length is 1 or 2
            && words.All(w => char.IsUpper(w[0]) && w.Any(char.IsLower) && char.IsLetter(w[^1])
                && w.All(c => char.IsLetter(c) || c is '-' or '\''))
            && words[0] is not ("Other" or "Unknown" or "Unspecified" or "Mixed" or "None");
        return wellFormed ? string.Join(' ', words) : null;
    }
}
