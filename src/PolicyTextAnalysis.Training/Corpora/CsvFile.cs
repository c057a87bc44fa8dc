using System.Text;

namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>Reads RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into rows keyed by header.</summary>
internal static class CsvFile
{
    /// <summary>Reads every record of <paramref name="path"/>; the first record is the header.</summary>
    public static List<Dictionary<string, string>> Read(string path)
    {
        string text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        List<string> header = records[0];
        var rows = new List<Dictionary<string, string>>(records.Count - 1);
        foreach (List<string> r in records.Skip(1))
        {
            if (r.Count < header.Count)
            {
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int k = 0; k < header.Count; k++)
            {
                row[header[k]] = r[k];
            }

            rows.Add(row);
        }

        return rows;
    }
}
