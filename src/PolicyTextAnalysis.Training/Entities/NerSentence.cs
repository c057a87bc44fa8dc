namespace PolicyTextAnalysis.Training.Entities;

/// <summary>A gold entity: a character span of a sentence's text and its label (source or mapped).</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">The label; in training data also alternatives joined by <c>|</c> (<c>LOC|FAC|GPE</c>, any one of them, the first when
/// partial annotation is off) or <see cref="MixtureLabelMapping.Mask"/> (a name of unknown type, or none).</param>
public readonly record struct GoldEntity(int Start, int End, string Label);

/// <summary>
/// One sentence of a NER corpus as running text with its gold entities as character spans, so that training
/// and evaluation can tokenize it with the library's own tokenizer.
/// </summary>
/// <param name="Text">The sentence text (the corpus text where it has one, else the tokens joined by spaces).</param>
/// <param name="Entities">Gold entities, ordered, non-overlapping.</param>
/// <param name="Tokens">The corpus's own token texts, for mapping rules that look at words.</param>
public sealed record NerSentence(string Text, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<TextSpan> Tokens)
{
    /// <summary>How much a training mistake on this sentence moves the weights (1; less for noisier corpora).</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>
    /// Our types the corpus does not annotate: an unlabelled token of this sentence means "none of the annotated
    /// types", and may still be one of these (partial annotation; see <see cref="NerTrainer"/>).
    /// </summary>
    public IReadOnlyList<string> Unannotated { get; init; } = [];

    /// <summary>The covered text of an entity.</summary>
    public string Surface(GoldEntity entity) => Text[entity.Start..entity.End];

    /// <summary>Returns this sentence with its entities mapped; a null label drops the entity.</summary>
    public NerSentence Map(Func<NerSentence, GoldEntity, GoldEntity?> map)
    {
        var mapped = new List<GoldEntity>(Entities.Count);
        foreach (GoldEntity e in Entities)
        {
            if (map(this, e) is { } m && m.End > m.Start)
            {
                mapped.Add(m);
            }
        }

        return this with { Entities = mapped };
    }
}
