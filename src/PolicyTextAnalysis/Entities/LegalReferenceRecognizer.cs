using System.Collections.Frozen;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Numbered references to parts of laws and to numbered instruments, as LAW: <c>Article 5</c>, <c>section 75</c>,
/// <c>Schedule I</c>, <c>Title 42</c>, <c>SB 1070</c>, and a resolution with the capitalised name of the body before it
/// (<c>United Nations Security Council Resolution 2803</c>). Without this the number alone came out a CARDINAL. Ranks
/// above the numeric grammar, whose figure it contains. Looks at most <see cref="MaxNameTokens"/> tokens back from a
/// keyword, so the cost is linear; needs no parse.
/// </summary>
internal sealed class LegalReferenceRecognizer : IEntityRecognizer
{
    /// <summary>Above the numeric grammar (20): the number is part of the reference.</summary>
    public const int DefaultPriority = 21;

    /// <summary>Most capitalised words taken before <c>Resolution</c> as the name of the body that passed it.</summary>
    private const int MaxNameTokens = 6;

    private const string ResourceName = "PolicyTextAnalysis.Entities.legal-references.txt";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _parts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _billPrefixes;

    /// <summary>Creates the recogniser from its word lists: parts of a law (any case) and bill prefixes (as written).</summary>
    public LegalReferenceRecognizer(IEnumerable<string> parts, IEnumerable<string> billPrefixes)
    {
        _parts = parts.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _billPrefixes = billPrefixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance.</summary>
    public static LegalReferenceRecognizer Default { get; } = Load();

    /// <inheritdoc />
    public string Name => "legal references";

    /// <inheritdoc />
    public int Priority => DefaultPriority;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<EntityMention>();
        TokenList tokens = document.Tokens;
        for (int k = 0; k + 1 < tokens.Count; k++)
        {
            if ((k & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadOnlySpan<char> keyword = tokens.CharsAt(k);
            // "Title 42" but not "won the title 5 times".
            bool part = tokens.Kinds[k] == TokenKind.Word && _parts.Contains(keyword) && !keyword.SequenceEqual("title");
            if (!(part || _billPrefixes.Contains(keyword)) || !IsReferenceNumber(tokens, k + 1, romanAllowed: part && char.IsUpper(keyword[0])))
            {
                continue;
            }

            int first = k;
            if (keyword.Equals("Resolution", StringComparison.Ordinal))
            {
                // Capitalised words, not an opening determiner (The Security Council Resolution 2803).
                while (first > 0 && k - first < MaxNameTokens && tokens.Kinds[first - 1] == TokenKind.Word && char.IsUpper(tokens.CharsAt(first - 1)[0])
                    && !Syntax.FunctionWords.IsDeterminer(tokens.CharsAt(first - 1)))
                {
                    first--;
                }
            }

            int start = tokens.Starts[first], end = tokens.Ends[k + 1];
            string text = document.Text[start..end];
            mentions.Add(new EntityMention { Text = text, Label = EntityLabels.Law, Start = start, End = end, Canonical = text, Confidence = 0.9 });
            k++;
        }

        return mentions;
    }

    /// <summary>Digits with at most one letter after them (<c>75</c>, <c>230c</c>), or a Roman numeral where allowed
    /// (<c>Schedule I</c>, <c>Title IX</c>).</summary>
    private static bool IsReferenceNumber(TokenList tokens, int t, bool romanAllowed)
    {
        ReadOnlySpan<char> w = tokens.CharsAt(t);
        int digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            return digits <= 5 && (digits == w.Length || (digits == w.Length - 1 && char.IsAsciiLetterLower(w[^1])));
        }

        return romanAllowed && w.Length <= 4 && !w.ContainsAnyExcept("IVX");
    }

    /// <summary>Reads <c>Entities/legal-references.txt</c> (lines <c>part WORD</c> or <c>bill WORD</c>, the shared kind-word format).</summary>
    /// <exception cref="InvalidOperationException">The list is missing from this build.</exception>
    /// <exception cref="FormatException">A line is not <c>part</c> or <c>bill</c> and a word.</exception>
    private static LegalReferenceRecognizer Load()
    {
        using Stream stream = typeof(LegalReferenceRecognizer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word list {ResourceName} is missing from this build.");
        using var reader = new StreamReader(stream);
        Dictionary<string, List<string>> lists = KindWordFile.Parse(reader, "Legal reference word", "part", "bill");
        return new LegalReferenceRecognizer(lists["part"], lists["bill"]);
    }
}
