using System.Globalization;

namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>
/// The discourse (eRST) and entity layers of one GUM CoNLL-U document, read from the MISC column of its word lines
/// (multi-word token lines and empty nodes carry none and are skipped, so word numbers match GUM's signal numbers).
/// <list type="bullet">
/// <item><c>Discourse=REL:SRC-&gt;TGT:DEPTH:SIGNALS</c> on the first word of unit SRC starts that unit and attaches it to
/// unit TGT; <c>ROOT:N:0</c> starts the root unit N; secondary edges follow a <c>;</c> with one more number field
/// (<c>REL:SRC-&gt;TGT:DEPTH:N:SIGNALS</c>). SIGNALS are <c>+</c>-joined <c>type-subtype-words-status</c>, words being
/// 1-based document word numbers and ranges (<c>489-490,495</c>).</item>
/// <item><c>Entity=</c> brackets: <c>(ID-type-infstat-salience-centering-minspan-link[-identity]</c> opens a mention on
/// this word, <c>ID)</c> closes it, and an opening followed by <c>)</c> is a one-word mention.</item>
/// </list>
/// </summary>
public sealed class GumAnnotations
{
    private GumAnnotations(List<GumWord> words, List<int> unitStarts, List<GumRelation> relations, List<GumMention> mentions)
    {
        Words = words;
        UnitStarts = unitStarts;
        Relations = relations;
        Mentions = mentions;
    }

    /// <summary>Every word, in document order.</summary>
    public IReadOnlyList<GumWord> Words { get; }

    /// <summary>The first word of each discourse unit: element <c>n - 1</c> is unit n's (units are numbered in text order).</summary>
    public IReadOnlyList<int> UnitStarts { get; }

    /// <summary>Every relation, primary and secondary.</summary>
    public IReadOnlyList<GumRelation> Relations { get; }

    /// <summary>Every entity mention, ordered by first word.</summary>
    public IReadOnlyList<GumMention> Mentions { get; }

    /// <summary>The words of unit <paramref name="unit"/> (1-based) as a first and last document index (inclusive).</summary>
    public (int First, int Last) UnitWords(int unit)
    {
        if (unit < 1 || unit > UnitStarts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"the document has units 1 to {UnitStarts.Count}");
        }

        int last = unit < UnitStarts.Count ? UnitStarts[unit] - 1 : Words.Count - 1;
        return (UnitStarts[unit - 1], last);
    }

    /// <summary>Reads the lines of a CoNLL-U document.</summary>
    /// <exception cref="InvalidDataException">A unit is numbered out of order or an entity bracket is closed without being opened.</exception>
    public static GumAnnotations Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = new List<GumWord>();
        var unitStarts = new List<int>();
        var relations = new List<GumRelation>();
        var mentions = new List<GumMention>();
        var open = new Dictionary<string, Stack<(string Type, int First, string? Identity)>>(StringComparer.Ordinal);
        int sentence = 0, sentenceStart = 0;
        bool inSentence = false;
        foreach (string line in lines)
        {
            if (line.Length == 0)
            {
                sentence += inSentence ? 1 : 0;
                inSentence = false;
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length < 10 || !int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue; // multi-word token ranges and empty nodes
            }

            if (!inSentence)
            {
                inSentence = true;
                sentenceStart = words.Count;
            }

            int index = words.Count;
            int head = int.Parse(cols[6], CultureInfo.InvariantCulture);
            words.Add(new GumWord(index, cols[1], cols[2], cols[3], head == 0 ? -1 : sentenceStart + head - 1, cols[7], sentence));
            foreach (string field in cols[9].Split('|'))
            {
                if (field.StartsWith("Discourse=", StringComparison.Ordinal))
                {
                    ReadDiscourse(field["Discourse=".Length..], index, unitStarts, relations);
                }
                else if (field.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    ReadEntity(field["Entity=".Length..], index, open, mentions);
                }
            }
        }

        mentions.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last));
        return new GumAnnotations(words, unitStarts, relations, mentions);
    }

    private static void ReadDiscourse(string value, int word, List<int> unitStarts, List<GumRelation> relations)
    {
        string[] edges = value.Split(';');
        for (int e = 0; e < edges.Length; e++)
        {
            string[] f = edges[e].Split(':');
            if (f.Length < 3)
            {
                throw new InvalidDataException($"word {word + 1}: discourse annotation '{edges[e]}' has too few fields");
            }

            int arrow = f[1].IndexOf("->", StringComparison.Ordinal);
            int unit = int.Parse(arrow < 0 ? f[1] : f[1][..arrow], CultureInfo.InvariantCulture);
            if (e == 0)
            {
                if (unit != unitStarts.Count + 1)
                {
                    throw new InvalidDataException($"word {word + 1}: unit {unit} follows unit {unitStarts.Count}");
                }

                unitStarts.Add(word);
            }

            if (arrow >= 0)
            {
                int target = int.Parse(f[1][(arrow + 2)..], CultureInfo.InvariantCulture);
                IReadOnlyList<GumSignal> signals = f.Length >= 4 ? ReadSignals(f[^1]) : [];
                relations.Add(new GumRelation(f[0], unit, target, e > 0, signals));
            }
        }
    }

    /// <summary>Reads <c>sem-atsrc-31-41-_+lex-indwd-43-_</c>; the words are the trailing run of number fields before the status.</summary>
    internal static IReadOnlyList<GumSignal> ReadSignals(string value)
    {
        var signals = new List<GumSignal>();
        foreach (string signal in value.Split('+'))
        {
            string[] p = signal.Split('-');
            if (p.Length < 3)
            {
                continue; // "_": no signal
            }

            int k = p.Length - 1; // p[^1] is the status (gold or _)
            while (k > 2 && p[k - 1].Length > 0 && p[k - 1].All(c => char.IsAsciiDigit(c) || c == ','))
            {
                k--;
            }

            var wordList = new List<int>();
            string numbers = string.Join('-', p[k..^1]);
            foreach (string part in numbers.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] range = part.Split('-');
                int from = int.Parse(range[0], CultureInfo.InvariantCulture);
                int to = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : from;
                for (int w = from; w <= to; w++)
                {
                    wordList.Add(w - 1);
                }
            }

            signals.Add(new GumSignal(p[0], string.Join('-', p[1..k]), wordList));
        }

        return signals;
    }

    private static void ReadEntity(string value, int word, Dictionary<string, Stack<(string, int, string?)>> open, List<GumMention> mentions)
    {
        int i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                int end = value.IndexOfAny(['(', ')'], i + 1);
                string body = value[(i + 1)..(end < 0 ? value.Length : end)];
                string[] f = body.Split('-');
                string? identity = f.Length > 7 ? string.Join('-', f[7..]) : null;
                string type = f.Length > 1 ? f[1] : "";
                if (end >= 0 && value[end] == ')')
                {
                    mentions.Add(new GumMention(f[0], type, word, word, identity));
                    i = end + 1;
                }
                else
                {
                    if (!open.TryGetValue(f[0], out Stack<(string, int, string?)>? stack))
                    {
                        open[f[0]] = stack = new();
                    }

                    stack.Push((type, word, identity));
                    i = end < 0 ? value.Length : end;
                }
            }
            else
            {
                int close = value.IndexOf(')', i);
                if (close < 0)
                {
                    throw new InvalidDataException($"word {word + 1}: entity annotation '{value}' is not bracketed");
                }

                string id = value[i..close];
                if (!open.TryGetValue(id, out Stack<(string, int, string?)>? stack) || stack.Count == 0)
                {
                    throw new InvalidDataException($"word {word + 1}: entity {id} closes without being opened");
                }

                (string type, int first, string? identity) = stack.Pop();
                mentions.Add(new GumMention(id, type, first, word, identity));
                i = close + 1;
            }
        }
    }
}
