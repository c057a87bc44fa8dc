namespace PolicyTextAnalysis.Stance;

/// <content>The per-sentence cache: what the features of every target of one sentence share.</content>
internal static partial class StancePolarityFeaturizer
{
    /// <summary>
    /// One sentence's normalised words and, filled on first use, the hashed indices of the word features that do not
    /// depend on the target, the words' opinion roles and the tokens' lower-case lemmas with their lexicon signs. The
    /// stance stage asks about every noun phrase of a sentence in turn, so without it each target re-hashed and
    /// re-looked-up the whole sentence. Used by one thread at a time (it lives in a thread-static slot).
    /// </summary>
    private sealed class SentenceCache
    {
        // Word feature kinds, in the order of KindNames; a side pair is left then right, the near kinds by distance.
        public const int Bigram = 0;
        public const int Negated = 1;
        public const int Unnegated = 2;
        public const int Side = 3;
        public const int Stem = 5;
        public const int NegatedStem = 7;
        public const int Window = 9;
        public const int Near = 11;
        public const int LexiconPositive = 17;
        public const int LexiconNegative = 18;

        private static readonly string[] KindNames =
            ["b", "n", "u", "sL", "sR", "stL", "stR", "nstL", "nstR", "wL", "wR", "wL1", "wL2", "wL3", "wR1", "wR2", "wR3", "lexw+", "lexw-"];

        private const sbyte RoleUnknown = -1;

        private readonly int[] _indices;
        private readonly sbyte[] _roles;
        private string?[]? _lemmas;
        private sbyte[]? _lemmaSigns;

        public SentenceCache(WeakReference<Document> document, int first, string[] words)
        {
            Document = document;
            First = first;
            Words = words;
            _indices = new int[words.Length * KindNames.Length];
            Array.Fill(_indices, -1);
            _roles = new sbyte[words.Length];
            Array.Fill(_roles, RoleUnknown);
        }

        public WeakReference<Document> Document { get; }

        /// <summary>Document index of the sentence's first token.</summary>
        public int First { get; }

        /// <summary>The normalised words (lower case, digits as 0), one per token.</summary>
        public string[] Words { get; }

        /// <summary>The hashed index of word feature <paramref name="kind"/> of word <paramref name="i"/> (sentence-relative).</summary>
        public int IndexOf(int i, int kind)
        {
            ref int slot = ref _indices[i * KindNames.Length + kind];
            if (slot < 0)
            {
                string word = Words[i];
                slot = kind switch
                {
                    Bigram => Index(KindNames[kind], i == 0 ? "<s>" : Words[i - 1], word),
                    Stem or Stem + 1 or NegatedStem or NegatedStem + 1 => Index(KindNames[kind], word.AsSpan(0, StemLength), ""),
                    _ => Index(KindNames[kind], word),
                };
            }

            return slot;
        }

        /// <summary>The opinion-lexicon role of word <paramref name="i"/> (none for overlong words).</summary>
        public OpinionRole RoleOf(int i)
        {
            if (_roles[i] == RoleUnknown)
            {
                string word = Words[i];
                _roles[i] = (sbyte)(word.Length <= MaxWordLength ? OpinionLexicon.Default.RoleOf(word) : OpinionRole.None);
            }

            return (OpinionRole)_roles[i];
        }

        /// <summary>The lower-case lemma of document token <paramref name="token"/>, cached when it is in the sentence.</summary>
        public string LowerLemma(SyntaxLayer syntax, int token)
        {
            int i = token - First;
            if ((uint)i >= (uint)Words.Length)
            {
                return syntax.Lemma(token).ToLowerInvariant();
            }

            _lemmas ??= new string?[Words.Length];
            return _lemmas[i] ??= syntax.Lemma(token).ToLowerInvariant();
        }

        /// <summary>The opinion sign (+1, -1, 0) of the lower-case lemma of document token <paramref name="token"/>.</summary>
        public int LemmaSign(SyntaxLayer syntax, int token)
        {
            int i = token - First;
            if ((uint)i >= (uint)Words.Length)
            {
                return Sign(LowerLemma(syntax, token));
            }

            if (_lemmaSigns is null)
            {
                _lemmaSigns = new sbyte[Words.Length];
                Array.Fill(_lemmaSigns, sbyte.MinValue);
            }

            if (_lemmaSigns[i] == sbyte.MinValue)
            {
                _lemmaSigns[i] = (sbyte)Sign(LowerLemma(syntax, token));
            }

            return _lemmaSigns[i];
        }

        /// <summary>The opinion sign (+1, -1, 0) of word <paramref name="i"/> itself (sentence-relative).</summary>
        public int WordSign(int i) => RoleOf(i) switch
        {
            OpinionRole.Positive => 1,
            OpinionRole.Negative => -1,
            _ => 0,
        };
    }
}
