using System.Globalization;

namespace PolicyTextAnalysis.Training.Stance;

/// <summary>
/// Emitted, judged and correct stances of one set; precision counts unjudged stances as wrong (the guard's figure)
/// and, apart, over the judged ones only.
/// </summary>
/// <param name="Emitted">Stances emitted.</param>
/// <param name="Judged">Of those, stances with a verdict.</param>
/// <param name="Correct">Stances judged correct.</param>
internal readonly record struct NewsStanceScore(int Emitted, int Judged, int Correct)
{
    /// <summary>Correct over emitted (unjudged counted wrong); 0 when nothing was emitted.</summary>
    public double Precision => Emitted == 0 ? 0 : (double)Correct / Emitted;

    /// <summary>Correct over judged.</summary>
    public double JudgedPrecision => Judged == 0 ? 0 : (double)Correct / Judged;

    /// <summary>Scores <paramref name="stances"/> against <paramref name="judgments"/>.</summary>
    public static NewsStanceScore Of(IReadOnlyCollection<NewsStance> stances, NewsStanceJudgments judgments)
    {
        int judged = 0, correct = 0;
        foreach (NewsStance s in stances)
        {
            if (judgments.Verdict(s) is { } verdict)
            {
                judged++;
                correct += verdict ? 1 : 0;
            }
        }

        return new NewsStanceScore(stances.Count, judged, correct);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"emitted {Emitted,4}  judged {Judged,4}  correct {Correct,4}  precision {Precision:F3} (over judged {JudgedPrecision:F3})");
}
