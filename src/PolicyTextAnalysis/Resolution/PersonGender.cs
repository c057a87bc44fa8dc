using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Resolution;

/// <summary>The gender a person is referred to with (<c>he</c> or <c>she</c>), when the text lets us tell.</summary>
internal enum PersonGender : byte
{
    /// <summary>Not known: fits both pronouns.</summary>
    Unknown,

    /// <summary>Referred to as <c>he</c>.</summary>
    Male,

    /// <summary>Referred to as <c>she</c>.</summary>
    Female,
}

/// <summary>
/// What tells a person's gender: a gendered form of address or role noun (<c>Mrs.</c>, <c>Congresswoman</c>:
/// <c>Resolution/Lexicons/gendered-words.txt</c>) and, more weakly, a first name
/// (<c>Resolution/Lexicons/first-names.txt</c>, built by <c>build-first-names</c> from public-domain name lists; see its
/// SOURCE file). Immutable and thread-safe.
/// </summary>
internal sealed class GenderLexicon
{
    /// <summary>Strength of a first name's evidence.</summary>
    public const int NameEvidence = 1;

    /// <summary>Strength of a form of address's or role noun's evidence; it outweighs a first name.</summary>
    public const int TitleEvidence = 2;

    private const string Prefix = "PolicyTextAnalysis.Resolution.Lexicons.";
    private static readonly Lazy<GenderLexicon> LazyDefault = new(() => new GenderLexicon(Read("first-names.txt"), Read("gendered-words.txt")));
    private readonly FrozenDictionary<string, PersonGender>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly FrozenDictionary<string, PersonGender>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>Creates a lexicon from the two files' text (lines <c>GENDER WORD</c>, tab or space separated).</summary>
    /// <exception cref="FormatException">A line's gender is not <c>m</c> or <c>f</c>.</exception>
    public GenderLexicon(TextReader firstNames, TextReader genderedWords)
    {
        _names = Parse(firstNames).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _words = Parse(genderedWords).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded lexicon.</summary>
    public static GenderLexicon Default => LazyDefault.Value;

    /// <summary>The gender of a first name (<c>Nancy</c>), unknown for a name of both or none.</summary>
    public PersonGender OfFirstName(ReadOnlySpan<char> name) =>
        _names.TryGetValue(name, out PersonGender g) ? g : PersonGender.Unknown;

    /// <summary>The gender of a person's full name by its first name; unknown for a one-word name (a surname alone).</summary>
    public PersonGender OfFullName(string name)
    {
        int space = name.IndexOf(' ');
        return space > 0 ? OfFirstName(name.AsSpan(0, space)) : PersonGender.Unknown;
    }

    /// <summary>The gender of a form of address or role noun (<c>Mr.</c>, <c>spokeswoman</c>), else unknown.</summary>
    public PersonGender OfWord(ReadOnlySpan<char> word) =>
        _words.TryGetValue(word.TrimEnd('.'), out PersonGender g) ? g : PersonGender.Unknown;

    /// <summary>The gender of a third-person singular pronoun (<c>he</c>, <c>her</c>), else unknown.</summary>
    public static PersonGender OfPronoun(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
            || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase) ? PersonGender.Male
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase) ? PersonGender.Female
        : PersonGender.Unknown;

    /// <summary>True when a person of gender <paramref name="person"/> can be referred to with a pronoun of <paramref name="pronoun"/>.</summary>
    public static bool Fits(PersonGender person, PersonGender pronoun) =>
        person == PersonGender.Unknown || pronoun == PersonGender.Unknown || person == pronoun;

    /// <summary>
    /// The gender one mention of a person shows and how strongly: a form of address right before it or as its first
    /// word (<c>Mrs. Clinton</c>), a gendered role the document gives it (<c>Congresswoman</c>), or the first word of a
    /// canonical name of two words or more (<c>Nancy Pelosi</c>).
    /// </summary>
    public (PersonGender Gender, int Strength) OfMention(Document document, EntityMention mention)
    {
        TokenList tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(mention.Start);
        PersonGender title = first < tokens.Count ? OfWord(tokens.CharsAt(first)) : PersonGender.Unknown;
        if (title == PersonGender.Unknown && first > 0)
        {
            // Mr. Smith: the period is the title's own token or part of it.
            int before = tokens.CharsAt(first - 1) is "." && first > 1 ? first - 2 : first - 1;
            title = tokens.Ends[before] >= mention.Start - 2 ? OfWord(tokens.CharsAt(before)) : PersonGender.Unknown;
        }

        foreach (string role in mention.Roles)
        {
            ReadOnlySpan<char> last = role.AsSpan(role.LastIndexOf(' ') + 1);
            title = title == PersonGender.Unknown ? OfWord(last) : title;
        }

        if (title != PersonGender.Unknown)
        {
            return (title, TitleEvidence);
        }

        PersonGender named = OfFullName(mention.Canonical);
        return named == PersonGender.Unknown ? (PersonGender.Unknown, 0) : (named, NameEvidence);
    }

    private static Dictionary<string, PersonGender> Parse(TextReader reader)
    {
        var entries = new Dictionary<string, PersonGender>(StringComparer.OrdinalIgnoreCase);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            string[] parts = trimmed.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            PersonGender gender = parts[0] switch
            {
                "m" => PersonGender.Male,
                "f" => PersonGender.Female,
                _ => throw new FormatException($"Gender lexicon line {lineNumber}: expected 'm WORD' or 'f WORD', got '{trimmed}'."),
            };
            if (parts.Length < 2)
            {
                throw new FormatException($"Gender lexicon line {lineNumber}: no word after the gender.");
            }

            entries[parts[1].Trim()] = gender;
        }

        return entries;
    }

    private static StringReader Read(string file)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The embedded resource '{Prefix + file}' is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        return new StringReader(reader.ReadToEnd());
    }
}
