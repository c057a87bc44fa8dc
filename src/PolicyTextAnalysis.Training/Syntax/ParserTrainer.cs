using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// Trains the labelled arc-hybrid transition model with the dynamic oracle of Goldberg and Nivre (2013), extended to
/// labels: at each state the gold transitions are those that lose the fewest reachable gold arcs, an arc with the right
/// head but the wrong label counting as lost; after the first epoch the trainer follows its own prediction most of the
/// time (error exploration), so it learns to recover from its mistakes.
/// </summary>
internal static class ParserTrainer
{
    /// <summary>Index of shift's unlabelled cost.</summary>
    public const int Shift = 0;

    /// <summary>Index of left-arc's unlabelled cost.</summary>
    public const int Left = 1;

    /// <summary>Index of right-arc's unlabelled cost.</summary>
    public const int Right = 2;

    /// <summary>Trains on sentences with predicted tags (jack-knifed, as at run time); labels index <paramref name="labels"/>.</summary>
    public static DependencyParser Train(
        IReadOnlyList<(WordHashes[] Words, int[] Tags, uint[] Ambiguity, int[] Heads, int[] Labels)> sentences, IReadOnlyList<string> labels,
        TagDictionary dictionary, int epochs, int seed, double explore = 0.9, int prune = 1, NerWordClusters? clusters = null)
    {
        AveragedPerceptron perceptron = TrainPerceptron(sentences, labels, epochs, seed, explore, clusters);
        return new DependencyParser(perceptron.ToModel(prune), labels, dictionary, clusters);
    }

    /// <summary>
    /// Trains <paramref name="members"/> parsers alike but for the seed (<paramref name="seed"/>, <paramref name="seed"/> + 1,
    /// ...; so a different order of the data and of exploration each), side by side on the machine's cores, and returns
    /// one parser with their mean weights (<see cref="AveragedPerceptron.Average"/>). One member is <see cref="Train"/>.
    /// </summary>
    public static DependencyParser TrainAveraged(
        IReadOnlyList<(WordHashes[] Words, int[] Tags, uint[] Ambiguity, int[] Heads, int[] Labels)> sentences, IReadOnlyList<string> labels,
        TagDictionary dictionary, int epochs, int seed, int members, double explore = 0.9, int prune = 1, NerWordClusters? clusters = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        if (members == 1)
        {
            return Train(sentences, labels, dictionary, epochs, seed, explore, prune, clusters);
        }

        var trained = new AveragedPerceptron[members];
        Parallel.For(0, members, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            m => trained[m] = TrainPerceptron(sentences, labels, epochs, seed + m, explore, clusters));
        return new DependencyParser(AveragedPerceptron.Average(trained, prune), labels, dictionary, clusters);
    }

    private static AveragedPerceptron TrainPerceptron(
        IReadOnlyList<(WordHashes[] Words, int[] Tags, uint[] Ambiguity, int[] Heads, int[] Labels)> sentences, IReadOnlyList<string> labels,
        int epochs, int seed, double explore, NerWordClusters? clusters)
    {
        ArgumentNullException.ThrowIfNull(labels);
        clusters ??= NerWordClusters.Empty;
        var actions = new ParserActions(labels.Count, labels.ToList().IndexOf(DependencyParser.RootLabel));
        var perceptron = new AveragedPerceptron(actions.Count);
        var random = new Random(seed);
        var data = sentences.Select(s => (s.Words, s.Tags, s.Ambiguity, s.Heads, s.Labels, Classes: WordClassLookup.Of(s.Words, clusters))).ToList();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = new float[actions.Count];
        Span<int> costs = stackalloc int[3];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            TaggerTrainer.Shuffle(data, random);
            foreach ((WordHashes[] words, int[] tags, uint[] ambiguity, int[] goldHeads, int[] goldLabels, uint[] wordClasses) in data)
            {
                int n = words.Length;
                int[] gold = goldHeads.Select(h => h < 0 ? n : h).ToArray();
                var state = new ParserState(n);
                while (!state.IsTerminal)
                {
                    int count = ParserFeatures.Extract(state, words, tags, ambiguity, features, wordClasses);
                    perceptron.Score(features[..count], scores);
                    int guess = actions.Best(state, scores);
                    Costs(state, gold, costs);
                    int best = BestZeroCost(actions, state, gold, goldLabels, costs, scores);
                    perceptron.Tick();
                    if (Cost(actions, state, gold, goldLabels, costs, guess) > Cost(actions, state, gold, goldLabels, costs, best))
                    {
                        perceptron.Update(features[..count], best, guess);
                    }

                    int next = epoch > 0 && random.NextDouble() < explore ? guess : best;
                    actions.Apply(state, next);
                }
            }
        }

        return perceptron;
    }

    /// <summary>
    /// The cost of labelled transition <paramref name="c"/>: the unlabelled cost of its kind (<paramref name="costs"/>),
    /// plus one when it builds the stack top's gold arc with another label.
    /// </summary>
    public static int Cost(ParserActions actions, ParserState state, int[] gold, int[] goldLabels, ReadOnlySpan<int> costs, int c)
    {
        if (c == ParserActions.Shift)
        {
            return costs[Shift];
        }

        int s0 = state.Stack(0);
        if (actions.IsLeft(c))
        {
            return costs[Left] + (gold[s0] == state.Buffer && goldLabels[s0] != actions.LabelOf(c) ? 1 : 0);
        }

        return costs[Right] + (gold[s0] == state.Stack(1) && goldLabels[s0] != actions.LabelOf(c) ? 1 : 0);
    }

    // The highest-scoring valid transition of least cost. A gold arc gets its gold label; any other arc loses the top's
    // gold arc whatever its label, so the model's favourite label is taken.
    private static int BestZeroCost(ParserActions actions, ParserState state, int[] gold, int[] goldLabels, ReadOnlySpan<int> costs, ReadOnlySpan<float> scores)
    {
        int best = -1, bestCost = int.MaxValue;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < actions.Count; c++)
        {
            if (!actions.IsValid(state, c))
            {
                continue;
            }

            int cost = Cost(actions, state, gold, goldLabels, costs, c);
            if (cost < bestCost || (cost == bestCost && scores[c] > bestScore))
            {
                (best, bestCost, bestScore) = (c, cost, scores[c]);
            }
        }

        return best;
    }

    /// <summary>
    /// The number of gold arcs each kind of transition (<see cref="Shift"/>, <see cref="Left"/>, <see cref="Right"/>)
    /// makes unreachable, labels aside (<paramref name="gold"/>: head of each word, the root as <c>n</c>). Shift loses the new stack word's head among the stack below the top and its dependents on the
    /// stack; left-arc loses the top's head if it is the second stack item or later in the buffer, and its dependents
    /// in the buffer; right-arc loses the top's head if it is in the buffer, and its dependents in the buffer.
    /// </summary>
    public static void Costs(ParserState state, int[] gold, Span<int> costs)
    {
        int n = state.Length;
        int s0 = state.Stack(0), s1 = state.Stack(1), b = state.Buffer;
        costs.Clear();
        if (state.CanShift)
        {
            int cost = 0;
            for (int depth = 0; depth < state.StackCount; depth++)
            {
                int item = state.Stack(depth);
                if (depth > 0 && gold[b] == item)
                {
                    cost++;
                }

                if (gold[item] == b)
                {
                    cost++;
                }
            }

            costs[Shift] = cost;
        }

        if (s0 >= 0)
        {
            int dependentsInBuffer = 0;
            for (int i = b; i < n; i++)
            {
                if (gold[i] == s0)
                {
                    dependentsInBuffer++;
                }
            }

            int head = gold[s0];
            costs[Left] = dependentsInBuffer + (head != b && (head == s1 || head > b) ? 1 : 0);
            costs[Right] = dependentsInBuffer + (head != s1 && head >= b ? 1 : 0);
        }
    }
}
