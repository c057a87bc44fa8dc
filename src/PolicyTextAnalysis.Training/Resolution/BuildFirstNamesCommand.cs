namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>
/// <c>build-first-names --moby DIR [--data DIR] [--out FILE]</c>: writes the first-name gender list the library reads for
/// <c>he</c> and <c>she</c> (<c>src/PolicyTextAnalysis/Resolution/Lexicons/first-names.txt</c>). Sources: the Moby Word II
/// female and male first-name lists (public domain; <c>DIR/female.txt</c> and <c>DIR/male.txt</c>, as unpacked from the
/// npm packages named in <c>first-names.SOURCE.md</c>), and the first names and recorded gender of the current US
/// legislators and all US presidents and vice presidents (<c>gazetteers/us-congress-legislators</c>, CC0).
/// A name the legislators give one gender takes it (Moby lists <c>George</c> as both and lacks <c>Donald</c>); otherwise a
/// name in exactly one Moby list takes that list's gender; a name both sources leave ambiguous is left out.
/// </summary>
internal sealed class BuildFirstNamesCommand : ITrainingCommand
{
    public string Name => "build-first-names";

    public string Summary => "first-name gender list for pronoun resolution (Moby Word II names + US legislators)";

    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--moby", "--data", "--out"], []);
        string? moby = arguments.Value("--moby");
        string? data = arguments.Data;
        string outFile = arguments.Value("--out")
            ?? Path.Combine(RepositoryPaths.Root, "src", "PolicyTextAnalysis", "Resolution", "Lexicons", "first-names.txt");
        string legislators = data is null ? string.Empty : Path.Combine(data, "gazetteers", "us-congress-legislators");
        if (moby is null || !File.Exists(Path.Combine(moby, "female.txt")) || !File.Exists(Path.Combine(moby, "male.txt")))
        {
            Console.Error.WriteLine("error: pass --moby DIR holding female.txt and male.txt (see first-names.SOURCE.md)");
            return 2;
        }

        if (!Directory.Exists(legislators))
        {
            Console.Error.WriteLine("error: gazetteers/us-congress-legislators not found; pass --data DIR (the shared data folder)");
            return 2;
        }

        HashSet<string> female = ReadNames(Path.Combine(moby, "female.txt"));
        HashSet<string> male = ReadNames(Path.Combine(moby, "male.txt"));
        Dictionary<string, (int Male, int Female)> officials = ReadLegislators(legislators);

        var genders = new SortedDictionary<string, char>(StringComparer.Ordinal);
        int fromOfficials = 0, ambiguous = 0;
        foreach (string name in female.Concat(male).Concat(officials.Keys).Distinct(StringComparer.Ordinal))
        {
            (int m, int f) = officials.GetValueOrDefault(name);
            char? gender = (m > 0, f > 0) switch
            {
                (true, false) => 'm',
                (false, true) => 'f',
                (true, true) => null,
                _ => female.Contains(name) == male.Contains(name) ? null : female.Contains(name) ? 'f' : 'm',
            };
            if (gender is { } g)
            {
                genders[name] = g;
                fromOfficials += m + f > 0 ? 1 : 0;
            }
            else
            {
                ambiguous++;
            }
        }

        using (var writer = new StreamWriter(outFile))
        {
            writer.WriteLine("# PolicyTextAnalysis first names with gender, format 1. Written by build-first-names; do not edit.");
            writer.WriteLine("# Sources and licences: first-names.SOURCE.md (Moby Word II name lists, public domain; US legislators, CC0).");
            writer.WriteLine("# One name per line: GENDER<TAB>NAME, gender m or f. Names the sources give both genders are left out.");
            foreach ((string name, char g) in genders)
            {
                writer.WriteLine($"{g}\t{name}");
            }
        }

        output.WriteLine($"Moby: {female.Count} female, {male.Count} male; officials: {officials.Count} first names");
        output.WriteLine($"wrote {genders.Count} names ({genders.Values.Count(g => g == 'f')} female, {genders.Values.Count(g => g == 'm')} male; " +
            $"{fromOfficials} with officials' evidence), left out {ambiguous} ambiguous, to {Path.GetFileName(outFile)}");
        return 0;
    }

    private static HashSet<string> ReadNames(string path) =>
        new(File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 1 && char.IsUpper(l[0])), StringComparer.Ordinal);

    /// <summary>First names and gender of each record (<c>- id:</c> opens one; its first <c>first:</c> is the name).</summary>
    private static Dictionary<string, (int Male, int Female)> ReadLegislators(string dir)
    {
        var counts = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        foreach (string file in new[] { "legislators-current.yaml", "executive.yaml" })
        {
            string? first = null;
            char? gender = null;
            foreach (string line in File.ReadLines(Path.Combine(dir, file)).Append("- id:"))
            {
                string t = line.Trim();
                if (line.StartsWith("- id:", StringComparison.Ordinal))
                {
                    if (first is not null && gender is not null)
                    {
                        (int m, int f) = counts.GetValueOrDefault(first);
                        counts[first] = gender == 'M' ? (m + 1, f) : (m, f + 1);
                    }

                    (first, gender) = (null, null);
                }
                else if (first is null && t.StartsWith("first: ", StringComparison.Ordinal))
                {
                    first = t[7..].Trim('\'', '"').TrimEnd('.');
                }
                else if (t.StartsWith("gender: ", StringComparison.Ordinal))
                {
                    gender = t[8..].Trim() is "M" ? 'M' : t[8..].Trim() is "F" ? 'F' : null;
                }
            }
        }

        // A first name given as an initial (J.) says nothing.
        foreach (string key in counts.Keys.Where(k => k.Length < 2).ToList())
        {
            counts.Remove(key);
        }

        return counts;
    }
}
