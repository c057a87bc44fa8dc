using System.Text.Json;

namespace AnalyzeCorpus;

/// <summary>
/// Writes result lines as five Parquet files (documents, entities, quotes, claims, stances; the same columns as the
/// SQLite export) for SQL engines that read columnar files, such as DuckDB. The files are written into a temporary
/// folder that replaces the target at the end, so a failed export never leaves a mix of old and new tables.
/// </summary>
public static class ParquetExport
{
    /// <summary>The table names, one file <c>NAME.parquet</c> each.</summary>
    public static readonly IReadOnlyList<string> Tables = ["documents", "entities", "quotes", "claims", "stances"];

    /// <summary>Writes every line of <paramref name="lines"/> into <paramref name="folder"/>; returns the number of documents.</summary>
    public static async Task<int> WriteAsync(string folder, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string full = Path.GetFullPath(folder);
        string temporary = full + ".tmp";
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        Directory.CreateDirectory(temporary);
        int documents = 0;
        await using (ParquetTableWriter documentTable = await Create(temporary, "documents", cancellationToken, ("id", ParquetColumnKind.Text), ("source", ParquetColumnKind.Text), ("tokens", ParquetColumnKind.Int64)).ConfigureAwait(false))
        await using (ParquetTableWriter entities = await Create(temporary, "entities", cancellationToken, ("document_id", ParquetColumnKind.Text), ("text", ParquetColumnKind.Text), ("label", ParquetColumnKind.Text),
            ("start", ParquetColumnKind.Int32), ("end", ParquetColumnKind.Int32), ("canonical", ParquetColumnKind.Text), ("cluster_id", ParquetColumnKind.NullableText), ("confidence", ParquetColumnKind.NullableDouble)).ConfigureAwait(false))
        await using (ParquetTableWriter quotes = await Create(temporary, "quotes", cancellationToken, ("document_id", ParquetColumnKind.Text), ("text", ParquetColumnKind.Text), ("start", ParquetColumnKind.Int32),
            ("end", ParquetColumnKind.Int32), ("kind", ParquetColumnKind.Text), ("speaker", ParquetColumnKind.NullableText), ("cue", ParquetColumnKind.NullableText)).ConfigureAwait(false))
        await using (ParquetTableWriter claims = await Create(temporary, "claims", cancellationToken, ("document_id", ParquetColumnKind.Text), ("text", ParquetColumnKind.Text), ("start", ParquetColumnKind.Int32),
            ("end", ParquetColumnKind.Int32), ("types", ParquetColumnKind.Text), ("speaker", ParquetColumnKind.NullableText), ("checkworthiness", ParquetColumnKind.NullableDouble)).ConfigureAwait(false))
        await using (ParquetTableWriter stances = await Create(temporary, "stances", cancellationToken, ("document_id", ParquetColumnKind.Text), ("holder", ParquetColumnKind.Text), ("target", ParquetColumnKind.Text),
            ("polarity", ParquetColumnKind.Text), ("confidence", ParquetColumnKind.NullableDouble)).ConfigureAwait(false))
        {
            foreach (string line in lines)
            {
                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                string id = root.GetProperty("id").GetString()!;
                await documentTable.AddAsync([id, root.GetProperty("source").GetString() ?? "", root.GetProperty("tokenCount").GetInt64()], cancellationToken).ConfigureAwait(false);
                foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
                {
                    await entities.AddAsync([id, Text(e, "text") ?? "", Text(e, "label") ?? "", e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(),
                        Text(e, "canonical") ?? "", Text(e, "clusterId"), Number(e, "confidence")], cancellationToken).ConfigureAwait(false);
                }

                foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
                {
                    await quotes.AddAsync([id, Text(q, "text") ?? "", q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), Text(q, "kind") ?? "",
                        Text(q, "speaker"), Text(q, "cue")], cancellationToken).ConfigureAwait(false);
                }

                foreach (JsonElement c in root.GetProperty("claims").EnumerateArray())
                {
                    string types = string.Join(",", c.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
                    await claims.AddAsync([id, Text(c, "text") ?? "", c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32(), types,
                        Text(c, "speaker"), Number(c, "checkworthiness")], cancellationToken).ConfigureAwait(false);
                }

                foreach (JsonElement s in root.GetProperty("stances").EnumerateArray())
                {
                    await stances.AddAsync([id, Text(s, "holder") ?? "", Text(s, "target") ?? "", Text(s, "polarity") ?? "", Number(s, "confidence")], cancellationToken).ConfigureAwait(false);
                }

                documents++;
            }
        }

        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }

        Directory.Move(temporary, full);
        return documents;
    }

    private static Task<ParquetTableWriter> Create(string folder, string table, CancellationToken cancellationToken, params (string, ParquetColumnKind)[] columns) =>
        ParquetTableWriter.CreateAsync(Path.Combine(folder, table + ".parquet"), columns, cancellationToken);

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
