using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>One text of the commentary set with its gold annotation.</summary>
public sealed record CommentaryDocument(string Name, string Text, CommentaryGold Gold);

/// <summary>
/// Loads and checks the commentary gold set under <c>eval/commentary</c>: every gold file names a text whose hash it
/// records, and every span's offsets cover exactly its <c>text</c>. A file that breaks either rule is an
/// <see cref="InvalidDataException"/> naming the file and the problem, never a silently wrong score.
/// </summary>
public static class CommentarySet
{
    /// <summary>The OntoNotes labels a gold entity may carry.</summary>
    public static readonly IReadOnlySet<string> EntityLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
        "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
    };

    private static readonly HashSet<string> QuoteKinds = ["direct", "indirect", "mixed", "scare"];
    private static readonly HashSet<string> ClaimTypes = ["statistical", "causal", "predictive", "prescriptive", "evaluative", "factual"];
    private static readonly HashSet<string> Polarities = ["favor", "against"];

    /// <summary>The folder of the set: <c>eval/commentary</c> in the repository.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "eval", "commentary");

    /// <summary>The file recording the hash of every test text and test gold file (the freeze).</summary>
    public static string FreezeFile => Path.Combine(Folder, "test-split.sha256");

    /// <summary>The gold files of one split (<c>dev</c> or <c>test</c>), in name order.</summary>
    public static IReadOnlyList<string> GoldFiles(string split)
    {
        string folder = Path.Combine(Folder, "gold", split);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>Loads and validates every document of one split.</summary>
    /// <exception cref="ArgumentException">The split is not dev or test.</exception>
    /// <exception cref="InvalidDataException">A gold file is malformed or does not fit its text.</exception>
    public static IReadOnlyList<CommentaryDocument> Load(string split)
    {
        if (split is not ("dev" or "test"))
        {
            throw new ArgumentException($"unknown split '{split}': use dev or test", nameof(split));
        }

        return GoldFiles(split).Select(path => LoadFile(path, split)).ToList();
    }

    /// <summary>
    /// The fold (0 to <paramref name="folds"/> - 1) of the dev text named <paramref name="name"/>: dev texts in file-name
    /// order are dealt round the folds, so every fold mixes the forms and nobody chose them.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a dev text.</exception>
    public static int FoldOf(string name, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        int index = GoldFiles("dev").Select(Path.GetFileNameWithoutExtension).ToList().IndexOf(Path.GetFileNameWithoutExtension(name));
        return index >= 0 ? index % folds : throw new ArgumentException($"'{name}' is not a dev text of eval/commentary", nameof(name));
    }

    /// <summary>Reads a fold option <c>K/F</c> (fold K, counted from 0, of F folds).</summary>
    /// <exception cref="ArgumentException">The text is not <c>K/F</c> with 0 &lt;= K &lt; F and F &gt;= 2.</exception>
    public static (int Fold, int Folds) ParseFold(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string[] parts = spec.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int fold)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int folds) && folds >= 2 && fold < folds)
        {
            return (fold, folds);
        }

        throw new ArgumentException($"a fold is K/F with 0 <= K < F and F >= 2 (such as 0/5), not '{spec}'", nameof(spec));
    }

    /// <summary>Loads one gold file and checks it against its text.</summary>
    public static CommentaryDocument LoadFile(string goldPath, string expectedSplit)
    {
        string name = Path.GetFileName(goldPath);
        CommentaryGold gold;
        try
        {
            gold = JsonSerializer.Deserialize(File.ReadAllText(goldPath), CommentaryGoldJsonContext.Default.CommentaryGold)
                ?? throw new InvalidDataException($"{name}: empty gold file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not a valid gold file: {e.Message}", e);
        }

        string textPath = Path.Combine(Folder, "texts", gold.File);
        if (!File.Exists(textPath))
        {
            throw new InvalidDataException($"{name}: names text '{gold.File}', which is not in eval/commentary/texts");
        }

        byte[] bytes = File.ReadAllBytes(textPath);
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(hash, gold.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{name}: the text {gold.File} changed since it was annotated (hash {hash}, gold has {gold.Sha256})");
        }

        if (gold.Split != expectedSplit)
        {
            throw new InvalidDataException($"{name}: lies in gold/{expectedSplit} but says split '{gold.Split}'");
        }

        string text = System.Text.Encoding.UTF8.GetString(bytes);
        Validate(name, text, gold);
        return new CommentaryDocument(Path.GetFileNameWithoutExtension(gold.File), text, gold);
    }

    private static void Validate(string name, string text, CommentaryGold gold)
    {
        foreach (GoldEntity e in gold.Entities)
        {
            CheckSpan(name, text, e, "entity");
            Check(EntityLabels.Contains(e.Label), name, $"entity '{e.Text}' at {e.Start} has unknown label '{e.Label}'");
        }

        foreach (GoldQuote q in gold.Quotes)
        {
            CheckSpan(name, text, q, "quote");
            Check(QuoteKinds.Contains(q.Kind), name, $"quote at {q.Start} has unknown kind '{q.Kind}'");
        }

        foreach (GoldClaim c in gold.Claims)
        {
            CheckSpan(name, text, c, "claim");
            Check(c.Types.Count > 0 && c.Types.All(ClaimTypes.Contains), name, $"claim at {c.Start} has bad types [{string.Join(", ", c.Types)}]");
            Check(!string.IsNullOrWhiteSpace(c.Speaker), name, $"claim at {c.Start} has no speaker");
        }

        foreach (GoldStance s in gold.Stances)
        {
            Check(Polarities.Contains(s.Polarity), name, $"stance {s.Holder} -> {s.Target} has polarity '{s.Polarity}'");
            Check(!string.IsNullOrWhiteSpace(s.Holder) && !string.IsNullOrWhiteSpace(s.TargetHead), name, $"stance {s.Holder} -> {s.Target} lacks a holder or target head");
            Check(s.Evidence.Count > 0, name, $"stance {s.Holder} -> {s.Target} has no evidence");
            foreach (GoldSpan span in s.Evidence)
            {
                CheckSpan(name, text, span, "stance evidence");
            }
        }
    }

    private static void CheckSpan(string name, string text, IGoldSpan span, string what)
    {
        bool inside = span.Start >= 0 && span.End <= text.Length && span.Start < span.End;
        Check(inside && text.AsSpan(span.Start, span.End - span.Start).SequenceEqual(span.Text), name,
            $"{what} at {span.Start}..{span.End} does not cover its text '{Shorten(span.Text)}'");
    }

    private static void Check(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{name}: {problem}");
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
