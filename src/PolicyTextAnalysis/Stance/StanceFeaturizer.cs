namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Turns a (text, target) pair into hashed sparse features for the linear stance classifier: word
/// unigrams and bigrams with negation scope, opinion-lexicon polarity composed with raisers and lowerers
/// (<c>reduces crime</c> is favourable, <c>increases aggression</c> unfavourable), and the same polarity
/// counted near the target's words. Stateless and thread-safe; linear in the text length.
/// </summary>
internal static class StanceFeaturizer
{
    /// <summary>Number of hash bits; the weight vector has 2^bits entries.</summary>
    public const int HashBits = 18;

    /// <summary>Length of the feature vector.</summary>
    public const int Dimension = 1 << HashBits;

    // Longer words are junk (URLs, base64): cut them so a 10,000-character token costs no more than a normal one.
    private const int MaxWordLength = 40;
    private const int NegationScope = 4;
    private const int ModifierReach = 3;
    private const int TargetWindow = 5;

    /// <summary>Adds the features of <paramref name="text"/> toward <paramref name="target"/> to <paramref name="features"/>.</summary>
    public static void Featurize(string text, string target, Dictionary<int, float> features)
    {
        List<string> words = Words(text);
        HashSet<string> targetStems = TargetStems(target);
        int n = words.Count;
        var nearTarget = new bool[n];
        bool targetSeen = false;
        for (int i = 0; i < n; i++)
        {
            if (targetStems.Count > 0 && targetStems.Contains(Stem(words[i])))
            {
                targetSeen = true;
                for (int j = Math.Max(0, i - TargetWindow); j < Math.Min(n, i + TargetWindow + 1); j++)
                {
                    nearTarget[j] = true;
                }
            }
        }

        OpinionLexicon lexicon = OpinionLexicon.Default;
        int negatedUntil = -1;
        int raisedUntil = -1;
        int loweredUntil = -1;
        float positive = 0, negative = 0, nearPositive = 0, nearNegative = 0;
        string previous = "<s>";
        for (int i = 0; i < n; i++)
        {
            string word = words[i];
            if (IsClauseBreak(word))
            {
                negatedUntil = raisedUntil = loweredUntil = -1;
                previous = "<s>";
                continue;
            }

            bool negated = i <= negatedUntil;
            Add(features, negated ? "n:" + word : "u:" + word, 1f);
            Add(features, "b:" + previous + " " + word, 1f);

            previous = word;

            OpinionRole role = lexicon.RoleOf(word);
            switch (role)
            {
                case OpinionRole.Negator:
                    negatedUntil = i + NegationScope;
                    continue;
                case OpinionRole.Raiser:
                    raisedUntil = i + ModifierReach;
                    break;
                case OpinionRole.Lowerer:
                    loweredUntil = i + ModifierReach;
                    break;
            }

            int polarity = role switch
            {
                OpinionRole.Positive => 1,
                OpinionRole.Negative => -1,
                _ => 0,
            };
            if (polarity == 0)
            {
                continue;
            }

            bool lowered = i <= loweredUntil && role != OpinionRole.Lowerer;
            if (lowered)
            {
                polarity = -polarity;
                Add(features, polarity > 0 ? "lex:lowered-neg" : "lex:lowered-pos", 1f);
            }
            else if (i <= raisedUntil)
            {
                Add(features, polarity > 0 ? "lex:raised-pos" : "lex:raised-neg", 1f);
            }

            if (negated)
            {
                polarity = -polarity;
            }

            if (polarity > 0)
            {
                positive++;
                nearPositive += nearTarget[i] ? 1 : 0;
            }
            else
            {
                negative++;
                nearNegative += nearTarget[i] ? 1 : 0;
            }
        }

        Add(features, "lex:pos", Squash(positive));
        Add(features, "lex:neg", Squash(negative));
        Add(features, "lex:net", Squash(positive - negative));
        Add(features, "tlex:pos", Squash(nearPositive));
        Add(features, "tlex:neg", Squash(nearNegative));
        Add(features, "tlex:net", Squash(nearPositive - nearNegative));
        Add(features, targetSeen ? "tgt:seen" : "tgt:unseen", 1f);
    }

    /// <summary>Lower-case words of <paramref name="text"/>; punctuation that ends a clause is kept as its own word.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>(Math.Min(text.Length / 4 + 1, 4096));
        Span<char> buffer = stackalloc char[MaxWordLength];
        int length = 0;
        bool inWord = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool wordChar = char.IsLetterOrDigit(c) || ((c == '\'' || c == '\u2019' || c == '-') && inWord);
            if (wordChar)
            {
                if (length < MaxWordLength && !char.IsSurrogate(c))
                {
                    buffer[length++] = char.ToLowerInvariant(c == '\u2019' ? '\'' : c);
                }

                inWord = true;
                continue;
            }

            if (inWord)
            {
                Flush(words, buffer[..length]);
                length = 0;
                inWord = false;
            }

            if (c is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')')
            {
                words.Add(",");
            }
        }

        return words;
    }

    /// <summary>A crude stem for matching target words: the first six letters of a lower-case word.</summary>
    internal static string Stem(string word) => word.Length <= 6 ? word.TrimEnd('s') : word[..6];

    /// <summary>Stable 32-bit FNV-1a hash, so feature indices do not change between processes.</summary>
    internal static int Index(string feature)
    {
        uint hash = 2166136261;
        foreach (char c in feature)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & (Dimension - 1));
    }

    private static void Flush(List<string> words, ReadOnlySpan<char> word)
    {
        if (word.EndsWith("n't") && word.Length > 3)
        {
            words.Add(word[..^3].ToString());
            words.Add("n't");
            return;
        }

        words.Add(word.TrimEnd('\'').ToString());
    }

    private static HashSet<string> TargetStems(string target)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in Words(target))
        {
            if (word.Length > 3 && !IsClauseBreak(word) && !StopWords.Contains(word))
            {
                stems.Add(Stem(word));
            }
        }

        return stems;
    }

    private static bool IsClauseBreak(string word) => word == ",";

    private static float Squash(float x) => x / (1f + Math.Abs(x));

    private static void Add(Dictionary<int, float> features, string name, float value)
    {
        if (value == 0f)
        {
            return;
        }

        int index = Index(name);
        features[index] = features.GetValueOrDefault(index) + value;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "these", "those", "with", "from", "into", "about", "their", "there", "which", "should",
        "would", "could", "have", "been", "being", "more", "than", "other", "some", "such", "also", "they", "them",
        "what", "when", "where", "whose", "will", "shall", "must", "very", "over", "under",
    };
}
