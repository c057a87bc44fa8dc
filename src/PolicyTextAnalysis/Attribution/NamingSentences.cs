using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// A sentence that names whose words the quotation next to it are, though it holds no content of its own: after the
/// quotation with a demonstrative subject (<c>"..." Those were the words of X.</c>, <c>"..." That is what X told the
/// House.</c>), or before it, ending right where it opens (<c>Listen to what X said last week. "..."</c>). The words
/// are X's: the object of <c>the words of</c> or the possessor of <c>words</c>, or the subject of a speech verb whose
/// object is the free relative <c>what</c>.
/// </summary>
internal sealed class NamingSentences
{
    private readonly Document _document;
    private readonly SyntaxLayer _syntax;
    private readonly DependencyTree _tree;
    private readonly CueLexicon _lexicon;
    // Per token, whether it is inside a quotation: a quotation's own words name nothing.
    private readonly bool[] _inQuote;

    public NamingSentences(Document document, CueLexicon lexicon, bool[] inQuote)
    {
        _document = document;
        _inQuote = inQuote;
        _syntax = document.Syntax!;
        _tree = _syntax.Tree;
        _lexicon = lexicon;
    }

    /// <summary>
    /// The report of sentence <c>[a, b)</c> naming the quotation of tokens <c>[open, close]</c> (marks included) that
    /// ends right before it (<paramref name="after"/>) or opens right after it, or null.
    /// </summary>
    public Report? Find(int a, int b, int open, int close, bool after)
    {
        // After the quotation, the sentence says "that is ..." of it: a demonstrative subject opens it.
        if (after && !(a < b && FunctionWords.IsDemonstrative(_document.Tokens.CharsAt(a)) && _syntax.Pos(a) == "PRON"))
        {
            return null;
        }

        // Before it, the sentence ends at a full stop or colon right before the opening mark.
        if (!after && (b - 1 <= a || _document.Tokens.CharsAt(b - 1) is not ("." or ":")))
        {
            return null;
        }

        for (int t = a; t < b; t++)
        {
            // The sentence's own words, not a quotation inside it ("What had I better do about it?" asked Lee.).
            if (_inQuote[t])
            {
                continue;
            }

            if (after && WordsOf(t) is int owner and >= 0)
            {
                return new Report(t, owner, _tree.SubtreeFirst(owner), open, close + 1, RuleIds.NamedNext);
            }

            if (WhatSaid(t) is int speaker and >= 0)
            {
                return new Report(t, speaker, _tree.SubtreeFirst(speaker), open, close + 1, RuleIds.NamedNext);
            }
        }

        return null;
    }

    /// <summary>The owner of <c>words</c> at <paramref name="t"/> (the words of X, X's words), or -1.</summary>
    private int WordsOf(int t)
    {
        if (_syntax.Pos(t) != "NOUN" || !_document.Tokens.CharsAt(t).Equals("words", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        foreach (int c in _tree.Children.Of(t))
        {
            if ((_tree.Is(c, "nmod:poss") || (_tree.Is(c, "nmod") && _tree.HasChildWord(c, "case", "of")))
                && _syntax.Pos(c) is "PROPN" or "NOUN")
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The subject of a speech verb at <paramref name="t"/> whose object is the free relative <c>what</c>
    /// before it (what X said, what X told reporters), or -1.</summary>
    private int WhatSaid(int t)
    {
        if (_syntax.Pos(t) != "VERB" || (_lexicon.ClassOf(_document.Tokens.CharsAt(t)) & CueClass.Speech) == 0)
        {
            return -1;
        }

        // UD makes "what" the head of the free relative (what <-acl:relcl- said); the parser sometimes makes it the object.
        int what = _tree.Is(t, "acl:relcl") && _tree.Head(t) is int head and >= 0 && head < t && IsWhat(head) ? head : -1;
        int subject = -1;
        foreach (int c in _tree.Children.Of(t))
        {
            if (c < t && _tree.Is(c, "obj") && IsWhat(c))
            {
                what = c;
            }
            else if (c < t && _tree.Is(c, "nsubj"))
            {
                subject = c;
            }
            else if (_tree.Is(c, "ccomp") || _tree.Is(c, "parataxis"))
            {
                return -1;   // the verb has content of its own
            }
        }

        return what >= 0 && subject > what && !_inQuote[what] && !_inQuote[subject] ? subject : -1;
    }

    private bool IsWhat(int t) => _document.Tokens.CharsAt(t).Equals("what", StringComparison.OrdinalIgnoreCase);
}
