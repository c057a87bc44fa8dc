namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Groups the name mentions of one document into clusters of one real-world entity each. Rules, in order:
/// identical names; singular and plural demonyms; acronyms defined in parentheses; undefined acronyms with
/// exactly one compatible long form; near-miss acronym spellings; person names by surname, first name or
/// middle-name variants. Every rule that could join two different entities demands a unique candidate.
/// </summary>
internal sealed partial class MentionClusterer
{
    private readonly string _text;
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly string[][] _words;
    private readonly string?[] _acronym;
    private readonly int[] _parent;

    private MentionClusterer(string text, IReadOnlyList<EntityMention> mentions)
    {
        _text = text;
        _mentions = mentions;
        _words = new string[mentions.Count][];
        _acronym = new string?[mentions.Count];
        _parent = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            _parent[i] = i;
            _words[i] = NameForms.CoreWords(mentions[i].Text, null, keepHonorifics: !NameForms.HonorificsPrecede(mentions[i].Label));
            _acronym[i] = _words[i].Length == 1 ? Acronyms.LettersOf(_words[i][0]) : null;
        }
    }

    /// <summary>The matching words of each mention (honorifics, article and possessive removed).</summary>
    public IReadOnlyList<string[]> Words => _words;

    /// <summary>
    /// Clusters <paramref name="mentions"/> (name mentions only, in text order) and returns for each the index of
    /// its cluster's representative mention.
    /// </summary>
    public static (int[] Roots, MentionClusterer Clusterer) Cluster(string text, IReadOnlyList<EntityMention> mentions)
    {
        var c = new MentionClusterer(text, mentions);
        c.JoinIdentical();
        c.JoinDefinedAcronyms();
        c.JoinUndefinedAcronyms();
        c.JoinNearMissAcronyms();
        c.JoinPersonVariants();
        int[] roots = new int[mentions.Count];
        for (int i = 0; i < roots.Length; i++)
        {
            roots[i] = c.Find(i);
        }

        return (roots, c);
    }

    private string Key(int i) => string.Join(' ', _words[i]);

    private bool IsPerson(int i) => _mentions[i].Label == EntityLabels.Person;

    private bool IsPlace(int i) => _mentions[i].Label is EntityLabels.Location or EntityLabels.GeopoliticalEntity or EntityLabels.Facility;

    private void JoinIdentical()
    {
        var byKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var personByKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _mentions.Count; i++)
        {
            // A person and a place may share a name (Washington); other labels disagreeing is usually a tagger slip.
            Dictionary<string, int> map = IsPerson(i) ? personByKey : byKey;
            string key = Key(i);
            if (map.TryGetValue(key, out int j))
            {
                Union(j, i);
            }
            else
            {
                map[key] = i;
            }
        }

        // Mentions linked to one knowledge-base entity under one label are one entity (Russia ~ Russian Federation).
        var byKb = new Dictionary<(string, string), int>();
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (_mentions[i].KbId is { } id)
            {
                if (byKb.TryGetValue((id, _mentions[i].Label), out int j))
                {
                    Union(j, i);
                }
                else
                {
                    byKb[(id, _mentions[i].Label)] = i;
                }
            }
        }

        // Plural group names and demonyms join their singular (Afghans ~ Afghan), also after the same words (Senate
        // Democrats ~ Senate Democrat, the adjective of "the Senate Democrat shutdown"). A place's plural is another place
        // (the Americas, the Carolinas, the two Koreas), not its singular.
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (!IsPerson(i) && !IsPlace(i) && _words[i].Length >= 1 && NameForms.SingularOf(_words[i][^1]) is { } singular
                && byKey.TryGetValue(_words[i].Length == 1 ? singular : string.Join(' ', _words[i][..^1]) + " " + singular, out int j))
            {
                Union(j, i);
            }
        }
    }

    private void JoinPersonVariants()
    {
        // Multi-word person names indexed by first word, last word, and first+last pair.
        // One entry per distinct name: repeated names are already one cluster, and lists stay short. Keys ignore case so
        // that a surname in capitals (a transcript's speaker label, MUNOZ) finds its name; other forms must match in case.
        var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < _mentions.Count; j++)
        {
            if (IsPerson(j) && _words[j].Length >= 2 && seen.Add(Key(j)))
            {
                Add(byWord, "F " + _words[j][0], j);
                Add(byWord, "L " + _words[j][^1], j);
                Add(byWord, "P " + _words[j][0] + " " + _words[j][^1], j);
            }
        }

        // A first name used alone; the titles of office each name is written after (President Lee), and where each name
        // is first used.
        var firstNamesAlone = new HashSet<string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var firstUse = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstTitled = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (!IsPerson(i) || _words[i].Length == 0)
            {
                continue;
            }

            firstUse.TryAdd(Key(i), i);
            if (_words[i].Length == 1)
            {
                firstNamesAlone.Add(_words[i][0]);
            }

            if (TitleBefore(i) is { } title)
            {
                firstTitled.TryAdd(Key(i), i);
                if (!titles.TryGetValue(Key(i), out HashSet<string>? set))
                {
                    titles[Key(i)] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.Add(title);
            }
        }

        // Full names the text introduces as someone's relative (his son, Hunter Lee), and those it names as sharing a surname
        // with another first name (Joe and Jill Lee).
        var kin = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (IsPerson(i) && _words[i].Length >= 2)
            {
                if (KinshipBefore(i))
                {
                    kin.Add(Key(i));
                }

                // Not a first name that stands for a full name of another surname (the meeting between Jake and Ann
                // Lee, after Jake Moss).
                if (SharedSurnameBefore(i) is { } other
                    && !(byWord.TryGetValue("F " + other, out List<int>? named) && named.Any(j => _words[j][^1] != _words[i][^1])))
                {
                    shared.Add(Key(i));
                }
            }
        }

        // Whether a titled surname (President Lee) and a full name never given any of its titles are two people: a relative
        // is named as family is. The full name is a relative's when the text names it with another first name of the surname
        // (Joe and Jill Lee), or, when it appears after the titled surname, when the text also uses its first name alone
        // (Hunter Lee ... Hunter) or introduces it after a kinship noun (his son, Hunter Lee).
        bool Relative(string surname, int full) =>
            titles.TryGetValue(surname, out HashSet<string>? surnameTitles)
            && (shared.Contains(Key(full))
                || ((firstNamesAlone.Contains(_words[full][0]) || kin.Contains(Key(full))) && firstTitled[surname] < firstUse[Key(full)]))
            && !(titles.TryGetValue(Key(full), out HashSet<string>? fullTitles) && fullTitles.Overlaps(surnameTitles));

        for (int i = 0; i < _mentions.Count; i++)
        {
            if (!IsPerson(i) || _words[i].Length == 0)
            {
                continue;
            }

            string[] w = _words[i];
            var candidates = new List<int>();
            if (w.Length == 1)
            {
                // A surname is the usual back-reference; a first name only when no surname matches.
                // Not the surname of a titled person for a relative's full name (Relative).
                bool capitals = IsCapitals(w[0]);
                if (byWord.TryGetValue("L " + w[0], out List<int>? bySurname))
                {
                    candidates.AddRange(bySurname.Where(j => (capitals || _words[j][^1] == w[0]) && !Relative(w[0], j)));
                }

                if (candidates.Count == 0 && byWord.TryGetValue("F " + w[0], out List<int>? byFirst))
                {
                    candidates.AddRange(byFirst.Where(j => capitals || _words[j][0] == w[0]));
                }
            }
            else if (byWord.TryGetValue("P " + w[0] + " " + w[^1], out List<int>? byPair))
            {
                foreach (int j in byPair)
                {
                    if (_words[j].Length > w.Length && IsShortFormOf(w, _words[j]))
                    {
                        candidates.Add(j);
                    }
                }
            }

            if (UniqueRoot(candidates) is int root and >= 0)
            {
                Union(root, i);
            }
        }
    }

    /// <summary>The title of office right before mention <paramref name="i"/> (<c>President</c>, <c>Senator</c>), or null; a
    /// mere form of address (<c>Mr.</c>, which a transcript's labels give every official) is none.</summary>
    private string? TitleBefore(int i)
    {
        ReadOnlySpan<char> word = WordBefore(i, overComma: false);
        return !word.IsEmpty && NameForms.IsTitle(word) ? word.ToString().TrimEnd('.') : null;
    }

    /// <summary>True when a kinship noun comes right before mention <paramref name="i"/>, a comma or spaces apart
    /// (<c>his son, Hunter Lee</c>).</summary>
    private bool KinshipBefore(int i) => KinshipNouns.Contains(WordBefore(i, overComma: true));

    /// <summary>The other first name when mention <paramref name="i"/> is the second of two first names that share its surname
    /// (<c>Joe and Jill Lee</c>): "and" and a lone capitalised first name right before it, with no capitalised word before
    /// that (a full name's surname, <c>Ann Joy and Jill Lee</c>); else null.</summary>
    private string? SharedSurnameBefore(int i)
    {
        int at = _mentions[i].Start;
        if (!WordBefore(ref at, overComma: false).Equals("and", StringComparison.Ordinal))
        {
            return null;
        }

        ReadOnlySpan<char> first = WordBefore(ref at, overComma: false);
        if (first.IsEmpty || !char.IsUpper(first[0]) || GenderLexicon.Default.OfFirstName(first) == PersonGender.Unknown)
        {
            return null;
        }

        string name = first.ToString();
        ReadOnlySpan<char> before = WordBefore(ref at, overComma: false);
        return before.IsEmpty || !char.IsUpper(before[0]) ? name : null;
    }

    /// <summary>The word (letters and periods) right before mention <paramref name="i"/>, spaces apart, and commas too when
    /// <paramref name="overComma"/>; empty when there is none.</summary>
    private ReadOnlySpan<char> WordBefore(int i, bool overComma)
    {
        int at = _mentions[i].Start;
        return WordBefore(ref at, overComma);
    }

    /// <summary>The word (letters and periods) ending right before text position <paramref name="at"/>, spaces apart, and
    /// commas too when <paramref name="overComma"/>; empty when there is none. <paramref name="at"/> moves to the word's
    /// start.</summary>
    private ReadOnlySpan<char> WordBefore(scoped ref int at, bool overComma)
    {
        int k = at - 1;
        while (k >= 0 && (_text[k] == ' ' || (overComma && _text[k] == ',')))
        {
            k--;
        }

        int end = k + 1;
        while (k >= 0 && (char.IsLetter(_text[k]) || _text[k] == '.'))
        {
            k--;
        }

        at = k + 1;
        return _text.AsSpan(k + 1, end - k - 1);
    }

    /// <summary>True for a word of two or more letters written in capitals only.</summary>
    private static bool IsCapitals(string word) =>
        Text.TextChars.IsWrittenInCapitals(word) && word.Count(char.IsLetter) >= 2;

    /// <summary>
    /// True when <paramref name="shortName"/> names the same person as <paramref name="fullName"/>: its surname
    /// or its first name alone, or its first and last names with middle names left out.
    /// </summary>
    internal static bool IsShortFormOf(string[] shortName, string[] fullName)
    {
        if (shortName.Length == 0 || fullName.Length < 2)
        {
            return false;
        }

        if (shortName.Length == 1)
        {
            return shortName[0] == fullName[^1] || shortName[0] == fullName[0];
        }

        if (shortName[0] != fullName[0] || shortName[^1] != fullName[^1])
        {
            return false;
        }

        // Remaining words of the short form must appear in order among the middle words of the full form.
        int k = 1;
        for (int s = 1; s < shortName.Length - 1; s++)
        {
            while (k < fullName.Length - 1 && fullName[k] != shortName[s])
            {
                k++;
            }

            if (k >= fullName.Length - 1)
            {
                return false;
            }

            k++;
        }

        return true;
    }

    private int UniqueRoot(List<int> mentions)
    {
        int found = -1;
        foreach (int j in mentions)
        {
            int root = Find(j);
            if (found >= 0 && found != root)
            {
                return -2;
            }

            found = root;
        }

        return found;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out List<int>? list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    // The earlier mention stays the root so cluster order follows first mention.
    private void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }
    }
}
