using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AnalyzeCorpus;

/// <summary>
/// Writes result lines into a SQLite database (tables documents, entities, quotes, claims, stances) so a corpus
/// can be queried with SQL. Values go through parameters only. The database is built in a temporary file and
/// renamed over the target at the end, so a failed export never leaves half a database behind.
/// </summary>
public static class SqliteExport
{
    private const string Schema = """
        CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT NOT NULL, tokens INTEGER NOT NULL);
        CREATE TABLE entities (document_id TEXT NOT NULL REFERENCES documents(id), text TEXT NOT NULL, label TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, canonical TEXT NOT NULL, cluster_id TEXT, confidence REAL);
        CREATE TABLE quotes (document_id TEXT NOT NULL REFERENCES documents(id), text TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, kind TEXT NOT NULL, speaker TEXT, cue TEXT);
        CREATE TABLE claims (document_id TEXT NOT NULL REFERENCES documents(id), text TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, types TEXT NOT NULL, speaker TEXT, checkworthiness REAL);
        CREATE TABLE stances (document_id TEXT NOT NULL REFERENCES documents(id), holder TEXT NOT NULL, target TEXT NOT NULL,
            polarity TEXT NOT NULL, confidence REAL);
        CREATE INDEX entities_canonical ON entities(canonical);
        CREATE INDEX stances_holder ON stances(holder, target);
        """;

    /// <summary>Writes every line of <paramref name="lines"/> to a new database at <paramref name="path"/>.</summary>
    public static int Write(string path, IEnumerable<string> lines)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".tmp";
        File.Delete(temporary);
        int documents = 0;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            connection.Open();
            using (SqliteCommand create = connection.CreateCommand())
            {
                create.CommandText = Schema;
                create.ExecuteNonQuery();
            }

            using SqliteTransaction transaction = connection.BeginTransaction();
            var insert = new Inserts(connection, transaction);
            foreach (string line in lines)
            {
                using JsonDocument json = JsonDocument.Parse(line);
                insert.Document(json.RootElement);
                documents++;
            }

            transaction.Commit();
        }

        File.Move(temporary, full, overwrite: true);
        return documents;
    }

    /// <summary>Prepared insert commands, reused for every row.</summary>
    private sealed class Inserts(SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly SqliteCommand _document = Prepare(connection, transaction, "INSERT INTO documents VALUES ($id, $source, $tokens)", "$id", "$source", "$tokens");
        private readonly SqliteCommand _entity = Prepare(connection, transaction, "INSERT INTO entities VALUES ($d, $text, $label, $start, $end, $canonical, $cluster, $confidence)", "$d", "$text", "$label", "$start", "$end", "$canonical", "$cluster", "$confidence");
        private readonly SqliteCommand _quote = Prepare(connection, transaction, "INSERT INTO quotes VALUES ($d, $text, $start, $end, $kind, $speaker, $cue)", "$d", "$text", "$start", "$end", "$kind", "$speaker", "$cue");
        private readonly SqliteCommand _claim = Prepare(connection, transaction, "INSERT INTO claims VALUES ($d, $text, $start, $end, $types, $speaker, $worth)", "$d", "$text", "$start", "$end", "$types", "$speaker", "$worth");
        private readonly SqliteCommand _stance = Prepare(connection, transaction, "INSERT INTO stances VALUES ($d, $holder, $target, $polarity, $confidence)", "$d", "$holder", "$target", "$polarity", "$confidence");

        public void Document(JsonElement root)
        {
            string id = root.GetProperty("id").GetString()!;
            Run(_document, id, root.GetProperty("source").GetString(), root.GetProperty("tokenCount").GetInt64());
            foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
            {
                Run(_entity, id, Text(e, "text"), Text(e, "label"), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(),
                    Text(e, "canonical"), Text(e, "clusterId"), Number(e, "confidence"));
            }

            foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
            {
                Run(_quote, id, Text(q, "text"), q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), Text(q, "kind"), Text(q, "speaker"), Text(q, "cue"));
            }

            foreach (JsonElement c in root.GetProperty("claims").EnumerateArray())
            {
                string types = string.Join(",", c.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
                Run(_claim, id, Text(c, "text"), c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32(), types, Text(c, "speaker"), Number(c, "checkworthiness"));
            }

            foreach (JsonElement s in root.GetProperty("stances").EnumerateArray())
            {
                Run(_stance, id, Text(s, "holder"), Text(s, "target"), Text(s, "polarity"), Number(s, "confidence"));
            }
        }

        private static string? Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static double? Number(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

        private static void Run(SqliteCommand command, params object?[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
        {
            SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (string name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            return command;
        }
    }
}
