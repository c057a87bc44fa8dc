using System.Collections.Frozen;
using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Claims;

/// <summary>
/// Turns a sentence into the sparse feature vector the check-worthiness model reads: hashed lower-cased word
/// unigrams, bigrams and five-letter stems (digits folded to <c>0</c>, so <c>2,300</c> and <c>1,700</c> share a feature),
/// each word's distributional classes (<see cref="BundledWordClasses"/>, since featuriser version 3), hashed Penn
/// part-of-speech unigrams and bigrams (past tense, numbers, comparatives and modals are what tells a factual claim from
/// an opinion or a pleasantry), plus a few dense features of our own (numbers, percentages, money, named actors,
/// comparison, first person, questions).
/// </summary>
/// <remarks>
/// The same code featurises training data (in the training program, for ML.NET) and text at run time, so the
/// exported linear weights give exactly the scores ML.NET gives. One linear pass over the characters; words
/// longer than <see cref="MaxWordLength"/> still hash but skip the lexicons. Thread-safe (stateless).
/// </remarks>
internal static class CheckworthinessFeaturizer
{
    /// <summary>Version of the feature layout; stored in the model file and checked on load.</summary>
    public const int Version = 3;

    /// <summary>Bits of the hashed feature space.</summary>
    public const int HashBits = 18;

    /// <summary>Size of the hashed part of the vector.</summary>
    public const int HashSize = 1 << HashBits;

    /// <summary>Number of dense features after the hashed part.</summary>
    public const int DenseCount = 12;

    /// <summary>Total length of the feature vector.</summary>
    public const int Dimension = HashSize + DenseCount;

    private const int MaxWordLength = 40;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint BigramSalt = 0x9E3779B9;
    private const uint StemSalt = 0x85EBCA6B;
    private const int StemLength = 5;
    private const uint TagSalt = 0xC2B2AE35;
    private const uint TagBigramSalt = 0x27D4EB2F;
    private const uint FineClassSalt = 0x165667B1;
    private const uint MiddleClassSalt = 0xD3A2646C;

    private static readonly FrozenSet<string> MoneyWords = FrozenSet.Create(
        StringComparer.Ordinal, "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "million", "billion", "trillion", "budget", "tax", "taxes", "cost", "costs", "spending");

    private static readonly FrozenSet<string> ComparisonWords = FrozenSet.Create(
        StringComparer.Ordinal, "more", "less", "fewer", "than", "higher", "lower", "increase", "increased", "decrease", "decreased", "rose", "fell", "doubled", "tripled", "largest", "highest", "lowest", "most", "least", "percent", "rate", "average", "half", "twice", "times", "up", "down", "record", "grew", "dropped", "cut");

    private static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(StringComparer.Ordinal, "i", "we", "me", "us", "my", "our");

    private static readonly FrozenSet<string> SecondPerson = FrozenSet.Create(StringComparer.Ordinal, "you", "your");

    /// <summary>
    /// Adds the features of <paramref name="text"/> to <paramref name="sink"/> as (index, value) pairs; an index
    /// may repeat (the values add up). Hashed features carry 1/sqrt(words + 1) each so long sentences do not
    /// dominate.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="tags">The Penn tags of its tokens in order (<see cref="TagsOf"/>, or the document's syntax layer); null
    /// when no tagger is available, which leaves the tag features out.</param>
    /// <param name="sink">Receives the features.</param>
    public static void Featurize(ReadOnlySpan<char> text, IReadOnlyList<string>? tags, List<KeyValuePair<int, float>> sink)
    {
        int first = sink.Count;
        Span<char> lower = stackalloc char[MaxWordLength];
        int words = 0, numbers = 0, actors = 0, years = 0;
        bool percent = false, money = false, comparison = false, firstPerson = false, secondPerson = false;
        uint previous = 0;
        bool hasPrevious = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '%')
            {
                percent = true;
            }
            else if (c is '$' or '£' or '€')
            {
                money = true;
            }

            if (!char.IsLetterOrDigit(c))
            {
                // Sentence punctuation breaks bigrams; other symbols do not matter.
                if (c is '.' or ',' or ';' or ':' or '?' or '!')
                {
                    hasPrevious = false;
                }

                i++;
                continue;
            }

            int start = i;
            bool digit = false;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                digit |= char.IsDigit(text[i]);
                i++;
            }

            int length = i - start;
            uint hash = FnvOffset;
            for (int k = start; k < i; k++)
            {
                char ch = text[k];
                ch = char.IsDigit(ch) ? '0' : char.ToLowerInvariant(ch);
                hash = (hash ^ ch) * FnvPrime;
                if (k - start < MaxWordLength)
                {
                    lower[k - start] = ch;
                }
            }

            words++;
            sink.Add(new(Bucket(hash), 1f));
            if (!digit)
            {
                // The word's distributional classes (fine and middle): a word ClaimBuster's 8,000 sentences never show
                // borrows the weights of words used alike.
                uint packed = BundledWordClasses.Of(text[start..i]);
                if (packed != NerWordClusters.None)
                {
                    sink.Add(new(Bucket((FineClassSalt ^ (uint)NerWordClusters.Level(packed, 2)) * FnvPrime), 1f));
                    sink.Add(new(Bucket((MiddleClassSalt ^ (uint)NerWordClusters.Level(packed, 1)) * FnvPrime), 1f));
                }
            }

            if (length > StemLength && !digit)
            {
                // A crude stem (the first letters) lets "deported", "deportation" and "deporting" share evidence.
                uint stem = StemSalt;
                for (int k = 0; k < StemLength; k++)
                {
                    stem = (stem ^ lower[k]) * FnvPrime;
                }

                sink.Add(new(Bucket(stem), 1f));
            }
            if (hasPrevious)
            {
                sink.Add(new(Bucket(((previous * 31) ^ hash) + BigramSalt), 1f));
            }

            previous = hash;
            hasPrevious = true;
            if (digit)
            {
                numbers++;
                if (length == 4 && (text[start] == '1' || text[start] == '2'))
                {
                    years++;
                }
            }
            else if (char.IsUpper(text[start]) && words > 1)
            {
                actors++;
            }

            if (length <= MaxWordLength)
            {
                ReadOnlySpan<char> w = lower[..length];
                percent |= w is "percent";
                money |= Contains(MoneyWords, w);
                comparison |= Contains(ComparisonWords, w);
                firstPerson |= Contains(FirstPerson, w);
                secondPerson |= Contains(SecondPerson, w);
            }
        }

        if (tags is not null)
        {
            AddTagFeatures(tags, sink);
        }

        float scale = 1f / MathF.Sqrt(words + 1);
        for (int k = first; k < sink.Count; k++)
        {
            sink[k] = new(sink[k].Key, scale);
        }

        AddDense(sink, 0, numbers > years ? 1f : 0f);
        AddDense(sink, 1, percent ? 1f : 0f);
        AddDense(sink, 2, money ? 1f : 0f);
        AddDense(sink, 3, Math.Min(numbers, 5) / 5f);
        AddDense(sink, 4, Math.Min(actors, 5) / 5f);
        AddDense(sink, 5, comparison ? 1f : 0f);
        AddDense(sink, 6, firstPerson ? 1f : 0f);
        AddDense(sink, 7, text.Contains('?') ? 1f : 0f);
        AddDense(sink, 8, MathF.Log(1 + words) / 5f);
        AddDense(sink, 9, years > 0 ? 1f : 0f);
        AddDense(sink, 10, secondPerson ? 1f : 0f);
        AddDense(sink, 11, words < 6 ? 1f : 0f);
    }

    /// <summary>
    /// The Penn tags of <paramref name="text"/> tagged on its own (the default tokenizer and the bundled tagger), as the
    /// training data is; null when the library has no syntax model.
    /// </summary>
    public static List<string>? TagsOf(ReadOnlySpan<char> text)
    {
        if (Syntax.SyntaxModel.Default is not { } model)
        {
            return null;
        }

        TokenList tokens = Text.Tokenizer.Default.Tokenize(text.ToString());
        Syntax.WordHashes[] words = Syntax.WordHashes.Of(tokens, 0, tokens.Count);

        int[] tagIds = words.Length == 0 ? [] : model.Tagger.Tag(words);
        var tags = new List<string>(tagIds.Length);
        foreach (int t in tagIds)
        {
            tags.Add(model.Tagger.Penn[t]);
        }

        return tags;
    }

    private static void AddTagFeatures(IReadOnlyList<string> tags, List<KeyValuePair<int, float>> sink)
    {
        uint previous = TagSalt;
        for (int i = 0; i < tags.Count; i++)
        {
            uint hash = TagSalt;
            foreach (char ch in tags[i])
            {
                hash = (hash ^ ch) * FnvPrime;
            }

            sink.Add(new(Bucket(hash), 1f));
            sink.Add(new(Bucket(((previous * 31) ^ hash) + TagBigramSalt), 1f));
            previous = hash;
        }
    }

    private static void AddDense(List<KeyValuePair<int, float>> sink, int index, float value)
    {
        if (value != 0f)
        {
            sink.Add(new(HashSize + index, value));
        }
    }

    private static int Bucket(uint hash) => (int)(hash & (HashSize - 1));

    // Keeps 2,300 / 1.7 / U.S. / don't / anti-war as one word.
    private static bool IsInnerJoiner(ReadOnlySpan<char> text, int i) =>
        text[i] is '.' or ',' or '\'' or '’' or '-'
        && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
        && (text[i] is '\'' or '’' or '-' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) || text[i] == '.' && char.IsUpper(text[i - 1]));

    private static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
