using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// A token trie of gazetteer phrases (keys compared without case), matched longest-first from a token. A walk
/// visits at most one node per token of the longest phrase, so spotting is linear in the document whatever the
/// number of phrases. Immutable after <see cref="Freeze()"/>; thread-safe for matching.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();

    /// <summary>The number of tokens of the longest phrase.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>The number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase, tokenized as documents are.</summary>
    public void Add(GazetteerPhrase phrase)
    {
        TokenList tokens = Tokenizer.Default.Tokenize(phrase.Text);
        if (tokens.Count == 0)
        {
            return;
        }

        // The phrase keeps its words, not its token list: the words are the trie's keys already, and a token list per
        // phrase (three arrays of a document's initial capacity) was most of the gazetteer's memory.
        var words = new string[tokens.Count];
        Node node = _root;
        for (int i = 0; i < tokens.Count; i++)
        {
            string key = words[i] = tokens[i].Text;
            node = node.ChildFor(key);
        }

        (node.Phrases ??= []).Add((phrase, words));
        MaxDepth = Math.Max(MaxDepth, tokens.Count);
        Count++;
    }

    /// <summary>Prepares the lookups for matching; call once after the last <see cref="Add"/>.</summary>
    public void Freeze() => Freeze(_root);

    /// <summary>
    /// The longest phrase matching the tokens from <paramref name="first"/> (not past <paramref name="limit"/>) in an
    /// allowed case, with the number of tokens it covers; null when none.
    /// </summary>
    public (GazetteerPhrase Phrase, int Length)? Match(TokenList tokens, int first, int limit)
    {
        Node node = _root;
        (GazetteerPhrase, int)? best = null;
        for (int i = first; i < limit && i - first < MaxDepth; i++)
        {
            if (node.Next(tokens.CharsAt(i)) is not { } child)
            {
                break;
            }

            node = child;
            if (node.Phrases is { } phrases)
            {
                foreach ((GazetteerPhrase phrase, string[] phraseWords) in phrases)
                {
                    if (CaseMatches(tokens, first, phraseWords, phrase.Case))
                    {
                        best = (phrase, i - first + 1);
                        break;
                    }
                }
            }
        }

        return best;
    }

    private static bool CaseMatches(TokenList tokens, int first, string[] phrase, PhraseCase mode)
    {
        if (mode == PhraseCase.Any)
        {
            return true;
        }

        bool exact = true, upper = true;
        for (int k = 0; k < phrase.Length; k++)
        {
            ReadOnlySpan<char> text = tokens.CharsAt(first + k);
            ReadOnlySpan<char> want = phrase[k];
            exact &= text.SequenceEqual(want) || CapitalisedParticle(text, want);
            upper &= !text.ContainsAnyInRange('a', 'z') && text.Equals(want, StringComparison.OrdinalIgnoreCase);
        }

        return exact || (mode == PhraseCase.ExactOrUpper && upper);
    }

    // A listed form that starts with a lower-case particle (al-Qaeda, bin Laden, de Gaulle, van Gogh) is written
    // with a capital at the start of a sentence or in title style: Al-Qaeda, Bin Laden.
    private static bool CapitalisedParticle(ReadOnlySpan<char> text, ReadOnlySpan<char> want) =>
        want.Length > 1 && char.IsLower(want[0]) && text.Length == want.Length
        && text[0] == char.ToUpperInvariant(want[0]) && text[1..].SequenceEqual(want[1..]);

    private static void Freeze(Node node)
    {
        if (node.OnlyChild is { } only)
        {
            Freeze(only);
            return;
        }

        if (node.Children is null)
        {
            return;
        }

        node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (Node child in node.Children.Values)
        {
            Freeze(child);
        }
    }

    /// <summary>
    /// A node of the trie. Most nodes have one child (the next word of a single phrase), so a lone child is kept in
    /// two fields and a dictionary is made only for the second: building the gazetteer's tens of thousands of nodes
    /// then allocates a fraction of what a dictionary per node did, which a new process pays on its first document.
    /// </summary>
    private sealed class Node
    {
        /// <summary>The key of the only child, when there is exactly one.</summary>
        public string? OnlyKey { get; private set; }

        /// <summary>The only child, when there is exactly one.</summary>
        public Node? OnlyChild { get; private set; }

        /// <summary>The children, keyed without case, once there are two or more.</summary>
        public Dictionary<string, Node>? Children { get; private set; }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>>? Lookup { get; set; }

        public List<(GazetteerPhrase Phrase, string[] Words)>? Phrases { get; set; }

        /// <summary>The child for <paramref name="key"/>, made when missing.</summary>
        public Node ChildFor(string key)
        {
            if (Children is null)
            {
                if (OnlyKey is null)
                {
                    OnlyKey = key;
                    return OnlyChild = new Node();
                }

                if (string.Equals(OnlyKey, key, StringComparison.OrdinalIgnoreCase))
                {
                    return OnlyChild!;
                }

                Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase) { [OnlyKey] = OnlyChild! };
                OnlyKey = null;
                OnlyChild = null;
            }

            if (!Children.TryGetValue(key, out Node? child))
            {
                Children[key] = child = new Node();
            }

            return child;
        }

        /// <summary>The child for the word <paramref name="key"/> (compared without case), or null.</summary>
        public Node? Next(ReadOnlySpan<char> key)
        {
            if (OnlyChild is { } only)
            {
                return key.Equals(OnlyKey, StringComparison.OrdinalIgnoreCase) ? only : null;
            }

            return Lookup is { } lookup && lookup.TryGetValue(key, out Node? child) ? child : null;
        }
    }
}
