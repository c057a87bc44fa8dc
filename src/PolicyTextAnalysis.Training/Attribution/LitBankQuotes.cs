using System.Globalization;

namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>
/// One LitBank text with its gold quotes and speakers: <c>quotations/NAME.ann</c> gives <c>QUOTE</c> rows (line and
/// token of the first and last token, 0-based, inclusive) and <c>ATTRIB</c> rows (quote id to speaker label);
/// <c>coref-brat/NAME.ann</c> gives every mention of that label (<c>T</c> rows: label, raw character start and end).
/// </summary>
public sealed record LitBankQuotes(string Name, LitBankText Text, IReadOnlyList<LitBankQuotes.Gold> Quotes)
{
    /// <summary>A gold quote: its span (with the quotation marks) and its speaker's forms.</summary>
    public sealed record Gold(TextSpan Span, string SpeakerLabel, SpeakerForms Speaker);

    /// <summary>Every text of the folder (the <c>litbank-quotes</c> data folder), in name order.</summary>
    public static IEnumerable<LitBankQuotes> LoadAll(string folder)
    {
        foreach (string txt in Directory.EnumerateFiles(Path.Combine(folder, "quotations"), "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(txt);
            yield return Load(txt, Path.ChangeExtension(txt, ".ann"), Path.Combine(folder, "coref-brat", name + ".ann"));
        }
    }

    /// <summary>Reads one text, its quotation file and its coreference file.</summary>
    /// <exception cref="InvalidDataException">A row is malformed or names a token that does not exist.</exception>
    public static LitBankQuotes Load(string textPath, string quotesPath, string corefPath)
    {
        LitBankText text = LitBankText.Parse(File.ReadAllText(textPath));
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var speakers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.Exists(quotesPath) ? File.ReadLines(quotesPath) : [])
        {
            string[] f = line.Split('\t');
            try
            {
                if (f[0] == "QUOTE")
                {
                    TextSpan first = text.Tokens[Int(f[2])][Int(f[3])];
                    TextSpan last = text.Tokens[Int(f[4])][Int(f[5])];
                    spans[f[1]] = new TextSpan(first.Start, last.End);
                }
                else if (f[0] == "ATTRIB")
                {
                    speakers[f[1]] = f[2].Trim();
                }
            }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or FormatException)
            {
                throw new InvalidDataException($"{quotesPath}: bad row '{line}'", e);
            }
        }

        var mentions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string line in File.Exists(corefPath) ? File.ReadLines(corefPath) : [])
        {
            string[] f = line.Split('\t');
            if (f.Length < 2 || !f[0].StartsWith('T'))
            {
                continue;
            }

            string[] g = f[1].Split(' ');
            if (g.Length == 3 && text.FromRaw(Int(g[1]), Int(g[2])) is { } span)
            {
                if (!mentions.TryGetValue(g[0], out List<string>? list))
                {
                    mentions[g[0]] = list = [];
                }

                list.Add(text.Text[span.Start..span.End]);
            }
        }

        var gold = spans
            .Where(p => speakers.ContainsKey(p.Key))
            .Select(p => new Gold(p.Value, speakers[p.Key], new SpeakerForms(mentions.GetValueOrDefault(speakers[p.Key]) ?? [], isPerson: true)))
            .OrderBy(q => q.Span.Start)
            .ToList();
        return new LitBankQuotes(Path.GetFileNameWithoutExtension(textPath), text, gold);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
