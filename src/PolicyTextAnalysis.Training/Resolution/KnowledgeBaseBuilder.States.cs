using PolicyTextAnalysis.Resolution;
using static PolicyTextAnalysis.Training.Resolution.GazetteerText;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>The states of the United States (and the District of Columbia) as GPE entries of their own.</summary>
internal sealed partial class KnowledgeBaseBuilder
{
    /// <summary>
    /// One <see cref="KnowledgeBaseKind.State"/> entry per first-level division of the United States named in SimpleMaps'
    /// <c>admin_name</c> column (50 states and the District of Columbia), with the two-letter postal code as an
    /// abbreviation. SimpleMaps Basic has no codes; GeoNames' <c>admin_code</c> of US places is the postal code, so
    /// each state takes the code its cities carry in GeoNames (cities matched by name; strongest votes first, a code once). A state is never merged
    /// with a country of the same name (<c>Georgia</c>): the resolution stage chooses between them from context.
    /// </summary>
    private void AddUsStates()
    {
        if (!_countryByIso2.TryGetValue("US", out Draft? usa))
        {
            return;
        }

        var citiesOfState = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(Path.Combine(gazetteers, "simplemaps-worldcities", "worldcities.tsv")))
        {
            if (row["iso2"] == "US" && row["admin_name"].Length > 0)
            {
                if (!citiesOfState.TryGetValue(row["admin_name"], out HashSet<string>? cities))
                {
                    citiesOfState[row["admin_name"]] = cities = new(StringComparer.Ordinal);
                }

                cities.Add(row["city_ascii"]);
            }
        }

        // Votes of GeoNames places for a (state, code) pair, by city name.
        var codesOfCity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string geonames = Path.Combine(gazetteers, "geonames-cities", "geonames_cities15000.tsv");
        if (File.Exists(geonames))
        {
            foreach (var row in ReadTsv(geonames))
            {
                // GeoNames writes some cities with their state (Washington, D.C.), which SimpleMaps names alone.
                string name = row["name"];
                int comma = name.IndexOf(", ", StringComparison.Ordinal);
                if (row["country"] == "US" && row["admin_code"].Length == 2)
                {
                    foreach (string form in comma > 0 ? [name, name[..comma]] : (string[])[name])
                    {
                        if (!codesOfCity.TryGetValue(form, out List<string>? codes))
                        {
                            codesOfCity[form] = codes = [];
                        }

                        codes.Add(row["admin_code"]);
                    }
                }
            }
        }

        // Strongest votes first, each code given once: Washington, DC's one city shares its name with towns of other
        // states, so DC must not take a code that a whole state's cities agree on.
        var votes = citiesOfState
            .SelectMany(p => p.Value.SelectMany(c => codesOfCity.GetValueOrDefault(c) ?? []).Select(code => (State: p.Key, Code: code)))
            .GroupBy(v => v)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.State, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal);
        var codeOfState = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vote in votes)
        {
            if (!codeOfState.ContainsKey(vote.Key.State) && usedCodes.Add(vote.Key.Code))
            {
                codeOfState[vote.Key.State] = vote.Key.Code;
            }
        }

        foreach (string state in citiesOfState.Keys.Order(StringComparer.Ordinal))
        {
            string? code = codeOfState.GetValueOrDefault(state);
            var draft = new Draft($"state:US-{code ?? Slug(state)}", KnowledgeBaseKind.State, state, EntityLabels.GeopoliticalEntity)
            {
                CountryId = usa.Id,
            };
            if (code is not null)
            {
                draft.AddName(code, KnowledgeBaseNameKind.Abbreviation);
            }

            if (_byId.TryAdd(draft.Id, draft))
            {
                Count("US states and DC (SimpleMaps, codes from GeoNames)");
            }
        }
    }
}
