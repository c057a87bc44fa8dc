using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// The words that introduce speech, each with its <see cref="CueClass"/>. The default lexicon is embedded in the
/// library (<c>cue-lexicon.txt</c>, our own list) and loads once, lazily; a custom one can be read from a stream
/// in the same format. Immutable and thread-safe.
/// </summary>
public sealed class CueLexicon
{
    private const string Header = "format 1";
    private const string ResourceName = "PolicyTextAnalysis.Attribution.cue-lexicon.txt";
    private static readonly Lazy<CueLexicon> DefaultLexicon = new(LoadDefault);
    private readonly FrozenDictionary<string, CueClass> _classes;
    private readonly FrozenDictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private CueLexicon(Dictionary<string, CueClass> classes)
    {
        _classes = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        SourcePhrases = [.. classes.Where(p => (p.Value & CueClass.Source) != 0)
            .Select(p => p.Key.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(words => words.Length).ThenBy(words => string.Join(' ', words), StringComparer.Ordinal)];
    }

    /// <summary>The embedded lexicon.</summary>
    public static CueLexicon Default => DefaultLexicon.Value;

    /// <summary>Number of distinct cue words and phrases.</summary>
    public int Count => _classes.Count;

    /// <summary>The <see cref="CueClass.Source"/> phrases as lower-case words, longest first (<c>in the words of</c>, <c>according to</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> SourcePhrases { get; }

    /// <summary>The classes of <paramref name="word"/> (case-insensitive); <see cref="CueClass.None"/> when not a cue.</summary>
    public CueClass ClassOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out CueClass c) ? c : CueClass.None;

    /// <summary>Every form with any of the classes in <paramref name="classes"/>, in ordinal order.</summary>
    public IEnumerable<string> FormsOf(CueClass classes) =>
        _classes.Where(p => (p.Value & classes) != 0).Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>
    /// Reads a lexicon: a first comment line containing <c>format 1</c>, then lines <c>FORM&lt;TAB&gt;CLASS</c>
    /// with CLASS one of <c>speech</c>, <c>speech bare</c>, <c>accuse</c>, <c>noun</c>, <c>label</c>, <c>thought</c>, <c>directive</c>,
    /// <c>bid</c>, <c>source</c> (the only class whose FORM may be several words), <c>as-idiom</c>, <c>source-object</c> or
    /// <c>question</c>;
    /// a form on several lines has all their classes; <c>#</c> starts a comment line.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is missing or a line is malformed (the message gives the line).</exception>
    public static CueLexicon Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream);
        string? first = reader.ReadLine();
        if (first is null || !first.StartsWith('#') || !first.Contains(Header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Not a cue lexicon: the first line must be a comment containing '{Header}'.");
        }

        var classes = new Dictionary<string, CueClass>(StringComparer.OrdinalIgnoreCase);
        int number = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split('\t');
            CueClass cls = parts.Length == 2 ? parts[1].Trim() switch
            {
                "speech" => CueClass.Speech,
                "speech bare" => CueClass.Speech | CueClass.BareClause,
                "accuse" => CueClass.Accuse,
                "noun" => CueClass.Noun,
                "label" => CueClass.Label,
                "thought" => CueClass.Thought,
                "directive" => CueClass.Directive,
                "bid" => CueClass.Bid,
                "oblique-bid" => CueClass.ObliqueBid,
                "source" => CueClass.Source,
                "as-idiom" => CueClass.AsIdiom,
                "source-object" => CueClass.SourceObject,
                "question" => CueClass.Question,
                "light" => CueClass.Light,
                "issue" => CueClass.Issue,
                "object" => CueClass.ObjectContent,
                "rebut" => CueClass.Rebut,
                _ => CueClass.None,
            } : CueClass.None;
            if (cls == CueClass.None || parts[0].Trim().Length == 0 || parts[0] != parts[0].Trim())
            {
                throw new InvalidDataException(
                    $"Cue lexicon line {number} is not 'FORM<TAB>speech|speech bare|accuse|noun|label|thought|directive|bid|oblique-bid|source|as-idiom|source-object|question|light|issue|object|rebut': '{line}'.");
            }

            if (parts[0].Contains(' ', StringComparison.Ordinal) && cls != CueClass.Source)
            {
                throw new InvalidDataException($"Cue lexicon line {number}: only a 'source' phrase may have several words: '{line}'.");
            }

            classes[parts[0]] = classes.GetValueOrDefault(parts[0]) | cls;
        }

        return new CueLexicon(classes);
    }

    private static CueLexicon LoadDefault()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing: rebuild the library.");
        return Load(stream);
    }
}
