namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The lower-case forms of a document's words (with a typographic apostrophe made straight), each distinct form made
/// once: the stance rules read every token in lower case, and one string per token was a fifth of what the stage
/// allocated. One per document, not shared between threads; grows with the document's vocabulary.
/// </summary>
internal sealed class LowerWords
{
    private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty set of forms.</summary>
    public LowerWords() => _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The invariant lower case of <paramref name="word"/>, with <c>’</c> as <c>'</c>.</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        if (_lookup.TryGetValue(lower, out string? form))
        {
            return form;
        }

        form = lower.ToString();
        _forms.Add(form, form);
        return form;
    }
}
