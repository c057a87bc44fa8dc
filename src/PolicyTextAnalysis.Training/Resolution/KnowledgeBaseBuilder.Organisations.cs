using System.IO.Compression;
using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Training.Entities;
using static PolicyTextAnalysis.Training.Resolution.GazetteerText;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>
/// Organisations from <c>data/org-gazetteers</c>: US-listed companies (ODC-PDDL), universities (MIT) and US federal
/// agencies (CC0), all as <see cref="KnowledgeBaseKind.Organization"/> entries labelled ORG.
/// </summary>
internal sealed partial class KnowledgeBaseBuilder
{
    // Legal forms written after a company's name. A name is also known without them ("Apple Inc." is "Apple").
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited",
        "plc", "PLC", "LLC", "L.L.C.", "L.P.", "LP", "N.V.", "NV", "S.A.", "SA", "AG", "SE", "Holdings", "Holding",
        "Group", "Trust", "Bancorp", "Bancorporation", "& Co", "& Co.", "Co.,", "Cos.", "Cos",
    };

    /// <summary>
    /// Adds the three organisation lists under <paramref name="folder"/>. A name that already names something in the
    /// knowledge base (a country, a city, a leader) is not kept, nor a one-word name that is also an ordinary
    /// lower-case word of the GMB or EWT training text (<c>Target</c>, <c>Visa</c>) or a person's first or last name
    /// in the name lists of the recogniser's training (<c>Ford</c>, <c>Vince</c>): it would fire on ordinary text.
    /// </summary>
    private void AddOrganisations(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var known = new HashSet<string>(_byId.Values.SelectMany(d => d.Names).Select(n => Key(n.Text)), StringComparer.Ordinal);
        HashSet<string> lowerCase = [.. LowerCaseCounts().Keys, .. EwtLowerCaseWords()];

        // People's names (legislators' first and last names, WordNet people by surname too: Vince, Ford, Brady): a
        // one-word company name that is also a person's is left out.
        NameLists people = NameLists.Load(gazetteers);
        bool Usable(string name)
        {
            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || name.Length < 3 || known.Contains(Key(name)) || !char.IsUpper(name[0]) && !char.IsDigit(name[0]))
            {
                return false;
            }

            // One word: not an ordinary word in any case (BEST, Target), and three letters or more (not U.S. from U.S. Bancorp).
            return words.Length > 1
                || (!lowerCase.Contains(words[0].ToLowerInvariant()) && !people.IsPersonName(StripPossessive(words[0])) && words[0].Count(char.IsLetter) > 2);
        }

        AddCompanies(Path.Combine(folder, "us_listed_companies.tsv"), Usable);
        AddUniversities(Path.Combine(folder, "universities.tsv"), Usable);
        AddFederalAgencies(folder, Usable);
    }

    // Lower-case word forms of the UD English EWT training split (web text: reviews, e-mail, blogs), a wider
    // vocabulary than the news lexicon for telling company names from ordinary words (Affirm, Bandwidth).
    private string[] EwtLowerCaseWords()
    {
        string path = Path.Combine(gazetteers, "..", "ud-english-ewt", "en_ewt-ud-train.conllu.gz");
        if (!File.Exists(path))
        {
            return [];
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            string[] cells = line.Split('\t');
            if (cells.Length > 1 && cells[1].Length > 1 && cells[1].All(char.IsLower))
            {
                words.Add(cells[1]);
            }
        }

        return [.. words];
    }

    // "Carter's" is a person's before it is a company's.
    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private void AddCompanies(string path, Func<string, bool> usable)
    {
        if (!File.Exists(path))
        {
            return;
        }

        // Rows of one company share a ticker symbol (S&P 500's short name, then the exchanges' legal names) or,
        // after cleaning, a name (share classes listed apart).
        var bySymbol = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(path))
        {
            string full = WithoutParentheses(row["name"]).TrimEnd(',', ' ');
            List<string> names = [.. CompanyNames(full).Where(usable)];
            if (names.Count == 0)
            {
                continue;
            }

            string[] symbols = row["symbols"].Split('|', StringSplitOptions.RemoveEmptyEntries);
            Draft? company = symbols.Select(s => bySymbol.GetValueOrDefault(s)).FirstOrDefault(d => d is not null)
                ?? names.Select(n => byName.GetValueOrDefault(Key(n))).FirstOrDefault(d => d is not null);
            if (company is null)
            {
                company = new Draft($"company:{Slug(names[0])}", KnowledgeBaseKind.Organization, names[0], EntityLabels.Organization);
                if (!_byId.TryAdd(company.Id, company))
                {
                    continue;
                }

                Count("companies (US listings)");
            }

            foreach (string name in names)
            {
                company.AddName(name, KnowledgeBaseNameKind.Alias);
                byName.TryAdd(Key(name), company);
            }

            foreach (string symbol in symbols)
            {
                bySymbol.TryAdd(symbol, company);
            }
        }
    }

    // The listed name and the same name without its legal form and leading article, shortest last:
    // "Goldman Sachs Group, Inc." -> "Goldman Sachs Group, Inc.", "Goldman Sachs Group", "Goldman Sachs".
    internal static IEnumerable<string> CompanyNames(string name)
    {
        yield return name;
        string current = name;
        while (true)
        {
            string[] words = current.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int cut = words.Length;
            while (cut > 1 && LegalSuffixes.Contains(words[cut - 1].TrimEnd(',')))
            {
                cut--;
            }

            int start = words.Length > 2 && words[0] == "The" ? 1 : 0;
            if (cut == words.Length && start == 0)
            {
                yield break;
            }

            current = string.Join(' ', words[start..cut]).TrimEnd(',', ' ', '&');
            if (current.Length == 0)
            {
                yield break;
            }

            yield return current;
        }
    }

    private void AddUniversities(string path, Func<string, bool> usable)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var row in ReadTsv(path))
        {
            string name = row["name"].Trim();
            if (!usable(name))
            {
                continue;
            }

            string? countryId = _countryByIso2.GetValueOrDefault(row["alpha2"])?.Id;
            var university = new Draft($"university:{row["alpha2"].ToLowerInvariant()}:{Slug(name)}", KnowledgeBaseKind.Organization, name, EntityLabels.Organization)
            {
                CountryId = countryId,
            };
            if (_byId.TryAdd(university.Id, university))
            {
                Count("universities (university-domains-list)");
            }
        }
    }

    private void AddFederalAgencies(string folder, Func<string, bool> usable)
    {
        string path = Path.Combine(folder, "us_federal_organizations.tsv");
        if (!File.Exists(path))
        {
            return;
        }

        // An office the registry lists under several departments ("Office of Inspector General", "Office of the
        // Secretary") is a generic unit, not one organisation.
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string registry = Path.Combine(folder, "raw", "dotgov-agencies-and-subs.csv");
        if (File.Exists(registry))
        {
            foreach (string line in File.ReadLines(registry).Skip(1))
            {
                string[] cells = CsvCells(line);
                if (cells.Length >= 2 && cells[1].Length > 0)
                {
                    if (!parents.TryGetValue(cells[1], out HashSet<string>? set))
                    {
                        parents[cells[1]] = set = new(StringComparer.Ordinal);
                    }

                    set.Add(cells[0]);
                }
            }
        }

        string? usa = _countryByIso2.GetValueOrDefault("US")?.Id;
        var agencyByName = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(path))
        {
            string name = row["name"].Trim();
            if (!usable(name) || parents.GetValueOrDefault(name)?.Count > 1)
            {
                Count("federal organisations left out (generic or ambiguous)");
                continue;
            }

            var agency = new Draft($"agency:us:{Slug(name)}", KnowledgeBaseKind.Organization, name, EntityLabels.Organization)
            {
                CountryId = usa,
            };
            if (WithoutUsPrefix(name) is { } shorter && usable(shorter))
            {
                agency.AddName(shorter, KnowledgeBaseNameKind.Alias);
            }

            if (_byId.TryAdd(agency.Id, agency))
            {
                agencyByName.TryAdd(name, agency);
                Count("US federal organisations (dotgov-data)");
            }
        }

        AddFederalAcronyms(folder, agencyByName);
    }
}
