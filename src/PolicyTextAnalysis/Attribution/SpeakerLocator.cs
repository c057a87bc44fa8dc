using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Finds and resolves the speaker noun phrase next to a cue: an entity mention (through its resolved cluster),
/// a pronoun (the last compatible subject), a role (<c>the spokesman</c>, matched to a name given that role), or,
/// where the recogniser found nothing, a run of capitalised words (a general proper-noun heuristic) resolved
/// against the document's names by surname and middle-name rules. One instance per document; not thread-safe.
/// </summary>
internal sealed partial class SpeakerLocator
{
    /// <summary>Longest proper-noun run taken as a name, in tokens.</summary>
    private const int MaxNameTokens = 6;

    /// <summary>How many of the roles given before it a bare role (<c>the spokesman</c>) is matched against.</summary>
    private const int MaxRolesSearched = 64;

    private readonly Document _document;
    private readonly int[] _entityAt;
    private readonly bool[] _inTimeExpression;
    private readonly Dictionary<string, List<(string[] Words, Speaker Speaker)>> _namesByWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownNames = new(StringComparer.Ordinal);
    // Each role with the token of a mention of its holder, in text order, so a bare role is matched only to a role given
    // before it; Written when the role stands before that mention in the text, Subject when the mention is a subject.
    private readonly List<(string Role, Speaker Speaker, int Token, bool Written, bool Subject)> _roles = [];
    private Dictionary<string, List<int>>? _bareRoles;
    // The tokens where the text writes each holder's role of each head word before its name, in text order (NamingKey):
    // how often the text has named a holder with the role so far.
    private readonly Dictionary<string, List<int>> _namings = new(StringComparer.Ordinal);
    // The token where each role holder is first named with a role.
    private readonly Dictionary<Speaker, int> _firstNamed = [];

    public SpeakerLocator(Document document)
    {
        _document = document;
        TokenList tokens = document.Tokens;
        _entityAt = new int[tokens.Count];
        Array.Fill(_entityAt, -1);
        _inTimeExpression = new bool[tokens.Count];
        IReadOnlyList<EntityMention> entities = document.Entities;
        for (int e = 0; e < entities.Count; e++)
        {
            if (entities[e].Label is EntityLabels.Date or EntityLabels.Time)
            {
                for (int t = tokens.IndexAtOrAfter(entities[e].Start); t < tokens.Count && tokens.Starts[t] < entities[e].End; t++)
                {
                    _inTimeExpression[t] = true;
                }
            }

            if (!ResolutionStage.IsNameLabel(entities[e].Label))
            {
                continue;
            }

            for (int t = tokens.IndexAtOrAfter(entities[e].Start); t < tokens.Count && tokens.Starts[t] < entities[e].End; t++)
            {
                _entityAt[t] = e;
            }

            Speaker s = FromEntity(entities[e]);
            if (s.IsPerson)
            {

                AddName(entities[e].Canonical.Split(' '), s);
                (PersonGender gender, int strength) = GenderLexicon.Default.OfMention(document, entities[e]);
                Persons.Note(s, gender, strength);
            }

            if (entities[e].Roles.Count > 0)
            {
                // A mention carries its cluster's roles; the text writes a role only before some of them (President
                // Putin), not before the others (Putin's price hike).
                int at = tokens.IndexAtOrAfter(entities[e].Start);
                string? written = document.Sentences.Count == 0 ? null
                    : RoleFinder.Before(document, at, document.Sentences[SentenceSearch.IndexOfToken(document.Sentences, at)].FirstToken);
                int last = tokens.IndexAtOrAfter(entities[e].End) - 1;
                bool subject = document.Syntax is { } syntax && last >= at && syntax.Dep(last).StartsWith("nsubj", StringComparison.Ordinal);
                foreach (string role in entities[e].Roles)
                {
                    _roles.Add((role, s, at, string.Equals(role, written, StringComparison.OrdinalIgnoreCase), subject));
                }
            }
        }

        CollectProperNames();

        // In text order, so a bare role searches back from where it stands, and each holder's first naming is its earliest.
        _roles.Sort((a, b) => a.Token.CompareTo(b.Token));
        _firstNamed.Clear();
        foreach ((string role, Speaker holder, int token, bool written, _) in _roles)
        {
            _firstNamed.TryAdd(holder, token);
            if (!written)
            {
                continue;
            }

            string key = NamingKey(holder, RoleHeadWord(role));
            if (!_namings.TryGetValue(key, out List<int>? at))
            {
                _namings[key] = at = [];
            }

            at.Add(token);
        }
    }

    /// <summary>The persons lately in subject position or speaking, with their genders, for <c>he</c> and <c>she</c>.</summary>
    public RecentPersons Persons { get; } = new();

    /// <summary>The last person in subject position or speaking; setting one makes it the latest of <see cref="Persons"/>.</summary>
    public Speaker? LastPerson
    {
        get => Persons.Latest;
        set
        {
            if (value is { } person)
            {
                Persons.Add(person);
            }
        }
    }

    /// <summary>The last group, organisation or state in subject position or speaking, for <c>they</c> and <c>it</c>.</summary>
    public Speaker? LastGroup { get; set; }

    /// <summary>Records <paramref name="speaker"/> as the latest subject of its kind.</summary>
    public void Remember(Speaker speaker)
    {
        if (speaker.IsPerson)
        {
            LastPerson = speaker;
        }
        else
        {
            LastGroup = speaker;
        }
    }

    /// <summary>
    /// The speaker whose phrase ends at token <paramref name="last"/> (inclusive), not before <paramref name="limit"/>;
    /// also returns the first token of the phrase.
    /// </summary>
    public (Speaker Speaker, int First)? EndingAt(int last, int limit)
    {
        if (last < limit || last < 0)
        {
            return null;
        }

        TokenList tokens = _document.Tokens;
        if (_entityAt[last] >= 0)
        {
            int e = _entityAt[last];
            int first = last;
            while (first > limit && _entityAt[first - 1] == e)
            {
                first--;
            }

            // A place name right after a capitalised word that no recogniser took is a surname (Beatriz Santos).
            bool surname = _document.Entities[e].Label != EntityLabels.Person && first == last && first - 1 >= limit
                && IsNameToken(first - 1, false) && _entityAt[first - 1] < 0 && char.IsUpper(tokens.CharsAt(first - 1)[0])
                && !SpeakerWords.IsNotName(tokens.CharsAt(first - 1))
                && !RoleFinder.IsHead(tokens.CharsAt(first - 1)) && !NameForms.IsHonorific(tokens.CharsAt(first - 1));
            if (!surname)
            {
                return (FromEntity(_document.Entities[e]), first);
            }
        }

        ReadOnlySpan<char> w = tokens.CharsAt(last);
        if (Pronoun(w) is { } pronoun)
        {
            return (pronoun, last);
        }

        // "the Bush administration said": an administration named after its leader speaks as the leader (the
        // entity layer types the name PERSON, as OntoNotes does).
        if (w is "administration" or "Administration" && last - 1 >= limit && _entityAt[last - 1] >= 0
            && _document.Entities[_entityAt[last - 1]].Label == EntityLabels.Person && EndingAt(last - 1, limit) is { } leader)
        {
            return leader;
        }

        // A role without a name (the spokesman said; the Intelligence Minister accused), but not a surname that
        // happens to be a role word (Stephen King said).
        bool bareRole = RoleFinder.IsHead(w) && (char.IsLower(w[0])
            || (last - 1 >= limit && (RoleFinder.IsHead(tokens.CharsAt(last - 1)) || RoleFinder.IsModifier(tokens.CharsAt(last - 1)))));
        if (tokens.Kinds[last] == TokenKind.Word && bareRole)
        {
            return ByRole(last, limit) is { } byRole ? (byRole, last) : null;
        }

        // A capitalised role after "the" is a title, not a surname (people take no article): the President, the
        // Secretary; it goes to the name that holds the title in the text, else stays a description below.
        if (tokens.Kinds[last] == TokenKind.Word && RoleFinder.IsHead(w) && last >= 1 && tokens.CharsAt(last - 1) is "the" or "The"
            && ByRole(last, limit) is { ClusterId: not null } titled)
        {
            return (titled, last);
        }

        // Proper-noun fallback: capitalised words (and name connectors) ending here.
        int start = last;
        // Tokens of another entity end the run (United States Hamdullah Mohib -> Hamdullah Mohib).
        while (start >= limit && last - start < MaxNameTokens && IsNameToken(start, start == last) && (start == last || _entityAt[start] < 0))
        {
            start--;
        }

        start++;

        start = NameStart(start, last);
        if (start > last)
        {
            return null;
        }

        // People take no article: "the Taliban" is a group, never the surname of a person.
        bool group = start > 0 && tokens.CharsAt(start - 1) is "the" or "The";
        return (ResolveName(start, last, group), start);
    }

    /// <summary>The speaker whose phrase starts at token <paramref name="first"/> (after <c>said</c>), within the sentence.</summary>
    public Speaker? StartingAt(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        int t = first;
        while (t < end && t - first < RoleFinder.MaxTokens && tokens.Kinds[t] == TokenKind.Word
            && _entityAt[t] < 0 && (tokens.CharsAt(t) is "the" or "a" or "an" || RoleFinder.IsHead(tokens.CharsAt(t))
                || char.IsLower(tokens.CharsAt(t)[0]) && t + 1 < end && tokens.Kinds[t + 1] == TokenKind.Word))
        {
            if (Pronoun(tokens.CharsAt(t)) is not null)
            {
                break;
            }

            t++;
        }

        if (t >= end)
        {
            return null;
        }

        int last = t;
        if (_entityAt[t] >= 0)
        {
            while (last + 1 < end && _entityAt[last + 1] == _entityAt[t])
            {
                last++;
            }

            // A nationality before a name modifies it: the Korean Central News Agency speaks, not "Korean".
            if (_document.Entities[_entityAt[t]].Label == EntityLabels.Norp && last + 1 < end && _entityAt[last + 1] >= 0
                && _document.Entities[_entityAt[last + 1]].Label != EntityLabels.Norp)
            {
                t = last + 1;
                last = t;
                while (last + 1 < end && _entityAt[last + 1] == _entityAt[t])
                {
                    last++;
                }
            }
        }
        else if (Pronoun(tokens.CharsAt(t)) is null)
        {
            while (last + 1 < end && last + 1 - t < MaxNameTokens && IsNameToken(last + 1, false)
                && !SpeakerWords.IsNotName(tokens.CharsAt(last + 1)))
            {
                last++;
            }
        }

        // A possessive names the owner, not the speaker: Saudi Arabia's Civil Defense Authority.
        if (last + 2 < end && tokens.Kinds[last + 1] == TokenKind.Clitic && StartingAt(last + 2, end) is { } owned)
        {
            return owned;
        }

        (Speaker Speaker, int First)? found = EndingAt(last, t);
        if (found is null && t > first && RoleFinder.IsHead(tokens.CharsAt(t - 1)))
        {
            found = EndingAt(t - 1, first);
        }

        return found?.Speaker;
    }

    /// <summary>
    /// The last person named in tokens <c>[first, end)</c>, for a phrase that ends in a name after a role
    /// (<c>Afghan Ambassador to the United States Hamdullah Mohib</c>); null when it names nobody.
    /// </summary>
    public Speaker? LastPersonIn(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        int last = end - 1;
        while (last >= first && tokens.Kinds[last] != TokenKind.Word)
        {
            last--;
        }

        if (last < first || !char.IsUpper(tokens.CharsAt(last)[0]))
        {
            return null;
        }

        (Speaker Speaker, int First)? found = EndingAt(last, first);
        return found is { } f && f.Speaker.IsPerson ? f.Speaker : null;
    }

    /// <summary>The last token of the entity mention covering token <paramref name="t"/> (<paramref name="t"/> itself when none).</summary>
    public int EntityLast(int t)
    {
        int last = t;
        while (_entityAt[t] >= 0 && last + 1 < _entityAt.Length && _entityAt[last + 1] == _entityAt[t])
        {
            last++;
        }

        return last;
    }

    /// <summary>True when token <paramref name="t"/> is the start of an entity mention or a capitalised word.</summary>
    public bool IsEntity(int t) => _entityAt[t] >= 0;

    /// <summary>True when token <paramref name="t"/> is part of a date or time expression.</summary>
    public bool IsInTimeExpression(int t) => _inTimeExpression[t];

    /// <summary>The label of the entity at token <paramref name="t"/>, or null.</summary>
    public string? LabelAt(int t) => _entityAt[t] >= 0 ? _document.Entities[_entityAt[t]].Label : null;

    private Speaker? Pronoun(ReadOnlySpan<char> w) => w switch
    {
        "he" or "He" or "HE" => Persons.LatestFitting(PersonGender.Male),
        "she" or "She" or "SHE" => Persons.LatestFitting(PersonGender.Female),
        "they" or "They" or "it" or "It" => LastGroup,
        _ => null,
    };

    // A capital acting for its state speaks as the state (metonymy, set by resolution).
    private static Speaker FromEntity(EntityMention mention) => mention.RefersTo is { } state
        ? new(state, null, false, IsPlace: true)
        : new(mention.Canonical, mention.ClusterId, mention.Label == EntityLabels.Person, IsPlace: IsPlaceLabel(mention.Label),
            IsPeople: mention.Label == EntityLabels.Norp);

    /// <summary>True for the labels of states and places.</summary>
    internal static bool IsPlaceLabel(string label) => label is EntityLabels.GeopoliticalEntity or EntityLabels.Location;
}
