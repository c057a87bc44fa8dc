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
    /// <remarks>
    /// As Platt (1999) and Lin, Lin and Weng (2007) recommend: the targets are smoothed ((N+ + 1) / (N+ + 2) for positives,
    /// 1 / (N- + 2) for negatives), so the optimum is finite even when the scores separate the classes, and each Newton
    /// step is halved until the loss falls, so the fit cannot diverge.
    /// </remarks>
    public static (double A, double B) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, bool balanced)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        int positives = labels.Count(l => l);
        int negatives = labels.Count - positives;
        double positiveWeight = balanced && positives > 0 ? (double)negatives / positives : 1;
        double high = (positives + 1.0) / (positives + 2.0), low = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        double loss = Loss(scores, labels, positiveWeight, high, low, a, b);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < scores.Count; i++)
            {
                double w = labels[i] ? positiveWeight : 1;
                double p = Sigmoid(a * scores[i] + b);
                double r = p - (labels[i] ? high : low);
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
            double step = 1, next = double.PositiveInfinity;
            while (step > 1e-10)
            {
                next = Loss(scores, labels, positiveWeight, high, low, a - step * da, b - step * db);
                if (next <= loss - 1e-4 * step * (ga * da + gb * db))
                {
                    break;
                }

                step /= 2;
            }

            if (step <= 1e-10)
            {
                break;
            }

            a -= step * da;
            b -= step * db;
            bool converged = loss - next < 1e-12 * Math.Max(1, Math.Abs(loss));
            loss = next;
            if (converged)
            {
                break;
            }
        }

        return (a, b);
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>The weighted cross-entropy of the smoothed targets.</summary>
    private static double Loss(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double positiveWeight, double high, double low, double a, double b)
    {
        double loss = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            double z = a * scores[i] + b;
            double t = labels[i] ? high : low;

            // log(1 + e^z) computed stably: -t log p - (1 - t) log(1 - p) = log(1 + e^z) - t z.
            double softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            loss += (labels[i] ? positiveWeight : 1) * (softplus - t * z);
        }

        return loss;
    }

    /// <summary>The log-odds of a probability, clamped away from 0 and 1.</summary>
    public static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(p / (1 - p));
    }
}
