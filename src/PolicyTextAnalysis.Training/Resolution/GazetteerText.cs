using System.Globalization;
using System.Text;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>Small text helpers for turning gazetteer fields into names: slugs, title case, name lists.</summary>
internal static class GazetteerText
{
    /// <summary>Reads a TSV file with a header line into rows keyed by column name.</summary>
    public static IEnumerable<Dictionary<string, string>> ReadTsv(string path)
    {
        string[]? header = null;
        foreach (string line in File.ReadLines(path))
        {
            string[] cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i].Trim() : string.Empty;
            }

            yield return row;
        }
    }

    /// <summary>The cells of one CSV line: commas split, double quotes group (<c>"Office of Career, Technical"</c>).</summary>
    public static string[] CsvCells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return [.. cells];
    }

    /// <summary>A stable lower-case identifier fragment: letters and digits, other runs as one hyphen.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                // Invariant globalization cannot decompose accents, so letters outside ASCII stay as they are.
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>A key under which spelling variants of one name meet (case, curly apostrophes, hyphens as spaces).</summary>
    public static string Key(string name) =>
        name.Replace('\u2019', '\'').Replace('-', ' ').Trim().ToLowerInvariant();

    /// <summary>
    /// The name with each joined Arabic article before a capital written apart (<c>al-Qaeda</c> -> <c>al Qaeda</c>),
    /// or null when it has none.
    /// </summary>
    public static string? ArabicArticleApart(string name)
    {
        var sb = new StringBuilder(name);
        bool changed = false;
        for (int i = 0; i + 3 < sb.Length; i++)
        {
            bool wordStart = i == 0 || !char.IsLetter(sb[i - 1]);
            if (wordStart && (sb[i] is 'a' or 'A') && sb[i + 1] == 'l' && sb[i + 2] == '-' && char.IsUpper(sb[i + 3]))
            {
                sb[i + 2] = ' ';
                changed = true;
            }
        }

        return changed ? sb.ToString() : null;
    }

    /// <summary>Title-cases words written in capitals (the Factbook writes surnames so: <c>Asif Ali ZARDARI</c>).</summary>
    public static string TitleCaseCapitals(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            if (word.Length > 1 && word.Any(char.IsLetter) && !word.Any(char.IsLower))
            {
                var sb = new StringBuilder(word.Length);
                bool start = true;
                foreach (char c in word)
                {
                    sb.Append(start ? c : char.ToLowerInvariant(c));
                    start = !char.IsLetter(c);
                }

                words[w] = sb.ToString();
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Removes parenthesised asides: <c>Congo (Brazzaville)</c> becomes <c>Congo</c>.</summary>
    public static string WithoutParentheses(string text)
    {
        var sb = new StringBuilder(text.Length);
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Nationality words from a Factbook field such as <c>Pakistani(s)</c> or <c>Motswana (singular), Batswana
    /// (plural)</c>: the part before any note, split on commas and <c>or</c>, with <c>(s)</c> expanded.
    /// </summary>
    public static IEnumerable<string> NationalityWords(string field)
    {
        int note = field.IndexOf(';', StringComparison.Ordinal);
        string main = note >= 0 ? field[..note] : field;
        main = main.Replace("(s)", "\u0001", StringComparison.Ordinal);
        foreach (string part in WithoutParentheses(main).Split([",", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string word = part.Trim();
            if (word.Length < 3 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (word.Contains('\u0001', StringComparison.Ordinal))
            {
                yield return word.Replace("\u0001", string.Empty, StringComparison.Ordinal);
                yield return word.Replace("\u0001", "s", StringComparison.Ordinal);
            }
            else
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// Exact case for abbreviations and short names (<c>US</c>, <c>Chad</c> and <c>chad</c> differ); any case for longer
    /// names, so a headline in capitals still matches.
    /// </summary>
    public static KnowledgeBaseName Name(string text, KnowledgeBaseNameKind kind)
    {
        bool allCaps = !text.Any(char.IsLower);
        if (allCaps && text.Length <= 6 && kind == KnowledgeBaseNameKind.Alias)
        {
            kind = KnowledgeBaseNameKind.Abbreviation;
        }

        return new KnowledgeBaseName(text, kind, kind == KnowledgeBaseNameKind.Abbreviation || allCaps || text.Length <= 4);
    }
}
