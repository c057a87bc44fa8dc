namespace PolicyTextAnalysis.Attribution;

/// <content>Quotations standing alone: the sentence beside one that names whose words they are, and the person a
/// sentence is about, whom a quotation after it may continue.</content>
internal sealed partial class AttributionRun
{
    /// <summary>The report of sentence <c>[a, b)</c> naming the whole quotation that ends right before it or opens right
    /// after it (<see cref="NamingSentences"/>), or null.</summary>
    private Report? NamedQuotation(int a, int b)
    {
        // The quotation is a sentence of its own: its closing mark, perhaps after the sentence's full stop, ends right
        // before this sentence; or its opening mark comes right after this one.
        int before = FirstSpanClosingAtOrAfter(a - 2);
        if (before < _spans.Count && _spans[before].Closed && _closeToken[before] is int close
            && (close == a - 1 || (close == a - 2 && _document.Tokens.CharsAt(a - 1) is "."))
            && StandsAlone(before) && _naming.Find(a, b, _openToken[before], close, after: true) is { } named)
        {
            return named;
        }

        int next = FirstSpanClosingAtOrAfter(b);
        return next < _spans.Count && _openToken[next] == b && StandsAlone(next)
            ? _naming.Find(a, b, _openToken[next], _closeToken[next], after: false)
            : null;
    }

    /// <summary>True when quotation <paramref name="q"/> opens a sentence and ends one (nothing of the author's beside it).</summary>
    private bool StandsAlone(int q)
    {
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int s = SentenceSearch.IndexOfToken(sentences, _openToken[q]);
        if (sentences[s].FirstToken != _openToken[q])
        {
            return false;
        }

        int e = SentenceSearch.IndexOfToken(sentences, _closeToken[q]);
        int end = sentences[e].EndToken;
        return _closeToken[q] + 1 == end || (_closeToken[q] + 2 == end && _document.Tokens.Kinds[end - 1] == TokenKind.Punctuation);
    }

    /// <summary>The first quotation span whose closing mark is at or after <paramref name="token"/> (spans are in order).</summary>
    private int FirstSpanClosingAtOrAfter(int token)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_closeToken[mid] < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The person sentence <c>[a, b)</c> is about: its main verb's subject, named or a pronoun, outside
    /// quotations and not the voice; else null.</summary>
    private Speaker? PersonSubject(int a, int b)
    {
        Syntax.DependencyTree tree = _document.Syntax!.Tree;
        for (int t = a; t < b; t++)
        {
            if (!tree.Is(t, "root"))
            {
                continue;
            }

            int subject = tree.Child(t, "nsubj");
            if (subject < 0 || _inQuote[subject] || IsFirstPerson(subject))
            {
                return null;
            }

            return _resolver.Resolve(subject, tree.SubtreeFirst(subject)) is { IsPerson: true } person ? person : null;
        }

        return null;
    }
}
