using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Repairs one systematic error of GMB's silver labels in the training split: <c>World War II</c> is labelled as the
/// numeral alone (<c>World/O War/O II/B-eve</c>, 50 times in train, against 22 whole), so a model trained on it tags
/// <c>II</c> as the event and leaves <c>World War</c> out. An EVENT that is only a numeral of a war, right after the
/// unlabelled words <c>World War</c>, takes them in. GMB's dev and test sets are scored as published.
/// </summary>
internal static class GmbEventRepair
{
    private const string Prefix = "World War ";

    /// <summary>The sentence with each such event widened over <c>World War</c>.</summary>
    public static NerSentence Repair(NerSentence sentence) => sentence.Map((s, e) =>
    {
        bool numeral = EventNames.IsNumeral(s.Surface(e));
        bool afterPrefix = e.Start >= Prefix.Length && string.CompareOrdinal(s.Text, e.Start - Prefix.Length, Prefix, 0, Prefix.Length) == 0
            && (e.Start == Prefix.Length || !char.IsLetterOrDigit(s.Text[e.Start - Prefix.Length - 1]));
        bool free = !s.Entities.Any(o => o != e && o.End > e.Start - Prefix.Length && o.Start < e.Start);
        return e.Label == EntityLabels.Event && numeral && afterPrefix && free ? e with { Start = e.Start - Prefix.Length } : e;
    });
}
