using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Learns distributional word classes from unlabelled English text of the data folder (training splits only):
/// each frequent word gets a vector of positive pointwise mutual information with its neighbours at -2..+2
/// (context-distribution smoothing 0.75), randomly projected to a dense vector and normalised, then spherical
/// k-means at three granularities gives its cluster ids. Single-threaded and seeded, so deterministic.
/// </summary>
/// <remarks>
/// Brown clusters or embeddings would need a library we do not have offline; PPMI with a random projection is
/// the cheap, well-known substitute (Levy, Goldberg and Dagan 2015) and takes seconds on this much text.
/// </remarks>
internal static class WordClusterBuilder
{
    /// <summary>Raw-text sources tokenized whole (argument, claim and perspective corpora; train files only).</summary>
    private static readonly string[] RawSources =
    [
        "ibm-argq-30k/arg_quality_rank_30k.csv",
        "claimbuster/train.json",
        "perspectrum/perspective_pool_v1.0.json",
        "perspectrum/perspectrum_with_answers_v1.0.json",
        "ibm-claim-stance/claim_stance_dataset_v1.csv",
    ];

    /// <summary>Cluster counts from coarse to fine (each below 2^10).</summary>
    public static readonly int[] Granularities = [50, 200, 1000];

    private const int ContextWords = 1000;
    private const int ContextSlots = 4;
    private const int Dimensions = 128;
    private const int Iterations = 12;

    /// <summary>Most words that get clusters (the most frequent).</summary>
    public static int MaxWords { get; set; } = 40_000;

    /// <summary>Fewest occurrences a word needs to get clusters.</summary>
    public static int MinCount { get; set; } = 3;

    /// <summary>Builds the clusters; <paramref name="seed"/> fixes projection and initial centroids.</summary>
    public static NerWordClusters Build(string data, int seed, TextWriter log)
    {
        List<ulong[]> streams = [];
        var isWord = new HashSet<ulong>();
        foreach (string text in Texts(data))
        {
            TokenList tokens = Tokenizer.Default.Tokenize(text);
            var hashes = new ulong[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                hashes[i] = FeatureHash.Chars(tokens.CharsAt(i), lower: true);
                if (tokens.Kinds[i] == TokenKind.Word)
                {
                    isWord.Add(hashes[i]);
                }
            }

            streams.Add(hashes);
        }

        var counts = new Dictionary<ulong, int>();
        long total = 0;
        foreach (ulong[] s in streams)
        {
            foreach (ulong h in s)
            {
                counts[h] = counts.GetValueOrDefault(h) + 1;
                total++;
            }
        }

        ulong[] vocab = [.. counts.Where(p => p.Value >= MinCount && isWord.Contains(p.Key))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(MaxWords).Select(p => p.Key)];
        ulong[] contexts = [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(ContextWords).Select(p => p.Key)];
        var vocabIndex = new Dictionary<ulong, int>(vocab.Length);
        for (int i = 0; i < vocab.Length; i++)
        {
            vocabIndex[vocab[i]] = i;
        }

        var contextIndex = new Dictionary<ulong, int>(contexts.Length);
        for (int i = 0; i < contexts.Length; i++)
        {
            contextIndex[contexts[i]] = i;
        }

        float[] vectors = Project(streams, vocabIndex, contextIndex, vocab.Length, seed);
        var ids = new uint[vocab.Length];
        for (int level = 0; level < Granularities.Length; level++)
        {
            int[] assignment = SphericalKMeans.Cluster(vectors, Dimensions, Granularities[level], Iterations, seed + level);
            for (int w = 0; w < vocab.Length; w++)
            {
                ids[w] |= (uint)assignment[w] << (NerWordClusters.BitsPerLevel * level);
            }
        }

        var map = new Dictionary<ulong, uint>(vocab.Length);
        for (int w = 0; w < vocab.Length; w++)
        {
            map[vocab[w]] = ids[w];
        }

        log.WriteLine($"word clusters: {vocab.Length:N0} words from {total:N0} tokens, {string.Join('/', Granularities)} classes");
        return new NerWordClusters(map);
    }

    /// <summary>Unlabelled sentences and documents: GMB, re3d, GUM and WNUT-17 train texts, then the raw corpora.</summary>
    private static IEnumerable<string> Texts(string data)
    {
        foreach (NerSentence s in NerCorpusReader.ReadColumns(Path.Combine(data, "gmb-ner", "gmb_train.conll"), 0, 2))
        {
            yield return s.Text;
        }

        string re3d = Path.Combine(data, "re3d", "conll");
        if (Directory.Exists(re3d))
        {
            foreach (string file in Directory.EnumerateFiles(re3d, "*.conll", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (NerSentence s in NerCorpusReader.ReadColumns(file, 0, 1))
                {
                    yield return s.Text;
                }
            }
        }

        foreach (string file in Directory.EnumerateFiles(Path.Combine(data, "gum-news-interview", "conllu"), "*.conllu").Order(StringComparer.Ordinal))
        {
            if (GumSplits.Of(Path.GetFileNameWithoutExtension(file)) == "train")
            {
                foreach (NerSentence s in NerCorpusReader.ReadGum(file))
                {
                    yield return s.Text;
                }
            }
        }

        string wnut = Path.Combine(data, "wnut17", "wnut17train.conll");
        if (File.Exists(wnut))
        {
            foreach (NerSentence s in NerCorpusReader.ReadColumns(wnut, 0, 1))
            {
                yield return s.Text;
            }
        }

        foreach (string source in RawSources)
        {
            string path = Path.Combine(data, source);
            if (File.Exists(path))
            {
                yield return File.ReadAllText(path);
            }
        }
    }

    /// <summary>PPMI rows over (slot, context word) dimensions, projected by a seeded random sign matrix and normalised.</summary>
    private static float[] Project(List<ulong[]> streams, Dictionary<ulong, int> vocabIndex, Dictionary<ulong, int> contextIndex, int words, int seed)
    {
        int dims = ContextSlots * ContextWords;
        var pairs = new List<long>();
        foreach (ulong[] s in streams)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!vocabIndex.TryGetValue(s[i], out int w))
                {
                    continue;
                }

                for (int slot = 0; slot < ContextSlots; slot++)
                {
                    int offset = slot < 2 ? slot - 2 : slot - 1;
                    int j = i + offset;
                    if (j >= 0 && j < s.Length && contextIndex.TryGetValue(s[j], out int c))
                    {
                        pairs.Add(((long)w * dims) + (slot * ContextWords) + c);
                    }
                }
            }
        }

        pairs.Sort();
        var rowSum = new double[words];
        var colSum = new double[dims];
        int runs = 0;
        for (int i = 0; i < pairs.Count; i++)
        {
            rowSum[pairs[i] / dims]++;
            colSum[pairs[i] % dims]++;
            if (i == 0 || pairs[i] != pairs[i - 1])
            {
                runs++;
            }
        }

        double smoothedTotal = 0;
        for (int c = 0; c < dims; c++)
        {
            colSum[c] = Math.Pow(colSum[c], 0.75);
            smoothedTotal += colSum[c];
        }

        var random = new Random(seed);
        var signs = new float[dims * Dimensions];
        for (int i = 0; i < signs.Length; i++)
        {
            signs[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        var vectors = new float[words * Dimensions];
        for (int i = 0; i < pairs.Count;)
        {
            long key = pairs[i];
            int run = 0;
            while (i < pairs.Count && pairs[i] == key)
            {
                run++;
                i++;
            }

            int w = (int)(key / dims), c = (int)(key % dims);
            double pmi = Math.Log(run * smoothedTotal / (rowSum[w] * colSum[c]));
            if (pmi <= 0)
            {
                continue;
            }

            Span<float> v = vectors.AsSpan(w * Dimensions, Dimensions);
            ReadOnlySpan<float> r = signs.AsSpan(c * Dimensions, Dimensions);
            for (int d = 0; d < Dimensions; d++)
            {
                v[d] += (float)pmi * r[d];
            }
        }

        for (int w = 0; w < words; w++)
        {
            SphericalKMeans.Normalise(vectors.AsSpan(w * Dimensions, Dimensions));
        }

        return vectors;
    }
}
