namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>
/// The speaker and holder matching rule of GUIDE.md: names are compared lower-cased, without a leading <c>the</c> or a
/// trailing <c>'s</c>; <c>author</c> is the text's voice; a system name matches a gold cluster when it equals the cluster's
/// name or the text of one of its gold mentions, or, for a person, when the last words agree.
/// </summary>
public sealed class GoldNames
{
    private const string Author = "author";
    private readonly string _voice;
    private readonly Dictionary<string, HashSet<string>> _forms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);

    /// <summary>Indexes the clusters of one gold file.</summary>
    public GoldNames(CommentaryGold gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        _voice = Normalize(gold.Voice);
        Forms(_voice).Add(_voice);
        foreach (GoldEntity e in gold.Entities)
        {
            if (e.Cluster is null)
            {
                continue;
            }

            string cluster = Normalize(e.Cluster);
            HashSet<string> forms = Forms(cluster);
            forms.Add(cluster);
            forms.Add(Normalize(e.Text));
            if (e.Label == "PERSON")
            {
                _people.Add(cluster);
            }
        }

        // The voice is often a person named in the text under a longer or shorter form; join the two clusters.
        foreach ((string cluster, HashSet<string> forms) in _forms)
        {
            if (cluster != _voice && (forms.Contains(_voice) || (_people.Contains(cluster) && LastWord(cluster) == LastWord(_voice))))
            {
                Forms(_voice).UnionWith(forms);
                if (_people.Contains(cluster))
                {
                    _people.Add(_voice);
                }
            }
        }
    }

    /// <summary>True when the system's name denotes the gold speaker or holder.</summary>
    public bool Matches(string? system, string? gold)
    {
        if (string.IsNullOrWhiteSpace(system) || string.IsNullOrWhiteSpace(gold))
        {
            return false;
        }

        string s = Normalize(system) is Author ? _voice : Normalize(system);
        string g = Normalize(gold) is Author ? _voice : Normalize(gold);
        if (s == g)
        {
            return true;
        }

        if (_forms.TryGetValue(g, out HashSet<string>? forms) && forms.Contains(s))
        {
            return true;
        }

        return _people.Contains(g) && LastWord(s) == LastWord(g);
    }

    /// <summary>True when <paramref name="system"/> is the text of a mention of the gold cluster, or its name.</summary>
    public bool IsMentionOf(string system, string cluster)
    {
        string s = Normalize(system);
        string c = Normalize(cluster);
        return s == c || (_forms.TryGetValue(c, out HashSet<string>? forms) && forms.Contains(s));
    }

    /// <summary>Lower case, no leading <c>the</c>, no trailing possessive, single spaces.</summary>
    public static string Normalize(string name)
    {
        string s = string.Join(' ', name.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        s = s.Replace('\u2019', '\'');
        if (s.StartsWith("the ", StringComparison.Ordinal))
        {
            s = s[4..];
        }

        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        return s;
    }

    private HashSet<string> Forms(string cluster)
    {
        if (!_forms.TryGetValue(cluster, out HashSet<string>? forms))
        {
            forms = new HashSet<string>(StringComparer.Ordinal);
            _forms[cluster] = forms;
        }

        return forms;
    }

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
