namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A short form in capitals that spells the initials of a name the document mentions (<c>MEF</c> after
/// <c>Major Economies Forum</c>, <c>RSF</c> after <c>Rapid Support Forces</c>) names the same thing, even where the text never
/// defines it in parentheses: where the recognisers missed it, it is added with that name's label. Only initials of names
/// of two or more capitalised words count (joining words such as <c>of</c> and <c>and</c> are skipped), and only when a
/// single label claims them. Linear in the tokens and the mentions.
/// </summary>
internal static class NameInitials
{
    private const int MinLetters = 2;
    private const int MaxLetters = 6;

    /// <summary>Adds the missed mentions of initials to <paramref name="mentions"/> (ordered by offset), except short forms
    /// the document defines itself (<paramref name="definitions"/>, from <see cref="AbbreviationDefinitions.Find"/>): a definition
    /// says what the letters stand for, initials only guess it (<c>artificial intelligence (AI)</c> is no <c>AI-driven
    /// Intuit</c>).</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions,
        IReadOnlyDictionary<string, string?>? definitions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        Dictionary<string, string?>? initials = null;
        foreach (EntityMention m in mentions)
        {
            if (Resolution.ResolutionStage.IsNameLabel(m.Label) && InitialsOf(m.Text) is { } key && definitions?.ContainsKey(key) != true)
            {
                initials ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                initials[key] = initials.TryGetValue(key, out string? label) && label != m.Label ? null : m.Label;
            }
        }

        return initials is null ? mentions : ShortFormOccurrences.AddUncovered(document, mentions, initials);
    }

    /// <summary>The capital initials of a name of two or more capitalised words, skipping joining words
    /// (<c>Immigration and Customs Enforcement</c>: <c>ICE</c>); null for anything else.</summary>
    internal static string? InitialsOf(string name)
    {
        Span<char> letters = stackalloc char[MaxLetters];
        int count = 0;
        foreach (Range range in name.AsSpan().SplitAny(" \u00A0"))
        {
            ReadOnlySpan<char> word = name.AsSpan(range);
            // Joining words, and a leading dotted abbreviation (U.S. Customs and Border Protection: CBP).
            if (word.IsEmpty || Syntax.FunctionWords.IsNameConnector(word) || (count == 0 && word.Contains('.')))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || count == MaxLetters || IsCapitals(word))
            {
                return null;
            }

            letters[count++] = word[0];
        }

        return count >= MinLetters ? new string(letters[..count]) : null;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
