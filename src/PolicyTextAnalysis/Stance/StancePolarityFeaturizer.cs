namespace PolicyTextAnalysis.Stance;

/// <summary>Which feature groups <see cref="StancePolarityFeaturizer"/> emits; stored in the model file.</summary>
[Flags]
internal enum PolarityFeatureSet
{
    /// <summary>Words around the target, bag of words and bigrams with the target masked, negation, opinion lexicon.</summary>
    Text = 1,

    /// <summary>Words and relations on the dependency path from the target to its predicate (needs the syntax layer).</summary>
    Parse = 2,

    /// <summary>Every group.</summary>
    All = Text | Parse,
}

/// <summary>
/// Turns (sentence, target span) into the hashed sparse features of <see cref="StancePolarityModel"/>: the target's
/// own words are masked (the model judges how the sentence treats the target, not who it is), words left and right of
/// it carry their side and distance, a negator flips the words after it up to the end of the clause, and opinion-lexicon
/// hits are counted by side, distance and clause. The parse group adds the target's relation to its head, the
/// governing predicate and its modifiers, and opinion words attached to that predicate or to the target.
/// </summary>
/// <remarks>
/// The same code featurises training data and text at run time, so exported weights give ML.NET's scores. Cost:
/// linear in the sentence (one pass, plus the path to the root). Stateless and thread-safe. The parse group is in
/// <c>StancePolarityFeaturizer.Parse.cs</c>.
/// </remarks>
internal static partial class StancePolarityFeaturizer
{
    /// <summary>Version of the feature layout; stored in the model file and checked on load.</summary>
    public const int Version = 1;

    /// <summary>Bits of the hashed feature space.</summary>
    public const int HashBits = 18;

    /// <summary>Length of the feature vector.</summary>
    public const int Dimension = 1 << HashBits;

    private const int MaxWordLength = 40;
    private const int Window = 6;
    private const int NegationReach = 8;
    private const int PathHops = 4;
    private const int StemLength = 5;

    // Feature kinds by side (left, right) and distance, built once: the text features run for every word of a sentence.
    private static readonly string[] SideKinds = ["sL", "sR"];
    private static readonly string[] StemKinds = ["stL", "stR"];
    private static readonly string[] NegatedStemKinds = ["nstL", "nstR"];
    private static readonly string[] WindowKinds = ["wL", "wR"];
    private static readonly string[] NearKinds = ["wL1", "wL2", "wL3", "wR1", "wR2", "wR3"];

    [ThreadStatic]
    private static WordCache? t_words;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "i", "me", "my", "we", "us", "our", "you", "your",
    };


    /// <summary>
    /// Adds the features of the target <c>[targetFirst, targetEnd)</c> (token indices into <paramref name="document"/>)
    /// to <paramref name="sink"/>; an index may repeat (values add up).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or outside the document's tokens.</exception>
    /// <exception cref="InvalidOperationException">The parse group is asked for and the document has no syntax layer.</exception>
    public static void Featurize(Document document, int targetFirst, int targetEnd, PolarityFeatureSet set, List<KeyValuePair<int, float>> sink)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sink);
        if (targetFirst < 0 || targetEnd > document.Tokens.Count || targetFirst >= targetEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(targetFirst), $"Target tokens [{targetFirst}, {targetEnd}) are not a non-empty span of the document's {document.Tokens.Count} tokens.");
        }

        if ((set & PolarityFeatureSet.Parse) != 0 && document.Syntax is null)
        {
            throw new InvalidOperationException("Stance polarity needs the syntax layer: run SyntaxStage on the document first.");
        }

        (int first, int end) = SentenceOf(document, targetFirst);
        targetEnd = Math.Min(targetEnd, end);
        string[] words = SentenceWords(document, first, end);

        var context = new Context(document, first, end, targetFirst, targetEnd, words, sink);
        if ((set & PolarityFeatureSet.Text) != 0)
        {
            TextFeatures(context);
        }

        if ((set & PolarityFeatureSet.Parse) != 0)
        {
            ParseFeatures(context);
        }
    }

    /// <summary>Drops this thread's cached sentence words (the cache holds its document weakly; this frees the words too).</summary>
    public static void ReleaseSentenceCache() => t_words = null;

    /// <summary>Stable FNV-1a hash of a feature name into the hashed space.</summary>
    internal static int Index(string a, string b = "", string c = "") => Index(a, b.AsSpan(), c);

    private static int Index(string a, ReadOnlySpan<char> b, string c)
    {
        uint hash = 2166136261;
        hash = Mix(hash, a);
        hash = (hash ^ 1) * 16777619;
        hash = Mix(hash, b);
        hash = (hash ^ 1) * 16777619;
        hash = Mix(hash, c);
        return (int)(hash & (Dimension - 1));
    }

    private static void TextFeatures(Context x)
    {
        string[] w = x.Words;
        int tf = x.TargetFirst - x.First, te = x.TargetEnd - x.First;
        string targetWord = w[tf];
        x.Add("tpron", Pronouns.Contains(targetWord) && te - tf == 1 ? "1" : "0");
        x.Add("tstart", tf == 0 ? "1" : "0");
        if (te < w.Length && w[te] is "'s" or "’s")
        {
            x.Add("tposs");
        }

        x.Add("tquoted", InsideQuotes(x) ? "1" : "0");

        // Negation and clause state run left to right; the target itself is one masked word <T>.
        OpinionLexicon lexicon = OpinionLexicon.Default;
        int negatedUntil = -1, loweredUntil = -1;
        int clause = 0, targetClause = -1;
        var clauseOf = new int[w.Length];
        var polarity = new int[w.Length];
        string previous = "<s>";
        for (int i = 0; i < w.Length; i++)
        {
            clauseOf[i] = clause;
            if (i >= tf && i < te)
            {
                targetClause = clause;
                if (i == tf)
                {
                    x.Add("b", previous, "<T>");
                    previous = "<T>";
                }

                continue;
            }

            string word = w[i];
            x.Add("b", previous, word);
            previous = word;
            if (IsClauseBreak(word))
            {
                negatedUntil = loweredUntil = -1;
                clause++;
                continue;
            }

            bool negated = i <= negatedUntil;
            int side = i < tf ? 0 : 1;
            int distance = i < tf ? tf - i : i - te + 1;
            x.Add(negated ? "n" : "u", word);
            x.Add(SideKinds[side], word);
            if (word.Length > StemLength)
            {
                // A crude stem shares evidence between "criticized", "criticism" and "critics" (8,700 targets are few).
                x.Add(negated ? NegatedStemKinds[side] : StemKinds[side], word.AsSpan(0, StemLength));
            }

            if (distance <= Window)
            {
                x.Add(WindowKinds[side], word);
                if (distance <= 3)
                {
                    x.Add(NearKinds[side * 3 + distance - 1], word);
                }
            }

            OpinionRole role = word.Length <= MaxWordLength ? lexicon.RoleOf(word) : OpinionRole.None;
            switch (role)
            {
                case OpinionRole.Negator:
                    negatedUntil = i + NegationReach;
                    continue;
                case OpinionRole.Lowerer:
                    loweredUntil = i + 3;
                    continue;
                case OpinionRole.Positive:
                case OpinionRole.Negative:
                    int sign = role == OpinionRole.Positive ? 1 : -1;
                    if (negated ^ (i <= loweredUntil))
                    {
                        sign = -sign;
                    }

                    polarity[i] = sign;
                    break;
            }
        }

        float pos = 0, neg = 0;
        var bySide = new float[4];
        float nearPos = 0, nearNeg = 0, clausePos = 0, clauseNeg = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (polarity[i] == 0)
            {
                continue;
            }

            bool positive = polarity[i] > 0;
            bool left = i < tf;
            int distance = left ? tf - i : i - te + 1;
            pos += positive ? 1 : 0;
            neg += positive ? 0 : 1;
            bySide[(left ? 0 : 2) + (positive ? 0 : 1)]++;
            if (distance <= Window)
            {
                nearPos += positive ? 1 : 0;
                nearNeg += positive ? 0 : 1;
            }

            if (clauseOf[i] == targetClause)
            {
                clausePos += positive ? 1 : 0;
                clauseNeg += positive ? 0 : 1;
            }

            x.Add(positive ? "lexw+" : "lexw-", w[i]);
        }

        x.Dense("lex+", Squash(pos));
        x.Dense("lex-", Squash(neg));
        x.Dense("lexL+", Squash(bySide[0]));
        x.Dense("lexL-", Squash(bySide[1]));
        x.Dense("lexR+", Squash(bySide[2]));
        x.Dense("lexR-", Squash(bySide[3]));
        x.Dense("lexN+", Squash(nearPos));
        x.Dense("lexN-", Squash(nearNeg));
        x.Dense("lexC+", Squash(clausePos));
        x.Dense("lexC-", Squash(clauseNeg));
        x.Add("lexnet", Math.Sign(pos - neg).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (int First, int End) SentenceOf(Document document, int token)
    {
        IReadOnlyList<Sentence> sentences = document.Sentences;
        if (sentences.Count > 0)
        {
            Sentence s = sentences[SentenceSearch.IndexOfToken(sentences, token)];
            if (token >= s.FirstToken && token < s.EndToken)
            {
                return (s.FirstToken, s.EndToken);
            }
        }

        return (0, document.Tokens.Count);
    }

    /// <summary>
    /// The normalised words of tokens <c>[first, end)</c>, kept for the next call on the same sentence: the stance stage
    /// asks about every noun phrase of a sentence in turn. The array is shared and must not be changed.
    /// </summary>
    private static string[] SentenceWords(Document document, int first, int end)
    {
        WordCache? cache = t_words;
        if (cache is not null && cache.Document.TryGetTarget(out Document? cached) && ReferenceEquals(cached, document)
            && cache.First == first && cache.Words.Length == end - first)
        {
            return cache.Words;
        }

        var words = new string[end - first];
        for (int t = first; t < end; t++)
        {
            words[t - first] = Normalize(document.Tokens.CharsAt(t));
        }

        t_words = new WordCache(new WeakReference<Document>(document), first, words);
        return words;
    }

    private static bool InsideQuotes(Context x)
    {
        int quotes = 0;
        for (int t = x.First; t < x.TargetFirst; t++)
        {
            quotes += x.Document.Tokens.Kinds[t] == TokenKind.Quote ? 1 : 0;
        }

        return quotes % 2 == 1;
    }

    private static bool IsClauseBreak(string word) => word is "," or ";" or ":" or "." or "!" or "?" or "—" or "–" or "--" or "but" or "(" or ")";

    private static string Normalize(ReadOnlySpan<char> chars)
    {
        int length = Math.Min(chars.Length, MaxWordLength);
        Span<char> buffer = stackalloc char[length];
        for (int k = 0; k < length; k++)
        {
            char c = chars[k];
            buffer[k] = char.IsDigit(c) ? '0' : c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }

    private static float Squash(float x) => x / (1f + x);

    private static uint Mix(uint hash, ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    /// <summary>The sentence, target and output of one featurisation.</summary>
    private readonly record struct Context(
        Document Document, int First, int End, int TargetFirst, int TargetEnd, string[] Words, List<KeyValuePair<int, float>> Sink)
    {
        public void Add(string kind, string a = "", string b = "") => Sink.Add(new(Index(kind, a, b), 1f));

        public void Add(string kind, ReadOnlySpan<char> a) => Sink.Add(new(Index(kind, a, ""), 1f));

        public void Dense(string kind, float value)
        {
            if (value != 0f)
            {
                Sink.Add(new(Index(kind), value));
            }
        }
    }

    /// <summary>The last sentence's normalised words on this thread.</summary>
    private sealed record WordCache(WeakReference<Document> Document, int First, string[] Words);
}
