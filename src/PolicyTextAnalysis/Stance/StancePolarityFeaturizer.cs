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

    [ThreadStatic]
    private static SentenceCache? t_sentence;

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

        (int first, int end) = SentenceSpan(document, targetFirst);
        targetEnd = Math.Min(targetEnd, end);
        SentenceCache sentence = SentenceOf(document, first, end);

        var context = new Context(document, first, end, targetFirst, targetEnd, sentence, sink);
        if ((set & PolarityFeatureSet.Text) != 0)
        {
            TextFeatures(context);
        }

        if ((set & PolarityFeatureSet.Parse) != 0)
        {
            ParseFeatures(context);
        }
    }

    /// <summary>Drops this thread's cached sentence (the cache holds its document weakly; this frees the words too).</summary>
    public static void ReleaseSentenceCache() => t_sentence = null;

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
        string[] w = x.Sentence.Words;
        int tf = x.TargetFirst - x.First, te = x.TargetEnd - x.First;
        string targetWord = w[tf];
        x.Add("tpron", Pronouns.Contains(targetWord) && te - tf == 1 ? "1" : "0");
        x.Add("tstart", tf == 0 ? "1" : "0");
        if (te < w.Length && w[te] is "'s" or "’s")
        {
            x.Add("tposs");
        }

        x.Add("tquoted", InsideQuotes(x) ? "1" : "0");

        // Negation and clause state run left to right; the target itself is one masked word <T>. Feature indices that
        // do not depend on the target come from the sentence cache (the same indices, added in the same order).
        SentenceCache sc = x.Sentence;
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
            if (i == te)
            {
                x.Add("b", previous, word);
            }
            else
            {
                x.AddIndex(sc.IndexOf(i, SentenceCache.Bigram));
            }

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
            x.AddIndex(sc.IndexOf(i, negated ? SentenceCache.Negated : SentenceCache.Unnegated));
            x.AddIndex(sc.IndexOf(i, SentenceCache.Side + side));
            if (word.Length > StemLength)
            {
                // A crude stem shares evidence between "criticized", "criticism" and "critics" (8,700 targets are few).
                x.AddIndex(sc.IndexOf(i, (negated ? SentenceCache.NegatedStem : SentenceCache.Stem) + side));
            }

            if (distance <= Window)
            {
                x.AddIndex(sc.IndexOf(i, SentenceCache.Window + side));
                if (distance <= 3)
                {
                    x.AddIndex(sc.IndexOf(i, SentenceCache.Near + side * 3 + distance - 1));
                }
            }

            switch (sc.RoleOf(i))
            {
                case OpinionRole.Negator:
                    negatedUntil = i + NegationReach;
                    continue;
                case OpinionRole.Lowerer:
                    loweredUntil = i + 3;
                    continue;
                case OpinionRole.Positive:
                case OpinionRole.Negative:
                    int sign = sc.RoleOf(i) == OpinionRole.Positive ? 1 : -1;
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

            x.AddIndex(sc.IndexOf(i, positive ? SentenceCache.LexiconPositive : SentenceCache.LexiconNegative));
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

    private static (int First, int End) SentenceSpan(Document document, int token)
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
    /// The cached facts of tokens <c>[first, end)</c>, kept for the next call on the same sentence: the stance stage
    /// asks about every noun phrase of a sentence in turn. The cache is shared and its words must not be changed.
    /// </summary>
    private static SentenceCache SentenceOf(Document document, int first, int end)
    {
        SentenceCache? cache = t_sentence;
        if (cache is not null && cache.Document.TryGetTarget(out Document? cached) && ReferenceEquals(cached, document)
            && cache.First == first && cache.Words.Length == end - first)
        {
            return cache;
        }

        var words = new string[end - first];
        for (int t = first; t < end; t++)
        {
            words[t - first] = Normalize(document.Tokens.CharsAt(t));
        }

        cache = new SentenceCache(new WeakReference<Document>(document), first, words);
        t_sentence = cache;
        return cache;
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
        Document Document, int First, int End, int TargetFirst, int TargetEnd, SentenceCache Sentence, List<KeyValuePair<int, float>> Sink)
    {
        public void Add(string kind, string a = "", string b = "") => Sink.Add(new(Index(kind, a, b), 1f));

        public void AddIndex(int index) => Sink.Add(new(index, 1f));

        public void Dense(string kind, float value)
        {
            if (value != 0f)
            {
                Sink.Add(new(Index(kind), value));
            }
        }
    }
}
