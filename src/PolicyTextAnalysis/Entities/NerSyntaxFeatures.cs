namespace PolicyTextAnalysis.Entities;

/// <summary>Which syntax-layer facts a named-entity model reads as features (stored in the model file).</summary>
[Flags]
internal enum NerSyntaxFeatures
{
    /// <summary>None: the model reads words, shapes and gazetteers only.</summary>
    None = 0,

    /// <summary>The Penn part-of-speech tags of the token and its neighbours.</summary>
    Tags = 1,

    /// <summary>The token's dependency relation and its head word.</summary>
    Dependencies = 2,
}
