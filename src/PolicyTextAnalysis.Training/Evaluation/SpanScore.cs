namespace PolicyTextAnalysis.Training.Evaluation;

/// <summary>Precision, recall and F1 from counts of true positives, predictions and gold items.</summary>
public readonly record struct SpanScore(int TruePositives, int Predicted, int Gold)
{
    /// <summary>TP / predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    /// <summary>TP / gold (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two scores.</summary>
    public static SpanScore operator +(SpanScore a, SpanScore b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Scores two sets of items by exact match.</summary>
    public static SpanScore Compare<T>(IEnumerable<T> predicted, IEnumerable<T> gold)
    {
        var goldSet = new HashSet<T>(gold);
        var predictedSet = new HashSet<T>(predicted);
        int tp = predictedSet.Count(goldSet.Contains);
        return new SpanScore(tp, predictedSet.Count, goldSet.Count);
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:0.0000}  R {Recall:0.0000}  F1 {F1:0.0000}  (tp {TruePositives}, pred {Predicted}, gold {Gold})");
}
