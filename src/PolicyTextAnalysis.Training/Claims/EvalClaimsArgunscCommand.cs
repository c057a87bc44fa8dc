using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyTextAnalysis.Training.Corpora;

namespace PolicyTextAnalysis.Training.Claims;

/// <summary>
/// <c>eval-claims-argunsc [--data DIR] [--record]</c>: claim detection on UN Security Council speeches nobody here wrote rules for
/// (ArgUNSC, <c>argunsc/base.csv</c>: 144 speeches, each sentence's argument components marked claim or premise). Each
/// speech is rebuilt from its sentences (one paragraph per sentence, in order) and analysed by the default pipeline.
/// Printed: the recall of the corpus's argument components (a system claim overlapping at least half of the shorter
/// span, one to one, as <c>eval-commentary</c> matches), for claims and premises apart; the share of sentences the
/// corpus calls non-argumentative that hold a system claim; and the claim types the system gives matched claims and
/// premises. Report only: the corpus's notion (argument components) is not the commentary guide's (every proposition a
/// reader could check or dispute, so a background fact the corpus calls non-argumentative is a claim here), so there is
/// no precision to compute, and nothing is tuned on it. <c>--record</c> writes the recalls to <see cref="CardPath"/>, which
/// the score guard reads.
/// </summary>
internal sealed class EvalClaimsArgunscCommand : ITrainingCommand
{
    /// <summary>The recorded recalls (<c>--record</c>).</summary>
    public static string CardPath => Path.Combine(RepositoryPaths.Models, "claims-argunsc.card.json");

    /// <inheritdoc />
    public string Name => "eval-claims-argunsc";

    /// <inheritdoc />
    public string Summary => "claim detection recall on ArgUNSC UN Security Council speeches (argument components; report only)";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data"], ["--record"]);
        string? data = arguments.Data;
        string? path = data is null ? null : Path.Combine(data, "argunsc", "base.csv");
        if (path is null || !File.Exists(path))
        {
            output.WriteLine("error: ArgUNSC not found; pass --data DIR (the shared data folder holding argunsc/base.csv)");
            return 2;
        }

        ArgunscResult result = Evaluate(PolicyAnalyzer.CreateDefault(), path);
        output.WriteLine(FormattableString.Invariant($"ArgUNSC: {result.Speeches} speeches, {result.Sentences} sentences ({result.NonArgument} without an argument component)"));
        foreach ((string kind, (int found, int gold)) in result.Components)
        {
            output.WriteLine(FormattableString.Invariant($"  {kind,-8} components found {found}/{gold} (recall {result.Recall(kind):0.000})"));
        }

        output.WriteLine(FormattableString.Invariant($"  non-argument sentences holding a system claim: {result.NonArgumentFlagged}/{result.NonArgument} ({(double)result.NonArgumentFlagged / Math.Max(1, result.NonArgument):0.000})"));
        foreach ((string kind, Dictionary<ClaimType, int> counts) in result.Types)
        {
            int matched = result.Components[kind].Found;
            string shares = string.Join(", ", Enum.GetValues<ClaimType>().Select(t =>
                FormattableString.Invariant($"{t.ToString().ToLowerInvariant()} {(double)counts.GetValueOrDefault(t) / Math.Max(1, matched):0.00}")));
            output.WriteLine($"  types of matched {kind}s (share carrying each): {shares}");
        }

        if (arguments.Flag("--record"))
        {
            var card = new ArgunscCard("argunsc/base.csv", Math.Round(result.Recall("claim"), 4), Math.Round(result.Recall("premise"), 4));
            File.WriteAllText(CardPath, JsonSerializer.Serialize(card, ArgunscCardJsonContext.Default.ArgunscCard) + "\n");
            output.WriteLine($"wrote {Path.GetFileName(CardPath)}");
        }

        return 0;
    }

    /// <summary>Analyses every speech of <paramref name="path"/> (<c>base.csv</c>) with <paramref name="analyzer"/> and scores its claims.</summary>
    internal static ArgunscResult Evaluate(PolicyAnalyzer analyzer, string path)
    {
        List<Speech> speeches = Load(path);
        var components = new Dictionary<string, (int Found, int Gold)> { ["claim"] = (0, 0), ["premise"] = (0, 0) };
        var types = new Dictionary<string, Dictionary<ClaimType, int>> { ["claim"] = [], ["premise"] = [] };
        int nonArgument = 0, nonArgumentFlagged = 0, sentences = 0;
        foreach (Speech speech in speeches)
        {
            var text = new StringBuilder();
            var spans = new List<(int Start, int End)>();
            foreach (SpeechSentence sentence in speech.Sentences)
            {
                spans.Add((text.Length, text.Length + sentence.Text.Length));
                text.Append(sentence.Text).Append("\n\n");
            }

            IReadOnlyList<ClaimMention> claims = analyzer.Analyze(text.ToString()).Claims;
            var used = new bool[claims.Count];
            for (int s = 0; s < speech.Sentences.Count; s++)
            {
                SpeechSentence sentence = speech.Sentences[s];
                (int start, int end) = spans[s];
                sentences++;
                if (sentence.Components.Count == 0)
                {
                    nonArgument++;
                    nonArgumentFlagged += claims.Any(c => Overlaps(c.Start, c.End, start, end)) ? 1 : 0;
                    continue;
                }

                foreach ((string kind, string span) in sentence.Components)
                {
                    string component = span.Trim();
                    int at = sentence.Text.IndexOf(component, StringComparison.Ordinal);
                    (int cs, int ce) = at < 0 ? (start, end) : (start + at, start + at + component.Length);
                    (int found, int gold) = components[kind];
                    int match = Best(claims, used, cs, ce);
                    components[kind] = (found + (match >= 0 ? 1 : 0), gold + 1);
                    if (match >= 0)
                    {
                        used[match] = true;
                        foreach (ClaimType type in claims[match].Types)
                        {
                            types[kind][type] = types[kind].GetValueOrDefault(type) + 1;
                        }
                    }
                }
            }
        }

        return new ArgunscResult(speeches.Count, sentences, nonArgument, nonArgumentFlagged, components, types);
    }

    /// <summary>The speeches of <c>base.csv</c>, each with its sentences in order and their argument components.</summary>
    internal static List<Speech> Load(string path)
    {
        var bySpeech = new Dictionary<string, SortedDictionary<int, SpeechSentence>>(StringComparer.Ordinal);
        foreach (Dictionary<string, string> row in CsvFile.Read(path))
        {
            string speech = row["Speech"];
            int id = int.Parse(row["Sentence_ID"], CultureInfo.InvariantCulture);
            if (!bySpeech.TryGetValue(speech, out SortedDictionary<int, SpeechSentence>? sentences))
            {
                bySpeech[speech] = sentences = [];
            }

            if (!sentences.TryGetValue(id, out SpeechSentence? sentence))
            {
                sentences[id] = sentence = new SpeechSentence(row["Full_Sentence"].Trim(), []);
            }

            string kind = row["Component_Type"].Trim();
            if (kind is "claim" or "premise")
            {
                sentence.Components.Add((kind, ComponentText(row["Component"])));
            }
        }

        return [.. bySpeech.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new Speech(s.Key, [.. s.Value.Values]))];
    }

    // "[7, 'the span text']" (a Python literal; the text may hold either quote, escaped with a backslash) -> the span text.
    internal static string ComponentText(string literal)
    {
        int comma = literal.IndexOf(',', StringComparison.Ordinal);
        string rest = comma < 0 ? literal : literal[(comma + 1)..].Trim();
        if (rest.EndsWith(']'))
        {
            rest = rest[..^1].TrimEnd();
        }

        if (rest.Length >= 2 && (rest[0] is '\'' or '"') && rest[^1] == rest[0])
        {
            rest = rest[1..^1];
        }

        return rest.Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);
    }

    // True when the spans overlap by at least half of the shorter one.
    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd)
    {
        int overlap = Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart);
        return overlap > 0 && 2 * overlap >= Math.Min(aEnd - aStart, bEnd - bStart);
    }

    // The unused claim that overlaps the span most (at least half of the shorter), or -1.
    private static int Best(IReadOnlyList<ClaimMention> claims, bool[] used, int start, int end)
    {
        int best = -1, bestOverlap = 0;
        for (int c = 0; c < claims.Count; c++)
        {
            if (used[c] || !Overlaps(claims[c].Start, claims[c].End, start, end))
            {
                continue;
            }

            int overlap = Math.Min(claims[c].End, end) - Math.Max(claims[c].Start, start);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (c, overlap);
            }
        }

        return best;
    }

    /// <summary>What <see cref="Evaluate"/> counted.</summary>
    internal sealed record ArgunscResult(
        int Speeches, int Sentences, int NonArgument, int NonArgumentFlagged,
        Dictionary<string, (int Found, int Gold)> Components, Dictionary<string, Dictionary<ClaimType, int>> Types)
    {
        /// <summary>The share of the corpus's components of <paramref name="kind"/> (claim, premise) a system claim matched.</summary>
        public double Recall(string kind) => (double)Components[kind].Found / Math.Max(1, Components[kind].Gold);
    }

    /// <summary>One speech: its id and sentences in order.</summary>
    internal sealed record Speech(string Id, List<SpeechSentence> Sentences);

    /// <summary>One sentence and its argument components (kind, span text).</summary>
    internal sealed record SpeechSentence(string Text, List<(string Kind, string Span)> Components);
}

/// <summary>The recorded ArgUNSC recalls (<c>models/claims-argunsc.card.json</c>), read by the score guard.</summary>
/// <param name="Data">The file scored.</param>
/// <param name="ClaimRecall">The share of claim components found.</param>
/// <param name="PremiseRecall">The share of premise components found.</param>
internal sealed record ArgunscCard(string Data, double ClaimRecall, double PremiseRecall)
{
    /// <summary>Reads the card.</summary>
    public static ArgunscCard Read() =>
        JsonSerializer.Deserialize(File.ReadAllText(EvalClaimsArgunscCommand.CardPath), ArgunscCardJsonContext.Default.ArgunscCard)
        ?? throw new InvalidDataException($"{EvalClaimsArgunscCommand.CardPath}: empty card");
}

/// <summary>Source-generated JSON metadata for the ArgUNSC card.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ArgunscCard))]
internal sealed partial class ArgunscCardJsonContext : JsonSerializerContext;
