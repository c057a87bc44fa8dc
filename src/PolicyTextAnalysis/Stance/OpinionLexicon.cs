using System.Collections.Frozen;
using System.Reflection;

namespace PolicyTextAnalysis.Stance;

/// <summary>The role of a word in the opinion lexicon.</summary>
internal enum OpinionRole : byte
{
    /// <summary>Not in the lexicon.</summary>
    None,

    /// <summary>Favourable (<c>benefit</c>, <c>safe</c>).</summary>
    Positive,

    /// <summary>Unfavourable (<c>harm</c>, <c>violence</c>).</summary>
    Negative,

    /// <summary>Raises what follows (<c>increase</c>, <c>cause</c>): keeps the polarity of its object.</summary>
    Raiser,

    /// <summary>Lowers what follows (<c>reduce</c>, <c>prevent</c>): flips the polarity of its object.</summary>
    Lowerer,

    /// <summary>Negates the words after it (<c>not</c>, <c>never</c>).</summary>
    Negator,
}

/// <summary>
/// Our own opinion word list (embedded <c>Stance/Lexicons/opinion.txt</c>), looked up with light suffix
/// stripping so one base form covers its inflections. Immutable and thread-safe.
/// </summary>
internal sealed class OpinionLexicon
{
    private const string ResourceName = "PolicyTextAnalysis.Stance.Lexicons.opinion.txt";
    private static readonly Lazy<OpinionLexicon> LazyDefault = new(LoadDefault);
    private readonly FrozenDictionary<string, OpinionRole> _roles;
    private readonly FrozenDictionary<string, OpinionRole>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private OpinionLexicon(Dictionary<string, OpinionRole> roles)
    {
        _roles = roles.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded lexicon.</summary>
    public static OpinionLexicon Default => LazyDefault.Value;

    /// <summary>Number of entries.</summary>
    public int Count => _roles.Count;

    /// <summary>Parses the line format: <c>SIGN WORD</c>, <c>#</c> comments.</summary>
    /// <exception cref="FormatException">A line has an unknown sign.</exception>
    public static OpinionLexicon Parse(TextReader reader)
    {
        var roles = new Dictionary<string, OpinionRole>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            OpinionRole role = trimmed[0] switch
            {
                '+' => OpinionRole.Positive,
                '-' => OpinionRole.Negative,
                '^' => OpinionRole.Raiser,
                'v' => OpinionRole.Lowerer,
                '!' => OpinionRole.Negator,
                _ => throw new FormatException($"Opinion lexicon line {lineNumber}: unknown sign '{trimmed[0]}' (expected + - ^ v !)."),
            };
            string word = trimmed[1..].Trim().ToString();
            if (word.Length > 0)
            {
                // First entry wins so that a word listed as a modifier keeps that role.
                roles.TryAdd(word, role);
            }
        }

        return new OpinionLexicon(roles);
    }

    /// <summary>The role of a lower-case word, trying its base forms.</summary>
    public OpinionRole RoleOf(ReadOnlySpan<char> lowerWord)
    {
        if (_lookup.TryGetValue(lowerWord, out OpinionRole role))
        {
            return role;
        }

        // Strip one inflectional suffix ("harms", "harmed", "harming", "worries", "fairly"); no allocation.
        int cut = SuffixCut(lowerWord);
        if (cut > 2 && _lookup.TryGetValue(lowerWord[..cut], out role))
        {
            return role;
        }

        if (lowerWord.EndsWith("es") && lowerWord.Length > 4 && _lookup.TryGetValue(lowerWord[..^1], out role))
        {
            return role;
        }

        // "reduced" -> "reduce", "causing" -> "cause": strip the suffix and restore the final e.
        if (lowerWord.Length > 4 && (lowerWord.EndsWith("ed") || lowerWord.EndsWith("es")))
        {
            Span<char> buffer = stackalloc char[lowerWord.Length];
            lowerWord[..^1].CopyTo(buffer);
            if (_lookup.TryGetValue(buffer[..(lowerWord.Length - 1)], out role))
            {
                return role;
            }
        }

        if (lowerWord.Length > 5 && lowerWord.Length < 64 && lowerWord.EndsWith("ing"))
        {
            Span<char> buffer = stackalloc char[lowerWord.Length];
            lowerWord[..^3].CopyTo(buffer);
            buffer[lowerWord.Length - 3] = 'e';
            if (_lookup.TryGetValue(buffer[..(lowerWord.Length - 2)], out role))
            {
                return role;
            }
        }

        return OpinionRole.None;
    }

    private static int SuffixCut(ReadOnlySpan<char> w) =>
        w.EndsWith("ies") || w.EndsWith("ing") ? w.Length - 3
        : w.EndsWith("ed") || w.EndsWith("es") || w.EndsWith("ly") ? w.Length - 2
        : w.EndsWith('s') ? w.Length - 1
        : 0;

    private static OpinionLexicon LoadDefault()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing: rebuild the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
