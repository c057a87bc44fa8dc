namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// English lemmas from the word, its universal tag and its Penn tag: inflection rules (plural nouns, verb forms,
/// comparatives) plus an exception table learned from the treebanks' lemma column (<c>went</c> -> <c>go</c>,
/// <c>children</c> -> <c>child</c>), for the words the rules get wrong. Names keep their spelling. Immutable.
/// </summary>
internal sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _exceptions;
    private readonly Func<string, bool>? _isKnownWord;

    /// <summary>Creates a lemmatizer with exceptions keyed by <see cref="Key"/>.</summary>
    public Lemmatizer(IReadOnlyDictionary<string, string> exceptions)
        : this(new Dictionary<string, string>(exceptions ?? throw new ArgumentNullException(nameof(exceptions)), StringComparer.Ordinal), null)
    {
    }

    private Lemmatizer(Dictionary<string, string> exceptions, Func<string, bool>? isKnownWord)
    {
        _exceptions = exceptions;
        _isKnownWord = isKnownWord;
    }

    /// <summary>
    /// This lemmatizer, checking the stems its rules leave against the words the tagger was trained on: a verb stem
    /// never seen as a word whose form with a final e was (<c>prais</c>, <c>praise</c>; <c>violat</c>, <c>violate</c>)
    /// takes the e.
    /// </summary>
    public Lemmatizer WithKnownWords(Func<string, bool> isKnownWord) => new(_exceptions, isKnownWord);

    /// <summary>Number of exceptions.</summary>
    public int ExceptionCount => _exceptions.Count;

    /// <summary>The exception key of a word: its lower-case form and universal tag.</summary>
    public static string Key(string lower, string upos) => upos + "\t" + lower;

    /// <summary>The lemma of <paramref name="form"/>.</summary>
    public string Lemma(string form, string upos, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (upos == "PROPN" || form.Length > 40)
        {
            return form;
        }

        string lower = form.ToLowerInvariant();
        if (_exceptions.TryGetValue(Key(lower, upos), out string? lemma))
        {
            return lemma;
        }

        string stem = Rule(lower, upos, xpos);
        return _isKnownWord is { } known && xpos is "VBD" or "VBN" or "VBG" && stem != lower && !stem.EndsWith('e')
            && !known(stem) && known(stem + "e") ? stem + "e" : stem;
    }

    /// <summary>The inflection rules alone (what the exception table corrects).</summary>
    public static string Rule(string lower, string upos, string xpos)
    {
        if (lower == "i" && upos == "PRON")
        {
            return "I";
        }

        switch (xpos)
        {
            case "NNS" when upos == "NOUN":
                return Plural(lower);
            case "VBZ":
                return Plural(lower);
            case "VBD" or "VBN":
                return Strip(lower, "ed");
            case "VBG":
                return Strip(lower, "ing");
            case "JJR" or "RBR":
                return lower.Length > 4 && lower.EndsWith("er", StringComparison.Ordinal) ? Comparative(lower, 2) : lower;
            case "JJS" or "RBS":
                return lower.Length > 5 && lower.EndsWith("est", StringComparison.Ordinal) ? Comparative(lower, 3) : lower;
            default:
                return lower;
        }
    }

    private static string Plural(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length > 2 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) ? w[..^1] : w;
    }

    private static string Strip(string w, string suffix)
    {
        if (w.Length <= suffix.Length + 2 || !w.EndsWith(suffix, StringComparison.Ordinal))
        {
            return w;
        }

        string stem = w[..^suffix.Length];
        if (suffix == "ed" && stem.EndsWith('i'))
        {
            return stem[..^1] + "y";
        }

        // stopped -> stop, planning -> plan: a doubled final consonant is one.
        if (stem.Length > 2 && stem[^1] == stem[^2] && "bdgmnprt".Contains(stem[^1], StringComparison.Ordinal))
        {
            return stem[..^1];
        }

        // hoped -> hope, making -> make: a consonant-vowel-consonant ending that English spells with a final e, in one-
        // syllable stems (visited, opened keep theirs) and after c, g, s, v, z in any stem (produced, involved).
        bool cvc = stem.Length > 2 && IsConsonant(stem[^1]) && !IsConsonant(stem[^2]) && IsConsonant(stem[^3]);
        if (cvc && ("cgsvz".Contains(stem[^1], StringComparison.Ordinal) || (VowelGroups(stem) == 1 && !"wxy".Contains(stem[^1], StringComparison.Ordinal))))
        {
            return stem + "e";
        }

        return stem;
    }

    private static string Comparative(string w, int cut)
    {
        string stem = w[..^cut];
        if (stem.EndsWith('i'))
        {
            return stem[..^1] + "y";
        }

        return stem.Length > 2 && stem[^1] == stem[^2] && IsConsonant(stem[^1]) ? stem[..^1] : stem;
    }

    private static int VowelGroups(string w)
    {
        int groups = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (!IsConsonant(w[i]) && (i == 0 || IsConsonant(w[i - 1])))
            {
                groups++;
            }
        }

        return groups;
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !"aeiou".Contains(c, StringComparison.Ordinal);

    /// <summary>Writes the exception table.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_exceptions.Count);
        foreach ((string key, string lemma) in _exceptions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(lemma);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static Lemmatizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count is < 0 or > 1_000_000)
        {
            throw new InvalidDataException($"bad lemma table size {count}");
        }

        var exceptions = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            exceptions[reader.ReadString()] = reader.ReadString();
        }

        return new Lemmatizer(exceptions);
    }
}
