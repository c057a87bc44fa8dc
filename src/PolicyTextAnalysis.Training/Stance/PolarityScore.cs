using System.Globalization;
using PolicyTextAnalysis.Training.Evaluation;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>Per-class precision, recall and F1, macro F1 and accuracy of three-way polarity predictions.</summary>
internal sealed class PolarityScore
{
    private readonly int[,] _counts = new int[NewsMtsc.LabelNames.Length, NewsMtsc.LabelNames.Length];

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/> (class indices, same length).</summary>
    public PolarityScore(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels differ in number.", nameof(predicted));
        }

        for (int i = 0; i < gold.Count; i++)
        {
            _counts[gold[i], predicted[i]]++;
        }

        Count = gold.Count;
    }

    /// <summary>Number of scored targets.</summary>
    public int Count { get; }

    /// <summary>Share of targets whose class is right.</summary>
    public double Accuracy => Count == 0 ? 0 : Enumerable.Range(0, NewsMtsc.LabelNames.Length).Sum(c => _counts[c, c]) / (double)Count;

    /// <summary>Mean F1 over the three classes.</summary>
    public double MacroF1 => Enumerable.Range(0, NewsMtsc.LabelNames.Length).Average(c => Of(c).F1);

    /// <summary>Precision, recall and F1 of class <paramref name="label"/>.</summary>
    public SpanScore Of(int label)
    {
        int predicted = 0, gold = 0;
        for (int k = 0; k < NewsMtsc.LabelNames.Length; k++)
        {
            predicted += _counts[k, label];
            gold += _counts[label, k];
        }

        return new SpanScore(_counts[label, label], predicted, gold);
    }

    /// <summary>A few lines: macro F1 and accuracy, then one line per class.</summary>
    public string Describe(string name)
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{name} ({Count} targets): macro F1 {MacroF1:0.0000}, accuracy {Accuracy:0.0000}") };
        for (int c = 0; c < NewsMtsc.LabelNames.Length; c++)
        {
            lines.Add($"  {NewsMtsc.LabelNames[c],-8} {Of(c)}");
        }

        return string.Join('\n', lines);
    }
}
