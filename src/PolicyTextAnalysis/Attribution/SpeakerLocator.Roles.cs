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
        for (int k = _roles.Count - 1; k >= 0 && k >= _roles.Count - MaxRolesSearched; k--)
        {
            // "Asked ..., the minister replied" is not the Prime Minister named paragraphs later.
            if (_roles[k].Token > head)
            {
                continue;
            }

            if (EndsWithWords(_roles[k].Role, phrase) || (OfHead(_roles[k].Role) is { } roleHead && EndsWithWords(roleHead, phrase)))
            {
                // The latest holder, unless the text told the bare role apart from it where it first named the holder:
                // then none before it either.
                if (BareJustBefore(head, _firstNamed.GetValueOrDefault(_roles[k].Speaker, _roles[k].Token)))
                {
                    break;
                }

                return _roles[k].Speaker;
            }
        }

        // A role without a known holder speaks for the entity it belongs to (a Taliban spokesman -> Taliban).
        for (int t = head - 1; t >= limit && t >= head - 3; t--)
        {
            if (_entityAt[t] >= 0)
            {
                return FromEntity(_document.Entities[_entityAt[t]]);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the role word at <paramref name="head"/> stands alone, without a name, in the sentence where a holder is
    /// first named with it or the one before, ahead of the naming (<c>the President spoke with President Zelenskyy</c>): the
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
        return sentence >= 0 && uses[last] >= sentences[Math.Max(0, sentence - 1)].FirstToken;
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
    /// which the run of capitalised words names even when no recogniser tagged it; only role words and "of" before it.</summary>
    private bool NamedAfter(int t)
    {
        const int MaxRolePhrase = 5;
        TokenList tokens = _document.Tokens;
        for (int k = t + 1; k < tokens.Count && k <= t + MaxRolePhrase; k++)
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

    /// <summary>True when <paramref name="role"/> ends with the whole words of <paramref name="phrase"/>.</summary>
    private static bool EndsWithWords(string role, string phrase) =>
        role.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && (role.Length == phrase.Length || role[^(phrase.Length + 1)] == ' ');

    /// <summary>The head of a role with an "of" complement (Secretary of State -> Secretary, so "the secretary" is its
    /// holder), or null.</summary>
    private static string? OfHead(string role) =>
        role.IndexOf(" of ", StringComparison.OrdinalIgnoreCase) is int of and > 0 ? role[..of] : null;
}
