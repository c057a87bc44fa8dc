namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// Platt scaling: fits <c>p = sigmoid(A * score + B)</c> to held-out scores by weighted maximum likelihood (Newton's
/// method on the two parameters). With balanced weights, the calibrated probability is the chance of the positive
/// class were both classes equally frequent, so 0.5 is the decision point that minimises the balanced error.
/// </summary>
public static class PlattCalibration
{
    /// <summary>Fits (A, B) to <paramref name="scores"/> (log-odds) and <paramref name="labels"/>; <paramref name="balanced"/>
    /// weights each positive by negatives / positives.</summary>
    public static (double A, double B) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, bool balanced)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        int positives = labels.Count(l => l);
        double positiveWeight = balanced && positives > 0 ? (double)(labels.Count - positives) / positives : 1;
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < scores.Count; i++)
            {
                double w = labels[i] ? positiveWeight : 1;
                double p = 1 / (1 + Math.Exp(-(a * scores[i] + b)));
                double r = p - (labels[i] ? 1 : 0);
                double h = Math.Max(p * (1 - p), 1e-12);
                ga += w * r * scores[i];
                gb += w * r;
                haa += w * h * scores[i] * scores[i];
                hab += w * h * scores[i];
                hbb += w * h;
            }

            // A small ridge keeps the step defined when the scores barely vary.
            haa += 1e-9;
            hbb += 1e-9;
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) < 1e-10 && Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }

    /// <summary>The log-odds of a probability, clamped away from 0 and 1.</summary>
    public static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(p / (1 - p));
    }
}
