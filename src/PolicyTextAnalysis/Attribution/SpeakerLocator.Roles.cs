using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <content>Speakers given by a role alone (<c>the minister said</c>): the holder named with the role before, unless the
/// text told the bare role apart from that holder.</content>
internal sealed partial class SpeakerLocator
{
    private Speaker? ByRole(int head, int limit)
    {
        // The role as written, with its modifiers (the Intelligence Minister must not match the Prime Minister).
        TokenList tokens = _document.Tokens;
        int from = head;
        while (from - 1 >= limit && head - from < 3 && (RoleFinder.IsModifier(tokens.CharsAt(from - 1)) || RoleFinder.IsHead(tokens.CharsAt(from - 1))))
        {
            from--;
        }

        string phrase = _document.Text[tokens.Starts[from]..tokens.Ends[head]];
        Speaker? latest = null;
        int latestWritten = -1;
        int latestSubject = -1;
        List<Speaker>? holders = null;
        bool past = StartsWithPastModifier(phrase);
        int owner = OwnerBefore(head, limit);
        int organisation = OrganisationAfter(head);

        // "A spokesman said", "an aid official told": an indefinite role is someone new, no holder named before.
        for (int t = Math.Max(limit, head - 4); t < from; t++)
        {
            if (Syntax.FunctionWords.IsIndefiniteDeterminer(tokens.CharsAt(t)))
            {
                return owner >= 0 ? FromEntity(_document.Entities[owner]) : null;
            }
        }

        // "Asked ..., the minister replied" is not the Prime Minister named paragraphs later: only roles given before it.
        int before = LastRoleAtOrBefore(head);
        for (int k = before; k >= 0 && k > before - MaxRolesSearched; k--)
        {
            if (EndsWithWords(_roles[k].Role, phrase) || (OfHead(_roles[k].Role) is { } roleHead && EndsWithWords(roleHead, phrase)))
            {
                // The former president is not "the president" (nor "the former president" the president in office), nor
                // is the vice president or a deputy secretary.
                // Venezuela's president is not the President of another country named before.
                // The president of a union is not the President named before, unless named as that union's.
                if (StartsWithPastModifier(_roles[k].Role) != past || LacksRank(phrase, _roles[k].Role)
                    || (owner >= 0 && !SameOwner(owner, OwnerBefore(_roles[k].Token, Math.Max(0, _roles[k].Token - RoleFinder.MaxTokens))))
                    || (organisation >= 0 && !HeldIn(k, organisation)))
                {
                    continue;
                }

                // Not a holder the text told the bare role apart from where it first named that holder (the President
                // spoke with President Herzog); a holder named before still is (President Biden ... the President).
                if (BareJustBefore(head, _firstNamed.GetValueOrDefault(_roles[k].Speaker, _roles[k].Token)))
                {
                    continue;
                }

                latest ??= _roles[k].Speaker;
                if (latestSubject < 0 && _roles[k].Subject)
                {
                    latestSubject = k;
                }

                if (latestWritten < 0 && _roles[k].Written)
                {
                    latestWritten = k;
                }

                holders ??= [];
                if (!holders.Contains(_roles[k].Speaker))
                {
                    holders.Add(_roles[k].Speaker);
                }
            }
        }

        if (latest is { } holder && holders is not null)
        {
            return HolderOfBareRole(head, holder, latestWritten, latestSubject, holders);
        }

        // A role without a known holder speaks for the entity it belongs to (a Taliban spokesman -> Taliban, the president
        // of the union -> the union).
        return owner >= 0 ? FromEntity(_document.Entities[owner]) : organisation >= 0 ? FromEntity(_document.Entities[organisation]) : null;
    }

    /// <summary>The entity a role ending at <paramref name="head"/> belongs to: a name among the three words before it, not
    /// before <paramref name="limit"/> (a Taliban spokesman, Venezuela's president), or -1.</summary>
    private int OwnerBefore(int head, int limit)
    {
        for (int t = head - 1; t >= limit && t >= head - 3; t--)
        {
            if (_entityAt[t] >= 0)
            {
                return _entityAt[t];
            }
        }

        return -1;
    }

    /// <summary>The body a role written in lower case at <paramref name="head"/> is of (<c>the president of the Texas
    /// AFL-CIO</c>): a name right after "of" and an optional article that is no person, state or people; else -1. A title
    /// (<c>the Secretary of State</c>) and a state are left out: the holder of an office is named by its title alone (the
    /// President of the United States, after President Lee).</summary>
    private int OrganisationAfter(int head)
    {
        TokenList tokens = _document.Tokens;
        int t = head + 1;
        if (t >= tokens.Count || char.IsUpper(tokens.CharsAt(head)[0]) || !tokens.CharsAt(t).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        t++;
        if (t < tokens.Count && Syntax.FunctionWords.IsArticle(tokens.CharsAt(t)))
        {
            t++;
        }

        return t < tokens.Count && _entityAt[t] >= 0
            && _document.Entities[_entityAt[t]].Label is not (EntityLabels.Person or EntityLabels.GeopoliticalEntity or EntityLabels.Norp)
            ? _entityAt[t] : -1;
    }

    /// <summary>True when role mention <paramref name="k"/> names <paramref name="organisation"/> as its holder's: the
    /// organisation before the name (Federal Reserve Chairman Jerome Powell) or in the role's words (chair of the Federal
    /// Reserve).</summary>
    private bool HeldIn(int k, int organisation)
    {
        (string role, _, int token, _, _) = _roles[k];
        EntityMention named = _document.Entities[organisation];
        return SameOwner(organisation, OwnerBefore(token, Math.Max(0, token - RoleFinder.MaxTokens)))
            || role.Contains(named.Text, StringComparison.OrdinalIgnoreCase) || role.Contains(named.Canonical, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the two entities are one: the same knowledge-base entry (Venezuela, Venezuelan) or cluster.</summary>
    private bool SameOwner(int a, int b)
    {
        if (b < 0)
        {
            return false;
        }

        EntityMention x = _document.Entities[a], y = _document.Entities[b];
        return (x.KbId is not null && x.KbId == y.KbId) || (x.ClusterId is not null && x.ClusterId == y.ClusterId);
    }

    /// <summary>
    /// The holder a bare role refers to: the only one; else the latest the text names with it written before the name near
    /// it (this sentence or the two before: President Zelenskyy arrived ... the President said); else the latest it makes a
    /// subject near it by name alone (Mr. Allawi made the announcement ... the Prime Minister said; not Putin's price
    /// hike); else the holder the text has named with a role of its head word most often so far, the latest of equals. A
    /// briefing that names President Putin twice and President Biden five times means Biden by "the President" paragraphs
    /// away from either.
    /// </summary>
    private Speaker HolderOfBareRole(int head, Speaker latest, int latestWritten, int latestSubject, List<Speaker> holders)
    {
        const int NearSentences = 2;
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        if (holders.Count == 1)
        {
            return latest;
        }

        int sentence = SentenceSearch.IndexOfToken(sentences, head);
        foreach (int k in (ReadOnlySpan<int>)[latestWritten, latestSubject])
        {
            if (k >= 0 && sentence - SentenceSearch.IndexOfToken(sentences, _roles[k].Token) <= NearSentences)
            {
                return _roles[k].Speaker;
            }
        }

        string word = _document.Tokens.CharsAt(head).ToString();
        Speaker best = latest;
        int most = NamingsBefore(best, word, head);
        foreach (Speaker holder in holders)
        {
            int count = NamingsBefore(holder, word, head);
            if (count > most)
            {
                (best, most) = (holder, count);
            }
        }

        return best;
    }

    /// <summary>How often <paramref name="holder"/> is named with a role headed by <paramref name="word"/> before
    /// <paramref name="token"/>.</summary>
    private int NamingsBefore(Speaker holder, string word, int token)
    {
        if (!_namings.TryGetValue(NamingKey(holder, word), out List<int>? at))
        {
            return 0;
        }

        int i = at.BinarySearch(token);
        return i >= 0 ? i : ~i;
    }

    /// <summary>The key of a holder's namings with a role head word: the holder (by cluster, else name) and the word.</summary>
    private static string NamingKey(Speaker holder, string headWord) =>
        (holder.ClusterId ?? holder.Canonical) + "\u0001" + headWord.ToLowerInvariant();

    /// <summary>The head word of a role: its last word, before an "of" complement (Secretary of State -> Secretary).</summary>
    private static string RoleHeadWord(string role)
    {
        string head = OfHead(role) ?? role;
        int space = head.LastIndexOf(' ');
        return space < 0 ? head : head[(space + 1)..];
    }

    /// <summary>
    /// True when the role word at <paramref name="head"/> stands alone, without a name, in the sentence where a holder is
    /// first named with it, ahead of the naming (<c>the President spoke with President Zelenskyy</c>): the
    /// text has then told the two apart, and the bare role is not that holder. The bare uses of each word are gathered once
    /// per document.
    /// </summary>
    private bool BareJustBefore(int head, int named)
    {
        _bareRoles ??= BareRoles();
        if (!_bareRoles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_document.Tokens.CharsAt(head), out List<int>? uses))
        {
            return false;
        }

        // The last bare use before the naming.
        int at = uses.BinarySearch(named);
        int last = at >= 0 ? at - 1 : ~at - 1;
        if (last < 0)
        {
            return false;
        }

        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int sentence = SentenceSearch.IndexOfToken(sentences, named);
        return sentences.Count > 0 && uses[last] >= sentences[sentence].FirstToken;
    }

    /// <summary>The tokens of each role head word (<c>President</c>, <c>minister</c>) used without a name after it, in order.</summary>
    private Dictionary<string, List<int>> BareRoles()
    {
        var uses = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        TokenList tokens = _document.Tokens;
        for (int t = 0; t < tokens.Count; t++)
        {
            ReadOnlySpan<char> word = tokens.CharsAt(t);
            if (_entityAt[t] < 0 && RoleFinder.IsHead(word) && !NamedAfter(t))
            {
                string key = word.ToString();
                if (!uses.TryGetValue(key, out List<int>? list))
                {
                    uses[key] = list = [];
                }

                list.Add(t);
            }
        }

        return uses;
    }

    /// <summary>True when a name follows the role word at <paramref name="t"/> within its role phrase (<c>President Lena
    /// Marsh</c>, <c>Secretary of Defense Maria Lopez</c>): a person's mention, or a capitalised word that is no role word,
    /// which the run of capitalised words names even when no recogniser tagged it; only role words and "of" before it; the
    /// role may be set off by a dash or comma and said again before the name.</summary>
    private bool NamedAfter(int t)
    {
        const int MaxRolePhrase = 5;
        TokenList tokens = _document.Tokens;
        int from = t + 1;

        // The role set off and said again with the name is named too (the President — President Biden will host ...).
        if (from + 1 < tokens.Count && tokens.CharsAt(from) is "—" or "–" or "," && tokens.CharsAt(from + 1).Equals(tokens.CharsAt(t), StringComparison.OrdinalIgnoreCase))
        {
            t = from + 1;
            from = t + 1;
        }

        for (int k = from; k < tokens.Count && k <= t + MaxRolePhrase; k++)
        {
            ReadOnlySpan<char> word = tokens.CharsAt(k);
            if ((_entityAt[k] >= 0 && _document.Entities[_entityAt[k]].Label == EntityLabels.Person)
                || (tokens.Kinds[k] == TokenKind.Word && char.IsUpper(word[0]) && !RoleFinder.IsHead(word) && !RoleFinder.IsModifier(word)))
            {
                return true;
            }

            if (tokens.Kinds[k] != TokenKind.Word || !(RoleFinder.IsHead(word) || RoleFinder.IsModifier(word) || word is "of"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The index of the last role given at or before <paramref name="token"/>, or -1.</summary>
    private int LastRoleAtOrBefore(int token) => SortedSearch.LastAtOrBefore(_roles, token, static r => r.Token);

    /// <summary>True when <paramref name="role"/> has a rank modifier (vice, deputy) that <paramref name="phrase"/> lacks.</summary>
    private static bool LacksRank(string phrase, string role)
    {
        string[] written = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (string word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (RoleWords.IsRankModifier(word) && !written.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the first word of <paramref name="role"/> says its holder no longer holds it (former, late).</summary>
    private static bool StartsWithPastModifier(string role)
    {
        int space = role.IndexOf(' ');
        return RoleWords.IsPastModifier(space < 0 ? role : role.AsSpan(0, space));
    }

    /// <summary>True when <paramref name="role"/> ends with the whole words of <paramref name="phrase"/>.</summary>
    private static bool EndsWithWords(string role, string phrase) =>
        role.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && (role.Length == phrase.Length || role[^(phrase.Length + 1)] == ' ');

    /// <summary>The head of a role with an "of" complement (Secretary of State -> Secretary, so "the secretary" is its
    /// holder), or null.</summary>
    private static string? OfHead(string role) =>
        role.IndexOf(" of ", StringComparison.OrdinalIgnoreCase) is int of and > 0 ? role[..of] : null;
}
