using System.IO.Compression;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>One sentence of a UD treebank: the basic tree's words (multiword tokens and empty nodes left out).</summary>
/// <param name="Id">The sentence id.</param>
/// <param name="Forms">Word forms.</param>
/// <param name="Lemmas">Lemmas.</param>
/// <param name="Upos">Universal tags.</param>
/// <param name="Xpos">Penn tags (the universal tag where the treebank has none).</param>
/// <param name="Heads">Head of each word, 0-based; -1 for the root.</param>
/// <param name="Relations">Relation of each word to its head.</param>
public sealed record UdSentence(string Id, string[] Forms, string[] Lemmas, string[] Upos, string[] Xpos, int[] Heads, string[] Relations)
{
    /// <summary>Number of words.</summary>
    public int Length => Forms.Length;

    /// <summary>The hashed word forms the features read.</summary>
    internal WordHashes[] Hashes() => WordHashes.Of(Forms);

    /// <summary>The joint tag class name of each word (<c>UPOS\tXPOS</c>).</summary>
    public string[] JointTags() => Upos.Zip(Xpos, (u, x) => u + "\t" + x).ToArray();

    /// <summary>Reads every sentence of a CoNLL-U file (plain or .gz).</summary>
    /// <exception cref="InvalidDataException">A line does not have ten columns or a head is out of range.</exception>
    public static IReadOnlyList<UdSentence> Load(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var sentences = new List<UdSentence>();
        var rows = new List<string[]>();
        string id = "";
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                {
                    sentences.Add(Build(path, id, rows));
                    rows.Clear();
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }

                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {cols.Length} columns, not 10");
            }

            if (!cols[0].Contains('-', StringComparison.Ordinal) && !cols[0].Contains('.', StringComparison.Ordinal))
            {
                rows.Add(cols);
            }
        }

        if (rows.Count > 0)
        {
            sentences.Add(Build(path, id, rows));
        }

        return sentences;
    }

    private static UdSentence Build(string path, string id, List<string[]> rows)
    {
        int n = rows.Count;
        var heads = new int[n];
        for (int i = 0; i < n; i++)
        {
            int head = int.Parse(rows[i][6], System.Globalization.CultureInfo.InvariantCulture);
            if (head < 0 || head > n)
            {
                throw new InvalidDataException($"{path}: sentence {id}: head {head} out of range");
            }

            heads[i] = head - 1;
        }

        return new UdSentence(
            id,
            rows.Select(r => r[1]).ToArray(),
            rows.Select(r => r[2]).ToArray(),
            rows.Select(r => r[3]).ToArray(),
            rows.Select(r => r[4] == "_" ? r[3] : r[4]).ToArray(),
            heads,
            rows.Select(r => r[7]).ToArray());
    }
}
