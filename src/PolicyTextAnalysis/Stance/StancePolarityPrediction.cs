namespace PolicyTextAnalysis;

/// <summary>
/// How a sentence treats one target, as probabilities that sum to one: favourable (positive), unfavourable (negative)
/// or neutral. Produced by <see cref="Stance.StancePolarityModel"/>.
/// </summary>
/// <param name="Favor">Probability that the sentence is positive toward the target.</param>
/// <param name="Against">Probability that the sentence is negative toward the target.</param>
/// <param name="Neutral">Probability that the sentence is neutral toward the target.</param>
public readonly record struct StancePolarityPrediction(double Favor, double Against, double Neutral)
{
    /// <summary>The most probable polarity (neutral on a tie).</summary>
    public StancePolarity Polarity =>
        Favor > Against && Favor > Neutral ? StancePolarity.Favor
        : Against > Favor && Against > Neutral ? StancePolarity.Against
        : StancePolarity.Neutral;

    /// <summary>The probability of <paramref name="polarity"/>.</summary>
    public double Probability(StancePolarity polarity) => polarity switch
    {
        StancePolarity.Favor => Favor,
        StancePolarity.Against => Against,
        _ => Neutral,
    };
}
