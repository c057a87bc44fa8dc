using System.Diagnostics;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Trains the structured averaged perceptron: for each sentence, decode with the current weights (Viterbi over
/// valid BILOU transitions) and, where the path differs from the gold path, add the gold features and subtract
/// the predicted ones. Weights are averaged over every step (Daume's trick: one extra accumulator). The
/// shuffling order comes from the seed, so a run is deterministic.
/// <para>
/// Partial annotation (<see cref="Options.Partial"/>): a sentence from a corpus that does not annotate some types
/// (<see cref="NerSentence.Unannotated"/>), or that has spans of open or unknown type (<c>LOC|FAC|GPE</c>, <c>MASK</c>),
/// has per token a mask of the tags consistent with what is known: an unlabelled token may be O or, when capitalised,
/// any tag of an unannotated type; a labelled one any of its alternatives at its position; a masked one anything. The update then
/// goes toward the best path under the current weights that fits the masks (constrained Viterbi), instead of toward a
/// gold path that would call every unannotated name O. With the option off, O means O, the first alternative is
/// taken and masked spans are O (the ablation baseline, and what the fully labelled corpora get either way).
/// </para>
/// </summary>
internal sealed partial class NerTrainer
{
    private readonly NerTagSet _tags;
    private readonly NerGazetteer _gazetteer;
    private readonly Dictionary<ulong, int> _index = [];
    private readonly List<ulong> _keys = [];
    private readonly List<Example> _examples = [];

    public NerTrainer(IReadOnlyList<string> types, NerGazetteer gazetteer)
    {
        _tags = new NerTagSet(types);
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// Which partial-annotation masks <see cref="Prepare"/> builds (for ablations): the unannotated types of a corpus
    /// (<see cref="NerSentence.Unannotated"/>), the spans of open or unknown type, or both (the default).
    /// </summary>
    [Flags]
    public enum PartialParts
    {
        /// <summary>No masks.</summary>
        None = 0,

        /// <summary>An unlabelled token may be any unannotated type.</summary>
        Types = 1,

        /// <summary>A span with alternatives may be any of them; a masked or unplaceable span anything.</summary>
        Spans = 2,

        /// <summary>Both.</summary>
        All = Types | Spans,
    }

    /// <summary>The masks built by <see cref="Prepare"/> (set before it).</summary>
    public PartialParts Parts { get; set; } = PartialParts.All;

    /// <summary>When set, only these of a corpus's unannotated types are masked (the others' O stays O).</summary>
    public IReadOnlySet<string>? MaskedTypes { get; set; }

    /// <summary>The syntax-layer facts the model reads as features (tags and relations from the shipped syntax model).</summary>
    public NerSyntaxFeatures Syntax { get; set; }

    /// <summary>Options of a run; <paramref name="Partial"/> turns on the partial-annotation update; <paramref name="Members"/>
    /// models are trained alike but for the seed (<paramref name="Seed"/>, <paramref name="Seed"/> + 1, ...: another
    /// order of the data each) and the model has their mean weights.</summary>
    public sealed record Options(int Epochs, int Seed, int MinFeatureCount, float PruneBelow, bool Partial = false, int Members = 1);

    /// <summary>Tokenizes the sentences, projects gold entities onto the tokens and indexes features seen often enough.</summary>
    public void Prepare(IReadOnlyList<NerSentence> sentences, int minFeatureCount, TextWriter log)
    {
        var work = new NerWorkspace();
        var counts = new Dictionary<ulong, int>();
        var tokenized = new List<(NerSentence Sentence, TokenList Tokens)>(sentences.Count);
        foreach (NerSentence s in sentences)
        {
            TokenList tokens = Tokenizer.Default.Tokenize(s.Text);
            if (tokens.Count == 0)
            {
                continue;
            }

            tokenized.Add((s, tokens));
            NerSyntaxContext.Fill(tokens, 0, tokens.Count, null, Syntax, work);
            NerFeatureExtractor.Extract(s.Text, tokens, 0, tokens.Count, _gazetteer, work, Syntax);
            for (int k = 0; k < tokens.Count; k++)
            {
                foreach (ulong f in work.Features.AsSpan(k * NerFeatureExtractor.Stride, work.FeatureCounts[k]))
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }

        foreach ((ulong key, int count) in counts.OrderBy(p => p.Key))
        {
            if (count >= minFeatureCount)
            {
                _index[key] = _keys.Count;
                _keys.Add(key);
            }
        }

        int dropped = 0;
        foreach ((NerSentence s, TokenList tokens) in tokenized)
        {
            NerSyntaxContext.Fill(tokens, 0, tokens.Count, null, Syntax, work);
            NerFeatureExtractor.Extract(s.Text, tokens, 0, tokens.Count, _gazetteer, work, Syntax);
            var offsets = new int[tokens.Count + 1];
            var features = new List<int>(tokens.Count * 40);
            for (int k = 0; k < tokens.Count; k++)
            {
                offsets[k] = features.Count;
                foreach (ulong f in work.Features.AsSpan(k * NerFeatureExtractor.Stride, work.FeatureCounts[k]))
                {
                    if (_index.TryGetValue(f, out int id))
                    {
                        features.Add(id);
                    }
                }
            }

            offsets[tokens.Count] = features.Count;
            _examples.Add(new Example([.. features], offsets, GoldTags(s, tokens, ref dropped), AllowedTags(s, tokens), tokens, s.Weight));
        }

        log.WriteLine($"prepared {_examples.Count:N0} sentences, {_examples.Sum(e => e.Gold.Length):N0} tokens, "
            + $"{_keys.Count:N0} features (of {counts.Count:N0} seen), {dropped:N0} entities not on token boundaries dropped");
    }

    /// <summary>Runs the epochs and returns the averaged, pruned model (the mean of <see cref="Options.Members"/> runs,
    /// two at a time on the machine's cores).</summary>
    public NerModel Train(Options options, TextWriter log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Members, 1);
        if (options.Members == 1)
        {
            (float[] w1, float[] trans1) = TrainOne(options, options.Seed, log);
            return new NerModel(_tags, trans1, Prune(w1, options.PruneBelow), _gazetteer, Syntax);
        }

        var runs = new (float[] W, float[] Trans)[options.Members];
        var logs = new StringWriter[options.Members];
        Parallel.For(0, options.Members, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m =>
        {
            logs[m] = new StringWriter();
            runs[m] = TrainOne(options, options.Seed + m, logs[m]);
        });
        for (int m = 0; m < options.Members; m++)
        {
            log.Write($"member {m + 1} (seed {options.Seed + m}):{Environment.NewLine}{logs[m]}");
        }

        float[] w = Mean(runs.Select(r => r.W).ToArray());
        float[] trans = Mean(runs.Select(r => r.Trans).ToArray());
        return new NerModel(_tags, trans, Prune(w, options.PruneBelow), _gazetteer, Syntax);
    }

    private static float[] Mean(float[][] members)
    {
        var mean = new float[members[0].Length];
        foreach (float[] m in members)
        {
            for (int i = 0; i < mean.Length; i++)
            {
                mean[i] += m[i];
            }
        }

        for (int i = 0; i < mean.Length; i++)
        {
            mean[i] /= members.Length;
        }

        return mean;
    }

    /// <summary>One run of the epochs: the averaged feature and transition weights.</summary>
    private (float[] W, float[] Trans) TrainOne(Options options, int seed, TextWriter log)
    {
        int t = _tags.Count;
        var w = new float[_keys.Count * t];
        var u = new float[_keys.Count * t];
        var trans = new float[(t + 1) * t];
        var transU = new float[(t + 1) * t];
        var decoder = new NerDecoder(_tags, trans);
        var work = new NerWorkspace();
        var constrained = new NerWorkspace();
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, _examples.Count)];
        float c = 1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            long wrong = 0, total = 0;
            foreach (int i in order)
            {
                Example ex = _examples[i];
                int n = ex.Gold.Length;
                work.EnsureScores(n, t);
                Span<float> scores = work.Scores.AsSpan(0, n * t);
                scores.Clear();
                for (int k = 0; k < n; k++)
                {
                    Span<float> row = scores.Slice(k * t, t);
                    for (int j = ex.Offsets[k]; j < ex.Offsets[k + 1]; j++)
                    {
                        ReadOnlySpan<float> wf = w.AsSpan(ex.Features[j] * t, t);
                        for (int y = 0; y < t; y++)
                        {
                            row[y] += wf[y];
                        }
                    }
                }

                NamedEntityRecognizer.BlockTokens(ex.Tokens, 0, n, t, scores);
                int[] target = ex.Gold;
                if (options.Partial && ex.Allowed is { } allowed)
                {
                    target = BestAllowed(decoder, constrained, scores, allowed, n, t);
                }

                decoder.Decode(work, n);
                total += n;
                for (int k = 0; k < n; k++)
                {
                    int gold = target[k], pred = work.Path[k];
                    int goldPrev = k == 0 ? t : target[k - 1], predPrev = k == 0 ? t : work.Path[k - 1];
                    if (gold != pred)
                    {
                        wrong++;
                        for (int j = ex.Offsets[k]; j < ex.Offsets[k + 1]; j++)
                        {
                            int f = ex.Features[j] * t;
                            w[f + gold] += ex.Weight;
                            u[f + gold] += c * ex.Weight;
                            w[f + pred] -= ex.Weight;
                            u[f + pred] -= c * ex.Weight;
                        }
                    }

                    if (gold != pred || goldPrev != predPrev)
                    {
                        trans[goldPrev * t + gold] += ex.Weight;
                        transU[goldPrev * t + gold] += c * ex.Weight;
                        trans[predPrev * t + pred] -= ex.Weight;
                        transU[predPrev * t + pred] -= c * ex.Weight;
                    }
                }

                decoder.RefreshTransitions();
                c++;
            }

            log.WriteLine($"epoch {epoch}: token error {(double)wrong / total:P2}, {clock.Elapsed.TotalSeconds:0.0} s");
        }

        for (int i = 0; i < w.Length; i++)
        {
            w[i] -= u[i] / c;
        }

        for (int i = 0; i < trans.Length; i++)
        {
            trans[i] -= transU[i] / c;
        }

        return (w, trans);
    }

    /// <summary>The best path whose every tag is allowed by the token's mask (the partial-annotation target).</summary>
    private static int[] BestAllowed(NerDecoder decoder, NerWorkspace constrained, ReadOnlySpan<float> scores, ulong[] allowed, int n, int t)
    {
        constrained.EnsureScores(n, t);
        Span<float> masked = constrained.Scores.AsSpan(0, n * t);
        scores.CopyTo(masked);
        for (int k = 0; k < n; k++)
        {
            for (int y = 0; y < t; y++)
            {
                if ((allowed[k] & (1UL << y)) == 0)
                {
                    masked[k * t + y] -= 1e7f;
                }
            }
        }

        decoder.Decode(constrained, n);
        return constrained.Path[..n];
    }

    private NerWeights Prune(float[] w, float pruneBelow)
    {
        int t = _tags.Count;
        var features = new List<ulong>();
        var starts = new List<int>();
        var tags = new List<byte>();
        var weights = new List<float>();
        for (int f = 0; f < _keys.Count; f++)
        {
            int before = tags.Count;
            for (int y = 0; y < t; y++)
            {
                float x = w[f * t + y];
                if (Math.Abs(x) >= pruneBelow)
                {
                    tags.Add((byte)y);
                    weights.Add(x);
                }
            }

            if (tags.Count > before)
            {
                features.Add(_keys[f]);
                starts.Add(before);
            }
        }

        starts.Add(tags.Count);
        return new NerWeights([.. features], [.. starts], [.. tags], [.. weights]);
    }

    private sealed record Example(int[] Features, int[] Offsets, int[] Gold, ulong[]? Allowed, TokenList Tokens, float Weight);
}
