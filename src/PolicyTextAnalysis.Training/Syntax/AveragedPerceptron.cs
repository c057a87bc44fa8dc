using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// A multiclass averaged perceptron over hashed features, trained online; weights are averaged lazily (each weight
/// remembers when it last changed). Each feature keeps only the classes it was updated for: the labelled parser has
/// over a hundred classes and millions of features, of which most only ever meet a few classes. <see cref="ToModel"/>
/// averages, prunes near-zero weights and returns the runtime <see cref="SparseLinearModel"/>.
/// </summary>
internal sealed class AveragedPerceptron(int classCount)
{
    private readonly Dictionary<ulong, Row> _rows = [];
    private int _instances;

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; } = classCount;

    /// <summary>Features with weights so far.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Counts one training instance (call once per prediction, updated or not).</summary>
    public void Tick() => _instances++;

    /// <summary>Scores with the current (not averaged) weights.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong f in features)
        {
            if (_rows.TryGetValue(f, out Row? row))
            {
                for (int e = 0; e < row.Count; e++)
                {
                    scores[row.Classes[e]] += row.Weights[e];
                }
            }
        }
    }

    /// <summary>Moves the weights toward <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (ulong f in features)
        {
            if (!_rows.TryGetValue(f, out Row? row))
            {
                row = new Row();
                _rows[f] = row;
            }

            row.Updates++;
            row.Change(truth, 1, _instances);
            row.Change(guess, -1, _instances);
        }
    }

    /// <summary>
    /// The averaged weights as a runtime model. Features that took part in fewer than <paramref name="minUpdates"/>
    /// updates are dropped (rare features are mostly noise and most of the size), as are weights below
    /// <paramref name="threshold"/> in size.
    /// </summary>
    public SparseLinearModel ToModel(int minUpdates = 1, float threshold = 1e-3f)
    {
        var features = new List<(ulong, (int, float)[])>(_rows.Count);
        var entries = new List<(int, float)>();
        foreach ((ulong key, Row row) in _rows)
        {
            if (row.Updates < minUpdates)
            {
                continue;
            }

            entries.Clear();
            for (int e = 0; e < row.Count; e++)
            {
                float total = row.Totals[e] + ((_instances - row.Stamps[e]) * row.Weights[e]);
                float average = total / Math.Max(1, _instances);
                if (Math.Abs(average) >= threshold)
                {
                    entries.Add((row.Classes[e], average));
                }
            }

            if (entries.Count > 0)
            {
                entries.Sort((a, b) => a.Item1.CompareTo(b.Item1));
                features.Add((key, entries.ToArray()));
            }
        }

        return new SparseLinearModel(ClassCount, features);
    }

    /// <summary>
    /// One model whose weights are the mean of the averaged weights of <paramref name="members"/> (perceptrons trained
    /// alike with different orders of the data): a feature's weight is the mean over all members, zero where a member
    /// never updated it; a feature is kept when the members updated it at least <paramref name="minUpdates"/> times
    /// each on average. Averaging members trained on different shuffles lowers the variance one training run has.
    /// </summary>
    public static SparseLinearModel Average(IReadOnlyList<AveragedPerceptron> members, int minUpdates = 1, float threshold = 1e-3f)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0 || members.Any(m => m.ClassCount != members[0].ClassCount))
        {
            throw new ArgumentException("the members must be one or more perceptrons with the same classes", nameof(members));
        }

        var keys = new HashSet<ulong>();
        foreach (AveragedPerceptron m in members)
        {
            keys.UnionWith(m._rows.Keys);
        }

        int classCount = members[0].ClassCount;
        var sums = new float[classCount];
        var touched = new List<int>();
        var features = new List<(ulong, (int, float)[])>();
        foreach (ulong key in keys.Order())
        {
            int updates = 0;
            foreach (AveragedPerceptron m in members)
            {
                if (m._rows.TryGetValue(key, out Row? row))
                {
                    updates += row.Updates;
                    for (int e = 0; e < row.Count; e++)
                    {
                        int c = row.Classes[e];
                        if (sums[c] == 0f && !touched.Contains(c))
                        {
                            touched.Add(c);
                        }

                        float total = row.Totals[e] + ((m._instances - row.Stamps[e]) * row.Weights[e]);
                        sums[c] += total / Math.Max(1, m._instances);
                    }
                }
            }

            if (updates >= minUpdates * members.Count)
            {
                touched.Sort();
                var entries = new List<(int, float)>(touched.Count);
                foreach (int c in touched)
                {
                    float mean = sums[c] / members.Count;
                    if (Math.Abs(mean) >= threshold)
                    {
                        entries.Add((c, mean));
                    }
                }

                if (entries.Count > 0)
                {
                    features.Add((key, entries.ToArray()));
                }
            }

            foreach (int c in touched)
            {
                sums[c] = 0f;
            }

            touched.Clear();
        }

        return new SparseLinearModel(classCount, features);
    }

    // The classes a feature has weights for, with their current weights, running totals and last-change times.
    private sealed class Row
    {
        public int Count;
        public int Updates;
        public int[] Classes = new int[2];
        public float[] Weights = new float[2];
        public float[] Totals = new float[2];
        public int[] Stamps = new int[2];

        public void Change(int c, float delta, int now)
        {
            int e = Array.IndexOf(Classes, c, 0, Count);
            if (e < 0)
            {
                if (Count == Classes.Length)
                {
                    Array.Resize(ref Classes, Count * 2);
                    Array.Resize(ref Weights, Count * 2);
                    Array.Resize(ref Totals, Count * 2);
                    Array.Resize(ref Stamps, Count * 2);
                }

                e = Count++;
                Classes[e] = c;
                Stamps[e] = now;
            }

            Totals[e] += (now - Stamps[e]) * Weights[e];
            Stamps[e] = now;
            Weights[e] += delta;
        }
    }
}
