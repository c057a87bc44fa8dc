using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// A multiclass averaged perceptron over hashed features, trained online; weights are averaged lazily (each weight
/// remembers when it last changed). <see cref="ToModel"/> averages, prunes near-zero weights and returns the runtime
/// <see cref="SparseLinearModel"/>.
/// </summary>
internal sealed class AveragedPerceptron(int classCount)
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<float[]> _weights = [];
    private readonly List<float[]> _totals = [];
    private readonly List<int[]> _stamps = [];
    private readonly List<int> _updates = [];
    private int _instances;

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; } = classCount;

    /// <summary>Features with weights so far.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Counts one training instance (call once per prediction, updated or not).</summary>
    public void Tick() => _instances++;

    /// <summary>Scores with the current (not averaged) weights.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong f in features)
        {
            if (_ids.TryGetValue(f, out int id))
            {
                float[] w = _weights[id];
                for (int c = 0; c < w.Length; c++)
                {
                    scores[c] += w[c];
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
            if (!_ids.TryGetValue(f, out int id))
            {
                id = _weights.Count;
                _ids[f] = id;
                _weights.Add(new float[ClassCount]);
                _totals.Add(new float[ClassCount]);
                _stamps.Add(new int[ClassCount]);
                _updates.Add(0);
            }

            _updates[id]++;

            Change(id, truth, 1);
            Change(id, guess, -1);
        }
    }

    private void Change(int id, int c, float delta)
    {
        float[] w = _weights[id];
        _totals[id][c] += (_instances - _stamps[id][c]) * w[c];
        _stamps[id][c] = _instances;
        w[c] += delta;
    }

    /// <summary>
    /// The averaged weights as a runtime model. Features that took part in fewer than <paramref name="minUpdates"/>
    /// updates are dropped (rare features are mostly noise and most of the size), as are weights below
    /// <paramref name="threshold"/> in size.
    /// </summary>
    public SparseLinearModel ToModel(int minUpdates = 1, float threshold = 1e-3f)
    {
        var features = new List<(ulong, (int, float)[])>(_ids.Count);
        var entries = new List<(int, float)>();
        foreach ((ulong key, int id) in _ids)
        {
            if (_updates[id] < minUpdates)
            {
                continue;
            }

            entries.Clear();
            for (int c = 0; c < ClassCount; c++)
            {
                float total = _totals[id][c] + (_instances - _stamps[id][c]) * _weights[id][c];
                float average = total / Math.Max(1, _instances);
                if (Math.Abs(average) >= threshold)
                {
                    entries.Add((c, average));
                }
            }

            if (entries.Count > 0)
            {
                features.Add((key, entries.ToArray()));
            }
        }

        return new SparseLinearModel(ClassCount, features);
    }
}
