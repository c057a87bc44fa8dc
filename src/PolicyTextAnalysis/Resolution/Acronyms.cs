using System.Collections.Frozen;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Acronym tests: what looks like an acronym, whether a long form fits one, and whether two acronyms
/// are near-miss spellings of each other. All work is proportional to the lengths involved.
/// </summary>
internal static class Acronyms
{
    // Words a long form may contain without contributing a letter (Tehreek-e-Taliban, Bank of England).
    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
        [
            "of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "a", "an", "&",
            "e", "ul", "ur", "al", "el", "ad", "as", "de", "del", "della", "di", "da", "du", "des", "la", "le",
            "van", "von", "der", "den", "bin", "ibn", "y", "i",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Maximum letters of an acronym; longer capitals are shouting, not acronyms.</summary>
    public const int MaxLength = 8;

    /// <summary>
    /// The letters of an acronym (<c>TTP</c>, <c>U.N.</c> -> <c>UN</c>), or null when <paramref name="word"/>
    /// is not one: two to <see cref="MaxLength"/> letters, all capitals (periods allowed between them).
    /// </summary>
    public static string? LettersOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 2 * MaxLength)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[2 * MaxLength];
        int n = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsUpper(c) || n == MaxLength)
            {
                return null;
            }

            buffer[n++] = c;
        }

        return n >= 2 ? new string(buffer[..n]) : null;
    }

    /// <summary>
    /// True when <paramref name="letters"/> can be read as the initials of <paramref name="words"/>: every
    /// capitalised word contributes its initial in order, while function words and non-initial hyphen parts
    /// may contribute theirs or be skipped. Needs at least two words.
    /// </summary>
    public static bool Fits(string letters, IReadOnlyList<string> words)
    {
        List<(char Initial, bool Optional)> parts = Parts(words);
        if (parts.Count < 2 || letters.Length > parts.Count)
        {
            return false;
        }

        // reach[j]: the first j letters are explained by the parts seen so far.
        var reach = new bool[letters.Length + 1];
        reach[0] = true;
        foreach ((char initial, bool optional) in parts)
        {
            for (int j = letters.Length; j >= 0; j--)
            {
                bool next = j > 0 && reach[j - 1] && letters[j - 1] == initial;
                reach[j] = next || (optional && reach[j]);
            }
        }

        return reach[letters.Length];
    }

    /// <summary>
    /// Every acronym (two letters or more) that <paramref name="words"/> can be read as under the rules of
    /// <see cref="Fits"/>, at most <paramref name="max"/> of them.
    /// </summary>
    public static IEnumerable<string> Readings(IReadOnlyList<string> words, int max)
    {
        List<(char Initial, bool Optional)> parts = Parts(words);
        if (parts.Count < 2 || parts.Count > 2 * MaxLength)
        {
            yield break;
        }

        var results = new List<string> { string.Empty };
        foreach ((char initial, bool optional) in parts)
        {
            int count = results.Count;
            for (int r = 0; r < count; r++)
            {
                string with = results[r] + initial;
                if (optional)
                {
                    if (results.Count < max)
                    {
                        results.Add(with);
                    }
                }
                else
                {
                    results[r] = with;
                }
            }
        }

        foreach (string r in results.Distinct(StringComparer.Ordinal))
        {
            if (r.Length >= 2 && r.Length <= MaxLength)
            {
                yield return r;
            }
        }
    }

    private static List<(char Initial, bool Optional)> Parts(IReadOnlyList<string> words)
    {
        var parts = new List<(char Initial, bool Optional)>();
        foreach (string word in words)
        {
            string[] pieces = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (int p = 0; p < pieces.Length; p++)
            {
                string piece = pieces[p];
                if (!char.IsLetter(piece[0]))
                {
                    continue;
                }

                // Function words and lower-case hyphen parts (the e of Tehreek-e-Taliban) may be skipped.
                bool optional = Skippable.Contains(piece) || char.IsLower(piece[0]);
                parts.Add((char.ToUpperInvariant(piece[0]), optional));
            }
        }

        return parts;
    }

    /// <summary>
    /// True when <paramref name="variant"/> is a plausible misspelling of <paramref name="known"/>: same length
    /// (at least three), and either one adjacent transposition, or one substitution by a letter that
    /// <paramref name="known"/> already contains (a doubled or slipped key, as <c>TPP</c> for <c>TTP</c>).
    /// A substitution by a new letter (<c>IMO</c> for <c>IMF</c>) is a different acronym, not a typo.
    /// </summary>
    public static bool IsNearMiss(string variant, string known)
    {
        if (variant.Length != known.Length || variant.Length < 3 || variant == known)
        {
            return false;
        }

        int first = -1, second = -1, count = 0;
        for (int i = 0; i < variant.Length; i++)
        {
            if (variant[i] != known[i])
            {
                count++;
                if (first < 0)
                {
                    first = i;
                }
                else
                {
                    second = i;
                }
            }
        }

        if (count == 1)
        {
            return known.Contains(variant[first], StringComparison.Ordinal);
        }

        return count == 2 && second == first + 1 && variant[first] == known[second] && variant[second] == known[first];
    }
}
