namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>
/// One eRST discourse relation of GUM's <c>Discourse=</c> layer: the unit that starts at the annotated word
/// (<see cref="Source"/>) attaches to <see cref="Target"/> with <see cref="Label"/>. For attribution the source unit is
/// the attributing clause (<c>researchers say</c>) and the target the head unit of the reported content.
/// </summary>
/// <param name="Label">The relation (<c>attribution-positive</c>, <c>elaboration-additional</c>, ...).</param>
/// <param name="Source">The number of the attached unit (GUM numbers units from 1 in text order).</param>
/// <param name="Target">The number of the unit it attaches to.</param>
/// <param name="Secondary">True for a secondary (non-tree) edge, written after a <c>;</c>.</param>
/// <param name="Signals">The relation's signals.</param>
public sealed record GumRelation(string Label, int Source, int Target, bool Secondary, IReadOnlyList<GumSignal> Signals)
{
    /// <summary>The words (document indices) of every signal of <paramref name="subtype"/> (<c>atsrc</c>, <c>indwd</c>).</summary>
    public IEnumerable<int> SignalWords(string subtype) =>
        Signals.Where(s => s.Subtype == subtype).SelectMany(s => s.Words).Distinct();
}
