namespace PolicyTextAnalysis.Claims;

/// <summary>
/// The hashed features <see cref="ClaimTypeModel"/> reads for one claim unit: its lower-cased words and word pairs (a
/// number as <c>#</c>), the Penn tags it holds (a modal, a comparative, a past tense), and the type and hedge cues the
/// lexicon rules found in it (<see cref="ClaimCues"/>), so the model learns where the lexicon is right. Each feature
/// counts once per unit. Stateless and thread-safe.
/// </summary>
internal static class ClaimTypeFeaturizer
{
    /// <summary>Changes whenever the features change, so a model trained on other features is refused.</summary>
    public const int Version = 1;

    /// <summary>Bits of the feature hash.</summary>
    public const int HashBits = 17;

    /// <summary>The size of the hashed feature space.</summary>
    public const int Dimension = 1 << HashBits;

    private const uint WordSpace = 1, PairSpace = 2, TagSpace = 3, CueSpace = 4, BiasSpace = 5;

    /// <summary>Writes the distinct features of tokens <c>[first, end)</c> of <paramref name="document"/> into <paramref name="into"/> (cleared first).</summary>
    /// <param name="document">The document; its syntax layer, when present, gives the tags.</param>
    /// <param name="first">The unit's first token.</param>
    /// <param name="end">One past its last token.</param>
    /// <param name="cues">The cues the lexicon rules found in the unit.</param>
    /// <param name="into">The feature indices, each below <see cref="Dimension"/>, sorted and distinct.</param>
    public static void Featurize(Document document, int first, int end, ClaimCues cues, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        into.Add(Index(Mix(BiasSpace, 0)));
        foreach (ClaimCues cue in (ReadOnlySpan<ClaimCues>)[ClaimCues.Statistical, ClaimCues.Causal, ClaimCues.Predictive, ClaimCues.Prescriptive, ClaimCues.Evaluative, ClaimCues.Hedge])
        {
            if ((cues & cue) != 0)
            {
                into.Add(Index(Mix(CueSpace, (uint)cue)));
            }
        }

        TokenList tokens = document.Tokens;
        SyntaxLayer? syntax = document.Syntax;
        uint previous = 0;
        for (int t = first; t < end && t < tokens.Count; t++)
        {
            TokenKind kind = tokens.Kinds[t];
            if (kind is not (TokenKind.Word or TokenKind.Number))
            {
                previous = 0;
                continue;
            }

            uint word = kind == TokenKind.Number ? Hash("#") : Hash(tokens.CharsAt(t));
            into.Add(Index(Mix(WordSpace, word)));
            if (previous != 0)
            {
                into.Add(Index(Mix(Mix(PairSpace, previous), word)));
            }

            previous = word;
            if (syntax is not null)
            {
                into.Add(Index(Mix(TagSpace, Hash(syntax.Tag(t)))));
            }
        }

        into.Sort();
        int distinct = 0;
        for (int i = 0; i < into.Count; i++)
        {
            if (i == 0 || into[i] != into[i - 1])
            {
                into[distinct++] = into[i];
            }
        }

        into.RemoveRange(distinct, into.Count - distinct);
    }

    // FNV-1a over the lower-cased characters: stable across runs and platforms, unlike string.GetHashCode.
    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
        }

        return hash;
    }

    private static uint Mix(uint a, uint b)
    {
        uint hash = (2166136261 ^ a) * 16777619;
        hash = (hash ^ b) * 16777619;
        return hash ^ (hash >> 15);
    }

    private static int Index(uint hash) => (int)(hash & (Dimension - 1));
}
