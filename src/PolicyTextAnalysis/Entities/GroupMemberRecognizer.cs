using System.Collections.Frozen;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Members of a political party or movement (<c>Democrats</c>, <c>a Republican senator</c>, <c>Tories</c>), of a people,
/// a place or a religion (<c>Sikhs</c>, <c>Iowans</c>, <c>Shiites</c>) as NORP, the OntoNotes type, from the word lists
/// <c>Entities/party-members.txt</c> and <c>Entities/people-nouns.txt</c> (WordNet 3.1). The name recogniser, trained mostly
/// on corpora that type party members ORG or leave the others out, calls them ORG, a place or nothing. A member word inside a longer name (<c>House Democrats</c>,
/// <c>Democratic Party</c>, <c>Republican Study Committee</c>) is left to the other recognisers: a capitalised word
/// next to it means a name. One pass over the tokens.
/// </summary>
internal sealed class GroupMemberRecognizer : IEntityRecognizer
{
    /// <summary>Above the name recogniser, whose ORG for the same word yields.</summary>
    public const int DefaultPriority = 14;

    private const string PartyResource = "PolicyTextAnalysis.Entities.party-members.txt";
    private const string PeopleResource = "PolicyTextAnalysis.Entities.people-nouns.txt";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _single;
    private readonly FrozenSet<string> _pairs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pairFirsts;

    private GroupMemberRecognizer(IEnumerable<string> words)
    {
        var single = new List<string>();
        var pairs = new List<string>();
        foreach (string w in words)
        {
            (w.Contains(' ', StringComparison.Ordinal) ? pairs : single).Add(w);
        }

        _single = single.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = pairs.ToFrozenSet(StringComparer.Ordinal);
        _pairFirsts = pairs.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The recogniser over the bundled list.</summary>
    public static GroupMemberRecognizer Default { get; } = Load();

    /// <inheritdoc />
    public string Name => "group members";

    /// <inheritdoc />
    public int Priority => DefaultPriority;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<EntityMention>();
        TokenList tokens = document.Tokens;
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (tokens.Kinds[t] != TokenKind.Word || !char.IsUpper(tokens.CharsAt(t)[0]))
                {
                    continue;
                }

                int end = -1;
                // Only a possible first word of a two-word entry builds the pair string.
                if (t + 1 < sentence.EndToken && _pairFirsts.Contains(tokens.CharsAt(t))
                    && _pairs.Contains(string.Concat(tokens.CharsAt(t), " ", tokens.CharsAt(t + 1)))
                    && tokens.Starts[t + 1] == tokens.Ends[t] + 1)
                {
                    end = t + 2;
                }
                else if (_single.Contains(tokens.CharsAt(t)))
                {
                    end = t + 1;
                }

                if (end < 0)
                {
                    continue;
                }

                // A sentence's first word is capitalised anyway: a singular there may be an adjective ("Liberal
                // democracies"), and a capitalised article before the word ("The Democrats") is no name.
                bool opens = t == sentence.FirstToken;
                bool nameBefore = t > sentence.FirstToken && IsCapitalisedWord(tokens, t - 1)
                    && !(t - 1 == sentence.FirstToken && (Syntax.FunctionWords.IsDeterminer(tokens.CharsAt(t - 1))
                        || NumericLexicon.Cardinals.TryGetValue(tokens.CharsAt(t - 1), out _)));
                bool nameAfter = end < sentence.EndToken && IsCapitalisedWord(tokens, end);
                bool plural = tokens.CharsAt(end - 1)[^1] == 's';
                if (!nameBefore && !nameAfter && (plural || !opens) && !IsAllCapitals(document, sentence))
                {
                    string text = document.Text[tokens.Starts[t]..tokens.Ends[end - 1]];
                    mentions.Add(new EntityMention
                    {
                        Text = text,
                        Label = EntityLabels.Norp,
                        Start = tokens.Starts[t],
                        End = tokens.Ends[end - 1],
                        Canonical = text,
                        Confidence = 0.9,
                    });
                }

                t = end - 1;
            }
        }

        return mentions;
    }

    private static bool IsCapitalisedWord(TokenList tokens, int t) =>
        tokens.Kinds[t] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t)[0]);

    // A headline in capitals ("DEMOCRATS WIN") says nothing about case; the other recognisers decide there.
    private static bool IsAllCapitals(Document document, Sentence sentence)
    {
        ReadOnlySpan<char> text = document.Text.AsSpan(sentence.Start, Math.Min(sentence.End - sentence.Start, 200));
        int letters = 0, upper = 0;
        foreach (char c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return letters > 8 && upper * 10 > letters * 8;
    }

    private static GroupMemberRecognizer Load()
    {
        var words = new List<string>(Lines(PartyResource));
        foreach (string line in Lines(PeopleResource))
        {
            // people WORD: the word and its plural; people-lower WORD: the plural only.
            string[] parts = line.Split('\t');
            if (parts.Length != 2 || parts[0] is not ("people" or "people-lower"))
            {
                throw new InvalidDataException($"{PeopleResource}: expected KIND<TAB>WORD with KIND people or people-lower, got \"{line}\".");
            }

            if (parts[0] == "people")
            {
                words.Add(parts[1]);
            }

            words.Add(Plural(parts[1]));
        }

        return new GroupMemberRecognizer(words.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The regular English plural of a people noun: Iowans, Englishmen, Druzes.</summary>
    internal static string Plural(string word) =>
        word.EndsWith("man", StringComparison.Ordinal) ? word[..^3] + "men"
        : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("sh", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    private static IEnumerable<string> Lines(string resource)
    {
        using Stream stream = typeof(GroupMemberRecognizer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded word list {resource} is missing from this build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                yield return word;
            }
        }
    }
}
