using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The persons a document has most recently named as subjects or speakers, newest last, with the gender each is known by
/// (<see cref="GenderLexicon"/>), so that <c>she</c> skips a recent man and <c>he</c> a recent woman. A person's gender
/// is gathered over all mentions of their cluster: a form of address or gendered role outweighs a first name, and
/// evidence of both genders at the same strength leaves it unknown. One instance per document; not thread-safe.
/// </summary>
internal sealed class RecentPersons
{
    /// <summary>How many distinct persons are remembered: a pronoun reaches back this far at most.</summary>
    public const int Capacity = 8;

    private readonly Dictionary<string, (PersonGender Gender, int Strength)> _genders = new(StringComparer.Ordinal);
    private readonly List<Speaker> _recent = new(Capacity + 1);

    /// <summary>The latest person, or null.</summary>
    public Speaker? Latest => _recent.Count == 0 ? null : _recent[^1];

    /// <summary>Adds one mention's evidence of <paramref name="person"/>'s gender.</summary>
    public void Note(Speaker person, PersonGender gender, int strength)
    {
        if (gender == PersonGender.Unknown)
        {
            return;
        }

        string key = Key(person);
        if (!_genders.TryGetValue(key, out (PersonGender Gender, int Strength) known) || strength > known.Strength)
        {
            _genders[key] = (gender, strength);
        }
        else if (strength == known.Strength && gender != known.Gender)
        {
            _genders[key] = (PersonGender.Unknown, strength);
        }
    }

    /// <summary>The gender <paramref name="person"/> is known by: from their mentions, else from the first word of a
    /// name of two words or more.</summary>
    public PersonGender GenderOf(Speaker person)
    {
        if (_genders.TryGetValue(Key(person), out (PersonGender Gender, int Strength) known))
        {
            return known.Gender;
        }

        return person.IsPerson ? GenderLexicon.Default.OfFullName(person.Canonical) : PersonGender.Unknown;
    }

    /// <summary>True when <paramref name="person"/> can be referred to with a pronoun of <paramref name="pronoun"/>.</summary>
    public bool Fits(Speaker person, PersonGender pronoun) => GenderLexicon.Fits(GenderOf(person), pronoun);

    /// <summary>Makes <paramref name="person"/> the latest.</summary>
    public void Add(Speaker person)
    {
        string key = Key(person);
        int at = _recent.FindIndex(p => Key(p) == key);
        if (at >= 0)
        {
            _recent.RemoveAt(at);
        }

        _recent.Add(person);
        if (_recent.Count > Capacity)
        {
            _recent.RemoveAt(0);
        }
    }

    /// <summary>The latest person a pronoun of <paramref name="pronoun"/> can refer to, or null.</summary>
    public Speaker? LatestFitting(PersonGender pronoun, Func<Speaker, bool>? except = null)
    {
        for (int i = _recent.Count - 1; i >= 0; i--)
        {
            if (Fits(_recent[i], pronoun) && (except is null || !except(_recent[i])))
            {
                return _recent[i];
            }
        }

        return null;
    }

    private static string Key(Speaker person) => person.ClusterId ?? person.Canonical;
}
