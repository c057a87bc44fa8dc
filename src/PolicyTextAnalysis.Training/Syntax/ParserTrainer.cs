using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// Trains the arc-hybrid transition model with the dynamic oracle of Goldberg and Nivre (2013): at each state the
/// gold transitions are those that lose the fewest reachable gold arcs; after the first epoch the trainer follows its
/// own prediction most of the time (error exploration), so it learns to recover from its mistakes.
/// </summary>
internal static class ParserTrainer
{
    /// <summary>Trains on sentences with predicted tags (jack-knifed, as at run time).</summary>
    public static SparseLinearModel Train(IReadOnlyList<(WordHashes[] Words, int[] Tags, int[] Heads)> sentences, int epochs, int seed, double explore = 0.9, int prune = 1)
    {
        var perceptron = new AveragedPerceptron(3);
        var random = new Random(seed);
        var data = sentences.ToList();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[3];
        Span<int> costs = stackalloc int[3];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            TaggerTrainer.Shuffle(data, random);
            foreach ((WordHashes[] words, int[] tags, int[] goldHeads) in data)
            {
                int n = words.Length;
                int[] gold = goldHeads.Select(h => h < 0 ? n : h).ToArray();
                var state = new ParserState(n);
                while (!state.IsTerminal)
                {
                    int count = ParserFeatures.Extract(state, words, tags, features);
                    perceptron.Score(features[..count], scores);
                    int guess = DependencyParser.Best(state, scores);
                    Costs(state, gold, costs);
                    int min = int.MaxValue;
                    for (int c = 0; c < 3; c++)
                    {
                        if (DependencyParser.IsValid(state, c))
                        {
                            min = Math.Min(min, costs[c]);
                        }
                    }

                    int best = -1;
                    for (int c = 0; c < 3; c++)
                    {
                        if (DependencyParser.IsValid(state, c) && costs[c] == min && (best < 0 || scores[c] > scores[best]))
                        {
                            best = c;
                        }
                    }

                    perceptron.Tick();
                    if (costs[guess] > min)
                    {
                        perceptron.Update(features[..count], best, guess);
                    }

                    int next = epoch > 0 && random.NextDouble() < explore ? guess : best;
                    DependencyParser.Apply(state, next);
                }
            }
        }

        return perceptron.ToModel(prune);
    }

    /// <summary>
    /// The number of gold arcs each transition makes unreachable (<paramref name="gold"/>: head of each word, the root
    /// as <c>n</c>). Shift loses the new stack word's head among the stack below the top and its dependents on the
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

            costs[DependencyParser.Shift] = cost;
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
            costs[DependencyParser.Left] = dependentsInBuffer + (head != b && (head == s1 || head > b) ? 1 : 0);
            costs[DependencyParser.Right] = dependentsInBuffer + (head != s1 && head >= b ? 1 : 0);
        }
    }
}
