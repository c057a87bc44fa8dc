using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Spots listed names and token patterns by longest match: the knowledge base's countries, capitals and big cities
/// (GPE), US states (GPE), demonyms and ethnic groups (NORP), international organisations, militant groups, companies,
/// universities and US federal agencies (ORG) in <see cref="Default"/>, or your
/// own entries through <see cref="CustomEntities"/>. Mentions from the knowledge base carry
/// <see cref="EntityMention.KbId"/>.
/// </summary>
/// <remarks>
/// Linear in the document: a token trie walk bounded by the longest phrase, and patterns bounded by
/// <see cref="TokenPattern.MaxTokens"/>. Building <see cref="Default"/> tokenizes some ten thousand names once (tens
/// of milliseconds). Immutable and thread-safe.
/// </remarks>
public sealed class GazetteerRecognizer : IEntityRecognizer
{
    /// <summary>The priority of the knowledge-base gazetteer: below the statistical recogniser (10).</summary>
    public const int KnowledgeBasePriority = 5;

    /// <summary>Cities at least this big are spotted by <see cref="Default"/> (national capitals always are).</summary>
    public const long DefaultMinCityPopulation = 1_000_000;

    private const double GazetteerConfidence = 0.8;

    private static readonly Lazy<GazetteerRecognizer> LazyDefault = new(
        () => FromKnowledgeBase(KnowledgeBase.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseTrie _phrases;
    private readonly (TokenPattern Pattern, string Label)[] _patterns;

    internal GazetteerRecognizer(string name, int priority, PhraseTrie phrases, (TokenPattern, string)[] patterns)
    {
        Name = name;
        Priority = priority;
        _phrases = phrases;
        _patterns = patterns;
    }

    /// <summary>The knowledge-base gazetteer over <see cref="KnowledgeBase.Default"/>, built on first use.</summary>
    public static GazetteerRecognizer Default => LazyDefault.Value;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int Priority { get; }

    /// <summary>The number of phrases it spots.</summary>
    public int PhraseCount => _phrases.Count;

    /// <summary>
    /// A gazetteer of <paramref name="knowledgeBase"/>'s countries, national capitals, cities of at least
    /// <paramref name="minCityPopulation"/> people, states, demonyms, ethnic groups, international organisations, militant
    /// groups, companies, universities and agencies.
    /// </summary>
    public static GazetteerRecognizer FromKnowledgeBase(KnowledgeBase knowledgeBase, long minCityPopulation = DefaultMinCityPopulation)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var capitals = new HashSet<string>(
            knowledgeBase.Entries.Where(e => e.CapitalId is not null).Select(e => e.CapitalId!), StringComparer.Ordinal);
        var trie = new PhraseTrie();
        foreach (KnowledgeBaseEntry entry in knowledgeBase.Entries)
        {
            bool spotted = entry.Kind switch
            {
                KnowledgeBaseKind.Country or KnowledgeBaseKind.InternationalOrganization or KnowledgeBaseKind.MilitantGroup
                    or KnowledgeBaseKind.EthnicGroup or KnowledgeBaseKind.Organization or KnowledgeBaseKind.State => true,
                KnowledgeBaseKind.City => entry.Population >= minCityPopulation || capitals.Contains(entry.Id),
                _ => false,
            };
            if (!spotted)
            {
                continue;
            }

            foreach (KnowledgeBaseName name in entry.Names)
            {
                // A state's postal code (GA, IN, OR) is an ordinary token far more often than a name.
                if (entry.Kind == KnowledgeBaseKind.State && name.Kind == KnowledgeBaseNameKind.Abbreviation)
                {
                    continue;
                }

                // A one-word company name at the start of a sentence is as often a word with a capital (Amplitude, Acuity).
                bool skipAtStart = name.IsCommonWord
                    || (entry.Kind == KnowledgeBaseKind.Organization && !name.Text.Contains(' ', StringComparison.Ordinal));
                bool demonym = name.Kind == KnowledgeBaseNameKind.Demonym;
                trie.Add(new GazetteerPhrase(
                    name.Text,
                    demonym ? EntityLabels.Norp : entry.Label,
                    demonym ? null : entry.Name,
                    entry.Id,
                    name.CaseSensitive ? PhraseCase.Exact : PhraseCase.ExactOrUpper,
                    skipAtStart));
            }
        }

        trie.Freeze();
        return new GazetteerRecognizer("gazetteer", KnowledgeBasePriority, trie, []);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<EntityMention>();
        TokenList tokens = document.Tokens;
        if (document.Sentences.Count == 0)
        {
            Scan(document, 0, tokens.Count, mentions, cancellationToken);
        }

        foreach (Sentence sentence in document.Sentences)
        {
            Scan(document, sentence.FirstToken, sentence.EndToken, mentions, cancellationToken);
        }

        return mentions;
    }

    private void Scan(Document document, int first, int end, List<EntityMention> mentions, CancellationToken cancellationToken)
    {
        TokenList tokens = document.Tokens;
        int firstWord = first;
        while (firstWord < end && tokens.Kinds[firstWord] is TokenKind.Quote or TokenKind.Punctuation)
        {
            firstWord++;
        }

        int i = first;
        while (i < end)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int length = 0;
            string? label = null, canonical = null, kbId = null;
            if (_phrases.Match(tokens, i, end) is { } hit && !(hit.Phrase.SkipAtSentenceStart && i == firstWord))
            {
                (length, label, canonical, kbId) = (hit.Length, hit.Phrase.Label, hit.Phrase.Canonical, hit.Phrase.KbId);
            }

            foreach ((TokenPattern pattern, string patternLabel) in _patterns)
            {
                int n = pattern.Match(tokens, i, end);
                if (n > length)
                {
                    (length, label, canonical, kbId) = (n, patternLabel, null, null);
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            int start = tokens.Starts[i];
            int stop = tokens.Ends[i + length - 1];
            string text = document.Text[start..stop];
            mentions.Add(new EntityMention
            {
                Text = text,
                Label = label!,
                Start = start,
                End = stop,
                Canonical = canonical ?? text,
                KbId = kbId,
                Confidence = GazetteerConfidence,
            });
            i += length;
        }
    }
}
