namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Maps each corpus's labels to the OntoNotes name types the recogniser learns, and the recogniser's types to
/// each evaluation set's labels. The choices are documented in models/README.md.
/// </summary>
public static class NerLabelMapping
{
    /// <summary>
    /// Titles and honorifics that OntoNotes leaves out of a PERSON span (GMB and re3d include them).
    /// General English, not taken from any evaluated text.
    /// </summary>
    public static readonly IReadOnlySet<string> Titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "gen.", "lieutenant",
        "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "admiral", "adm.", "sergeant", "sgt.", "commander",
        "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor",
        "king", "queen", "prince", "princess", "emperor", "sheikh", "pope", "cardinal", "archbishop", "bishop",
        "reverend", "rev.", "father", "ayatollah", "mullah", "imam", "judge", "justice", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "deputy", "foreign",
        "defense", "defence", "interior", "finance", "acting", "former", "chief", "speaker", "administrator",
        "commissioner", "attorney", "leader", "opposition", "senior", "state", "supreme", "marshal", "field",
        "brigadier", "private", "corporal", "officer", "st.", "saint",
    };

    private static readonly HashSet<string> StormWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hurricane", "hurricanes", "typhoon", "cyclone", "storm", "tropical",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>True when <paramref name="word"/> is a title or honorific.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>
    /// GMB: per -> PERSON (titles removed), org -> ORG, geo -> GPE for countries, regions and cities of the
    /// gazetteers else LOC, gpe -> GPE for such names else NORP (demonyms), eve -> EVENT, art -> WORK_OF_ART when
    /// it begins with an article or has three or more tokens else PRODUCT, nat -> EVENT for named storms else
    /// dropped (diseases are not OntoNotes names), tim -> dropped (the grammar finds dates).
    /// </summary>
    public static GoldEntity? MapGmb(NerSentence s, GoldEntity e, NameLists lists)
    {
        switch (e.Label)
        {
            case "per":
                return Typed(StripTitles(s, StripArticle(s, e)), "PERSON");
            case "org":
                // GMB often tags a country standing for its government as org; OntoNotes keeps such names GPE.
                e = StripArticle(s, e);
                return Typed(e, IsCountryOrRegion(s.Surface(e), lists) ? "GPE" : "ORG");
            case "geo":
                e = StripArticle(s, e);
                return Typed(e, lists.Gpe.Contains(s.Surface(e).ToLowerInvariant()) ? "GPE" : "LOC");
            case "gpe":
                string gpe = s.Surface(e).ToLowerInvariant();
                return Typed(e, lists.Gpe.Contains(gpe) && !lists.Demonyms.Contains(gpe) ? "GPE" : "NORP");
            case "eve":
                return Typed(StripArticle(s, e), "EVENT");
            case "art":
                string[] words = s.Surface(e).Split(' ');
                return Typed(e, words.Length >= 3 || Articles.Contains(words[0]) ? "WORK_OF_ART" : "PRODUCT");
            case "nat":
                return s.Surface(e).Split(' ').Any(StormWords.Contains) || PreviousWordIs(s, e, StormWords)
                    ? Typed(e, "EVENT") : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// re3d: Person -> PERSON (titles and leading demonyms removed), Organisation -> ORG, Location -> GPE/LOC as for
    /// GMB, Nationality -> NORP, DocumentReference -> LAW; only mentions written as names (capitalised first and
    /// last words) are kept, since re3d also marks nominals such as <c>the Army</c> or <c>rebels</c>.
    /// </summary>
    public static GoldEntity? MapRe3d(NerSentence s, GoldEntity e, NameLists lists)
    {
        e = StripArticle(s, e);
        string label = e.Label switch
        {
            "Person" => "PERSON",
            "Organisation" => "ORG",
            "Location" => "LOC",
            "Nationality" => "NORP",
            "DocumentReference" => "LAW",
            _ => string.Empty,
        };
        if (label.Length == 0)
        {
            return null;
        }

        if (label == "PERSON")
        {
            e = StripTitles(s, e);
            e = StripLeading(s, e, w => lists.Demonyms.Contains(w.ToLowerInvariant()));
        }

        return TypedIfWrittenAsName(s, e, label, lists);
    }

    /// <summary>
    /// WNUT-17 (tweets): person / location / corporation / group / product / creative-work to PERSON / GPE-or-LOC /
    /// ORG / ORG / PRODUCT / WORK_OF_ART. Only mentions written as names (capitalised first and last word, no
    /// <c>@</c> or <c>#</c>) are kept: tweets write many names in lower case, and learning those would cost
    /// precision on edited text.
    /// </summary>
    public static GoldEntity? MapWnut(NerSentence s, GoldEntity e, NameLists lists)
    {
        e = StripArticle(s, e);
        string label = e.Label switch
        {
            "person" => "PERSON",
            "location" => "LOC",
            "corporation" or "group" => "ORG",
            "product" => "PRODUCT",
            "creative-work" => "WORK_OF_ART",
            _ => string.Empty,
        };
        if (label.Length == 0)
        {
            return null;
        }

        if (label == "PERSON")
        {
            e = StripTitles(s, e);
        }

        return TypedIfWrittenAsName(s, e, label, lists);
    }

    /// <summary>
    /// The mention typed <paramref name="label"/> when it is written as a name (capitalised first and last word),
    /// with LOC turned into GPE for places the gazetteers know as countries, regions or cities; else null.
    /// </summary>
    private static GoldEntity? TypedIfWrittenAsName(NerSentence s, GoldEntity e, string label, NameLists lists)
    {
        string surface = s.Surface(e);
        if (surface.Length == 0 || !char.IsUpper(surface[0]) || !char.IsUpper(surface.Split(' ')[^1][0]))
        {
            return null;
        }

        return Typed(e, label == "LOC" && lists.Gpe.Contains(surface.ToLowerInvariant()) ? "GPE" : label);
    }

    /// <summary>
    /// GUM named mentions: person -> PERSON, organization -> ORG, place -> GPE/LOC as for GMB, event -> EVENT,
    /// object -> PRODUCT; a person or organisation mention that is a demonym (<c>Americans</c>) -> NORP; other
    /// types (abstract, time, substance...) dropped.
    /// </summary>
    public static GoldEntity? MapGum(NerSentence s, GoldEntity e, NameLists lists)
    {
        string surface = s.Surface(e).ToLowerInvariant();
        string? label = e.Label switch
        {
            "person" or "organization" when lists.Demonyms.Contains(surface) => "NORP",
            "person" => "PERSON",
            "organization" => "ORG",
            "place" => lists.Gpe.Contains(surface) ? "GPE" : "LOC",
            "event" => "EVENT",
            "object" => "PRODUCT",
            _ => null,
        };
        return label is null ? null : Typed(e, label);
    }

    /// <summary>Our types to PER/ORG/LOC (uner-english-pud): GPE, LOC and FAC -> LOC; every other type is dropped.</summary>
    public static string? ToPerOrgLoc(string label) => label switch
    {
        "PERSON" => "PER",
        "ORG" => "ORG",
        "GPE" or "LOC" or "FAC" => "LOC",
        _ => null,
    };

    /// <summary>Our types to CoNLL PER/ORG/LOC/MISC (wikigold): as <see cref="ToPerOrgLoc"/>, other name types -> MISC.</summary>
    public static string? ToConll(string label) => ToPerOrgLoc(label) ?? label switch
    {
        "NORP" or "EVENT" or "PRODUCT" or "WORK_OF_ART" or "LAW" or "LANGUAGE" => "MISC",
        _ => null,
    };

    private static bool IsCountryOrRegion(string surface, NameLists lists) => lists.Countries.Contains(surface.ToLowerInvariant());

    private static GoldEntity Typed(GoldEntity e, string label) => e with { Label = label };

    private static GoldEntity StripArticle(NerSentence s, GoldEntity e) => StripLeading(s, e, Articles.Contains);

    private static GoldEntity StripTitles(NerSentence s, GoldEntity e) => StripLeading(s, e, Titles.Contains);

    /// <summary>Drops leading tokens matching <paramref name="strip"/>; an entity made only of such tokens becomes empty.</summary>
    private static GoldEntity StripLeading(NerSentence s, GoldEntity e, Func<string, bool> strip)
    {
        int start = e.Start;
        foreach (TextSpan t in s.Tokens)
        {
            if (t.Start < start || t.End > e.End)
            {
                continue;
            }

            if (t.Start != start || !strip(s.Text[t.Start..t.End]))
            {
                break;
            }

            start = t.End;
            while (start < e.End && s.Text[start] == ' ')
            {
                start++;
            }
        }

        return e with { Start = Math.Min(start, e.End) };
    }

    private static bool PreviousWordIs(NerSentence s, GoldEntity e, HashSet<string> words)
    {
        TextSpan? previous = null;
        foreach (TextSpan t in s.Tokens)
        {
            if (t.End > e.Start)
            {
                break;
            }

            previous = t;
        }

        return previous is { } p && words.Contains(s.Text[p.Start..p.End]);
    }
}
