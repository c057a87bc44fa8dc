namespace PolicyTextAnalysis.Resolution;

/// <summary>The acronym rules of <see cref="MentionClusterer"/>: acronyms defined in parentheses, undefined ones with one compatible long form, and near-miss spellings.</summary>
internal sealed partial class MentionClusterer
{
    private void JoinDefinedAcronyms()
    {
        var acronymMentions = AcronymMentionsByLetters();
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (_acronym[i] is not null || _words[i].Length < 2)
            {
                continue;
            }

            // Long Form (ACR ...) : the first word inside the parenthesis right after the mention. An organisation's
            // acronym may stray from its words (Doctors Without Borders (MSF)); after a person or a place the capitals are
            // mostly a note on the one named (Senator Jane Doe (CA), Springfield (IL)), an acronym only when they fit.
            string? letters = AcronymInParenthesesAfter(_mentions[i].End);
            // Identical acronyms are already one cluster, so joining the first is joining them all.
            if (letters is not null && acronymMentions.TryGetValue(letters, out List<int>? list)
                && (_mentions[i].Label == EntityLabels.Organization || Acronyms.Fits(letters, _words[i])))
            {
                Union(i, list[0]);
            }
        }

        // ACR (Long Form): the acronym first, its expansion in parentheses.
        for (int i = 0; i + 1 < _mentions.Count; i++)
        {
            if (_acronym[i] is not null && _words[i + 1].Length >= 2 && _acronym[i + 1] is null
                && OnlyOpenParenthesisBetween(_mentions[i].End, _mentions[i + 1].Start))
            {
                Union(i, i + 1);
            }
        }
    }

    private void JoinUndefinedAcronyms()
    {
        Dictionary<string, List<int>> longForms = LongFormsByLetters();
        bool[] hasLong = RootsWithLongForm();
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (_acronym[i] is { } letters && !hasLong[Find(i)] && longForms.TryGetValue(letters, out List<int>? list)
                && UniqueRoot(list) is int root and >= 0)
            {
                Union(root, i);
            }
        }
    }

    private void JoinNearMissAcronyms()
    {
        Dictionary<string, List<int>> longForms = LongFormsByLetters();
        bool[] hasLong = RootsWithLongForm();

        // Established spellings: organisation acronyms whose cluster has a long form.
        var established = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < _mentions.Count && established.Count < MaxEstablished; j++)
        {
            if (_acronym[j] is { } other && hasLong[Find(j)] && _mentions[j].Label == EntityLabels.Organization)
            {
                established.TryAdd(other, Find(j));
            }
        }

        for (int i = 0; i < _mentions.Count; i++)
        {
            if (_acronym[i] is not { } letters || hasLong[Find(i)] || longForms.ContainsKey(letters)
                || _mentions[i].Label != EntityLabels.Organization)
            {
                continue;
            }

            int target = -1;
            foreach ((string other, int root) in established)
            {
                if (!Acronyms.IsNearMiss(letters, other))
                {
                    continue;
                }

                target = target >= 0 && target != Find(root) ? -2 : Find(root);
                if (target == -2)
                {
                    break;
                }
            }

            if (target >= 0)
            {
                Union(target, i);
            }
        }
    }

    private Dictionary<string, List<int>> AcronymMentionsByLetters()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (_acronym[i] is { } letters)
            {
                if (!map.TryGetValue(letters, out List<int>? list))
                {
                    map[letters] = list = [];
                }

                list.Add(i);
            }
        }

        return map;
    }

    private string? AcronymInParenthesesAfter(int offset)
    {
        int k = offset;
        while (k < _text.Length && k - offset < 3 && _text[k] == ' ')
        {
            k++;
        }

        if (k >= _text.Length || _text[k] != '(')
        {
            return null;
        }

        int start = ++k;
        while (k < _text.Length && k - start <= 2 * Acronyms.MaxLength && (char.IsLetter(_text[k]) || _text[k] == '.'))
        {
            k++;
        }

        if (k >= _text.Length || _text[k] is not (')' or ',' or ';' or ' '))
        {
            return null;
        }

        return Acronyms.LettersOf(_text.AsSpan(start, k - start));
    }

    private bool OnlyOpenParenthesisBetween(int end, int start)
    {
        if (start - end > 4 || start <= end)
        {
            return false;
        }

        ReadOnlySpan<char> between = _text.AsSpan(end, start - end).Trim(' ');
        return between is "(";
    }

    /// <summary>Cap on distinct established acronyms compared per near-miss candidate, to bound the work.</summary>
    private const int MaxEstablished = 256;

    /// <summary>Cap on initial strings generated per long form (optional parts double the count).</summary>
    private const int MaxReadings = 64;

    private bool[] RootsWithLongForm()
    {
        bool[] has = new bool[_mentions.Count];
        for (int j = 0; j < _mentions.Count; j++)
        {
            if (_acronym[j] is null)
            {
                has[Find(j)] = true;
            }
        }

        return has;
    }

    // Every acronym each distinct multi-word non-person name can be read as, mapped to the mentions.
    private Dictionary<string, List<int>> LongFormsByLetters()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < _mentions.Count; j++)
        {
            if (_acronym[j] is not null || IsPerson(j) || _words[j].Length < 2 || !seen.Add(Key(j)))
            {
                continue;
            }

            foreach (string letters in Acronyms.Readings(_words[j], MaxReadings))
            {
                Add(map, letters, j);
            }
        }

        return map;
    }
}
