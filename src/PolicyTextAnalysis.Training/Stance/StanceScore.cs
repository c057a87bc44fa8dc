namespace PolicyTextAnalysis.Training.Stance;

/// <summary>Accuracy and macro F1 over favor/against (and neutral when predicted) labels.</summary>
internal sealed class StanceScore
{
    private readonly Dictionary<(string Gold, string Predicted), int> _counts = [];

    /// <summary>Number of scored items.</summary>
    public int Count { get; private set; }

    /// <summary>Records one prediction.</summary>
    public void Add(string gold, string predicted)
    {
        _counts[(gold, predicted)] = _counts.GetValueOrDefault((gold, predicted)) + 1;
        Count++;
    }

    /// <summary>Share of exact matches.</summary>
    public double Accuracy => Count == 0 ? 0 : _counts.Where(kv => kv.Key.Gold == kv.Key.Predicted).Sum(kv => kv.Value) / (double)Count;

    /// <summary>Mean F1 over the gold labels.</summary>
    public double MacroF1
    {
        get
        {
            string[] labels = [.. _counts.Keys.Select(k => k.Gold).Distinct().Order(StringComparer.Ordinal)];
            if (labels.Length == 0)
            {
                return 0;
            }

            double sum = 0;
            foreach (string label in labels)
            {
                int tp = _counts.GetValueOrDefault((label, label));
                int predicted = _counts.Where(kv => kv.Key.Predicted == label).Sum(kv => kv.Value);
                int gold = _counts.Where(kv => kv.Key.Gold == label).Sum(kv => kv.Value);
                double p = predicted == 0 ? 0 : tp / (double)predicted;
                double r = gold == 0 ? 0 : tp / (double)gold;
                sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
            }

            return sum / labels.Length;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"n={Count} accuracy={Accuracy:F4} macroF1={MacroF1:F4}";
}
