namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// The names a gold speaker goes by (the texts of its coreference chain's mentions, pronouns left out) and the rule by
/// which a system speaker name denotes it: both lower-cased, without a leading article (<c>the</c>, <c>a</c>, <c>an</c>:
/// GUM's mentions keep them, and an article names nobody) or a trailing <c>'s</c>, the
/// system name equals one of the forms; or, for a person, its last word equals the last word of a form that ends in a
/// capitalised word (a surname: <c>Eastman</c> matches <c>Professor Cres Eastman</c>). A mention with a comma also
/// counts with only its part before the comma (<c>Mu Li</c> matches <c>Senior researcher Mu Li, of the University ...</c>).
/// </summary>
public sealed class SpeakerForms
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them",
        "their", "theirs", "themselves", "one", "who", "whom", "whose", "which", "that", "this", "these", "those",
    };

    private static readonly string[] Articles = ["the ", "a ", "an "];

    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    /// <summary>Indexes the mention texts of one gold speaker.</summary>
    /// <param name="mentionTexts">The texts of every mention of the speaker's chain.</param>
    /// <param name="isPerson">True when the speaker is a person (surnames match).</param>
    public SpeakerForms(IEnumerable<string> mentionTexts, bool isPerson)
    {
        ArgumentNullException.ThrowIfNull(mentionTexts);
        IsPerson = isPerson;
        foreach (string mention in mentionTexts)
        {
            // GUM's mention spans take in what follows the name after a comma (Senior researcher Mu Li, of the
            // University of NSW's school of public health): the part before the comma is a form of its own.
            int comma = mention.IndexOf(',', StringComparison.Ordinal);
            foreach (string text in comma > 0 ? new[] { mention, mention[..comma] } : [mention])
            {
                string form = Normalize(text);
                if (form.Length == 0 || IsPronoun(text))
                {
                    continue;
                }

                _forms.Add(form);
                string last = LastWord(text.Trim());
                if (isPerson && last.Length > 0 && char.IsUpper(last[0]))
                {
                    _surnames.Add(last.ToLowerInvariant());
                }
            }
        }
    }

    /// <summary>True when the speaker is a person.</summary>
    public bool IsPerson { get; }

    /// <summary>True when some mention is not a pronoun, so a name can be compared with it.</summary>
    public bool IsIdentifiable => _forms.Count > 0;

    /// <summary>The normalised forms, for error listings.</summary>
    public IReadOnlyCollection<string> Forms => _forms;

    /// <summary>True when the pronoun list holds <paramref name="text"/> (compared lower-cased), unless it is an acronym (<c>WHO</c>).</summary>
    public static bool IsPronoun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        bool acronym = t.Length >= 2 && t.All(char.IsUpper);
        return !acronym && Pronouns.Contains(Normalize(t));
    }

    /// <summary>True when <paramref name="system"/> names this speaker by the rule of the class summary.</summary>
    public bool Matches(string? system)
    {
        if (string.IsNullOrWhiteSpace(system))
        {
            return false;
        }

        string s = Normalize(system);
        return _forms.Contains(s) || (IsPerson && _surnames.Contains(LastWord(s)));
    }

    /// <summary>Lower-cases and drops a leading article and a trailing possessive.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string s = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        foreach (string article in Articles)
        {
            if (s.StartsWith(article, StringComparison.Ordinal))
            {
                s = s[article.Length..];
                break;
            }
        }

        foreach (string suffix in new[] { " 's", " ’s", "'s", "’s" })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
                break;
            }
        }

        return s;
    }

    private static string LastWord(string s)
    {
        int space = s.LastIndexOf(' ');
        return (space < 0 ? s : s[(space + 1)..]).Trim(',', '.', ';', ':');
    }
}
