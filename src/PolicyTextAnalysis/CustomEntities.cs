using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis;

/// <summary>
/// Your own names and token patterns, spotted by longest match and added to the entity layer through
/// <see cref="AnalyzerOptions.CustomEntities"/>.
/// </summary>
/// <example>
/// <code>
/// var custom = new CustomEntities()
///     .Add("Durand Line", EntityLabels.Location)
///     .Add("TTP", EntityLabels.Organization, canonical: "Tehreek-e-Taliban Pakistan", caseSensitive: true)
///     .AddPattern(EntityLabels.Facility, "shape:Xxxx+ lower:airport|airbase");
/// var analyzer = PolicyAnalyzer.Create(new AnalyzerOptions { CustomEntities = custom });
/// </code>
/// </example>
/// <remarks>
/// Patterns are token tests separated by spaces: <c>Word</c> or <c>text:Word</c> (exact text), <c>lower:word</c>
/// (any case), <c>shape:Xxxx</c> (X upper, x lower, d digit; a run of one class counts once, so <c>Xxxx</c> is any
/// capitalised word and <c>d</c> any number), <c>kind:Number</c> (a <see cref="TokenKind"/>), <c>_</c> (any token);
/// <c>text:</c> and <c>lower:</c> take alternatives with <c>|</c>; a trailing <c>?</c> makes an element optional,
/// <c>+</c> one or more, <c>*</c> zero or more. Matches never cross a sentence and are at most 32 tokens long.
/// The analyzer copies the entries when it is created: later changes do not affect it. Not thread-safe while you
/// are adding entries.
/// </remarks>
public sealed class CustomEntities
{
    private readonly List<GazetteerPhrase> _phrases = [];
    private readonly List<(TokenPattern Pattern, string Label)> _patterns = [];

    /// <summary>
    /// The priority of your entries against the built-in recognisers (statistical names 10, knowledge-base gazetteer 5,
    /// numbers and dates 20). Default 30: your entries win where they overlap another mention.
    /// </summary>
    public int Priority { get; set; } = 30;

    /// <summary>The number of phrases added.</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>The number of patterns added.</summary>
    public int PatternCount => _patterns.Count;

    /// <summary>Adds a phrase to spot.</summary>
    /// <param name="phrase">The phrase, tokenized as documents are (<c>Durand Line</c>, <c>IG Khorasan</c>).</param>
    /// <param name="label">Its label, usually one of <see cref="EntityLabels"/>.</param>
    /// <param name="canonical">The name to report in <see cref="EntityMention.Canonical"/>; null reports the matched text.</param>
    /// <param name="caseSensitive">True to match only the exact case; default false (any case).</param>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> or <paramref name="label"/> is empty or whitespace.</exception>
    public CustomEntities Add(string phrase, string label, string? canonical = null, bool caseSensitive = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        _phrases.Add(new GazetteerPhrase(phrase, label, canonical, null, caseSensitive ? PhraseCase.Exact : PhraseCase.Any));
        return this;
    }

    /// <summary>Adds a token pattern (syntax in the remarks of <see cref="CustomEntities"/>).</summary>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="FormatException">The pattern cannot be parsed; the message names the bad element.</exception>
    public CustomEntities AddPattern(string label, string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(pattern);
        _patterns.Add((TokenPattern.Parse(pattern), label));
        return this;
    }

    /// <summary>A recogniser spotting the entries added so far (a snapshot).</summary>
    public IEntityRecognizer ToRecognizer()
    {
        var trie = new PhraseTrie();
        foreach (GazetteerPhrase phrase in _phrases)
        {
            trie.Add(phrase);
        }

        trie.Freeze();
        return new GazetteerRecognizer("custom", Priority, trie, [.. _patterns]);
    }
}
