using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <content>Whose a document or a definite noun is: its issuer, or the one owner the document gives it; and which name in a
/// speaker phrase is its person (a title's holder set off by commas) or only a note on it (a party and state).</content>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "According to the report": a common noun after "the" with nothing that says whose it is means the last name that
    /// ends with it (the U.S. Energy and Employment Report, named a few paragraphs before).
    /// </summary>
    private Speaker? DefiniteAntecedent(int head)
    {
        const int maxBack = 40;
        // A noun for people (the leaders) is no document whose issuer a name before the noun elsewhere gives (the Quad leaders).
        if (_syntax.Pos(head) != "NOUN" || PersonNouns.IsPluralPeople(_document, head) || _tree.Child(head, "nmod:poss") >= 0 || _tree.Child(head, "nmod") > head
            || _tree.Child(head, "det") is not (int det and >= 0) || !_document.Tokens.CharsAt(det).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return _speakers.NameEndingWith(head, maxBack) ?? OnlyOwnerOf(head);
    }

    /// <summary>
    /// "According to the administration": the one owner the document gives the noun anywhere (the Bush administration,
    /// the Commission's report), when it gives exactly one; else null. The owners are gathered once per document.
    /// </summary>
    private Speaker? OnlyOwnerOf(int head)
    {
        if (_ownerByNoun is null)
        {
            _ownerByNoun = new Dictionary<string, Speaker?>(StringComparer.OrdinalIgnoreCase);
            for (int t = 0; t < _document.Tokens.Count; t++)
            {
                if (_syntax.Pos(t) != "NOUN" || _inQuote[t])
                {
                    continue;
                }

                foreach (int c in _tree.Children.Of(t))
                {
                    // Any other owner (its report, the agency's report, a trade report) makes the noun ambiguous.
                    if ((_tree.Is(c, "compound") || _tree.Is(c, "nmod:poss")) && c < t)
                    {
                        Speaker? owner = Named(c);
                        string noun = _document.Tokens.CharsAt(t).ToString();
                        bool seen = _ownerByNoun.TryGetValue(noun, out Speaker? known);
                        _ownerByNoun[noun] = owner is not { } named || (seen && known?.ClusterId != named.ClusterId) ? null : named;
                        break;
                    }
                }
            }
        }

        return _ownerByNoun.GetValueOrDefault(_document.Tokens.CharsAt(head).ToString());
    }

    private Speaker? Issuer(int noun)
    {
        // A person is no document: "from" says where the gentleman from Ohio is from, not who issued his words; a
        // possessor still says whom he speaks for (Indonesia's top official).
        ReadOnlySpan<char> word = _document.Tokens.CharsAt(noun);
        bool person = IsPersonNoun(noun) || GenderLexicon.Default.OfWord(word) != PersonGender.Unknown;
        foreach (int c in _tree.Children.Of(noun))
        {
            // "from" a place says where someone or something comes from (my colleague from Ohio, reports from Gaza).
            if ((_tree.Is(c, "nmod:poss") || (!person && _tree.Is(c, "nmod") && HasCase(c, "by", "from") && !IsPlaceOfOrigin(c)))
                && Named(c) is { } owner)
            {
                return owner;
            }

            // An officer with no name speaks for the organisation whose officer he is (a spokesman for the ministry, the
            // vice president of the Royal Society); a place is only where he is from (the senator from Alaska).
            if (person && _tree.Is(c, "nmod") && HasCase(c, "of", "for") && Named(c) is { } body
                && _speakers.LabelAt(c) == EntityLabels.Organization)
            {
                return body;
            }
        }

        // The report, released Tuesday by the GAO, ...: a participle of issuing with its "by" phrase.
        if (!person && IssuedBy(noun) is { } publisher)
        {
            return publisher;
        }

        int verb = _tree.Head(noun);
        if (!person && verb >= 0 && _tree.Is(noun, "obj") && _tree.Child(verb, "nsubj") is int subject and >= 0 && !_tree.Is(subject, "nsubj:pass"))
        {
            return Named(subject);
        }

        return null;
    }

    /// <summary>Nouns for those who stand against someone (critics, rivals, opponents): the stance lexicon's shared list.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> OpposingNouns = Stance.StanceWords.Set("relation.opposing-nouns");

    /// <summary>True for a noun of those who stand against someone (critics, rivals, opponents): whoever the phrase
    /// names beside it (the minister's critics) is not who speaks.</summary>
    private bool IsOpposingNoun(int noun) =>
        OpposingNouns.Contains(_syntax.Lemma(noun)) || OpposingNouns.Contains(_document.Tokens.CharsAt(noun).ToString());

    private bool IsPlaceOfOrigin(int c) =>
        HasCase(c, "from", "from") && _speakers.LabelAt(c) is { } label && SpeakerLocator.IsPlaceLabel(label);

    /// <summary>The named issuer of a participle of issuing that modifies <paramref name="noun"/>, or null.</summary>
    private Speaker? IssuedBy(int noun)
    {
        foreach (int participle in _tree.Children.Of(noun))
        {
            if (!_tree.Is(participle, "acl") || (_lexicon.ClassOf(_document.Tokens.CharsAt(participle)) & CueClass.Issue) == 0)
            {
                continue;
            }

            // The "by" phrase within a few words of the participle, wherever the parse hung it (released Tuesday by
            // the GAO: on "Tuesday").
            int end = Math.Min(_tree.SubtreeEnd(participle), participle + 12);
            for (int c = participle + 1; c < end; c++)
            {
                if (_syntax.Pos(c) is "NOUN" or "PROPN" && HasCase(c, "by", "by") && Named(c) is { } issuer)
                {
                    return issuer;
                }
            }
        }

        return null;
    }

    /// <summary>The entity a noun phrase's head names, or null.</summary>
    private Speaker? Named(int head)
    {
        if (!_speakers.IsEntity(head))
        {
            return null;
        }

        Speaker? named = _speakers.EndingAt(_speakers.EntityLast(head), _tree.SubtreeFirst(head))?.Speaker;
        return named is { ClusterId: not null } ? named : null;
    }

    private bool HasCase(int noun, string first, string second) =>
        _tree.HasChildWord(noun, "case", first) || _tree.HasChildWord(noun, "case", second);

    /// <summary>True when <paramref name="token"/> heads a party-and-state note in parentheses (<c>(R-Texas)</c>).</summary>
    private bool IsPartyNote(int token)
    {
        int first = _tree.SubtreeFirst(token);
        TokenList tokens = _document.Tokens;
        int open = tokens.CharsAt(first) is "(" ? first : first > 0 && tokens.CharsAt(first - 1) is "(" ? first - 1 : -1;
        return open >= 0 && PartyNotes.End(tokens, open + 1, Math.Min(tokens.Count, open + 8)) >= 0;
    }

    /// <summary>The first word of a person's name set off by commas after <paramref name="head"/> inside its phrase, or -1.</summary>
    private int PersonInCommas(int head)
    {
        TokenList tokens = _document.Tokens;
        int end = _tree.SubtreeEnd(head);
        for (int t = head + 2; t < end; t++)
        {
            if (tokens.CharsAt(t - 1) is "," && _speakers.IsEntity(t) && _speakers.LabelAt(t) == EntityLabels.Person
                && _speakers.EntityLast(t) + 1 < tokens.Count && tokens.CharsAt(_speakers.EntityLast(t) + 1) is "," or "." or "!" or "?")
            {
                return t;
            }
        }

        return -1;
    }
}
