using PolicyTextAnalysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AnalyzeArticle;

/// <summary>Writes a readable terminal report of an analysis with Spectre.Console.</summary>
public static class TextReport
{
    private const int MaxTextWidth = 90;

    /// <summary>Writes the report; colours only when <paramref name="interactive"/> and the terminal supports them.</summary>
    public static void Write(AnalysisResult result, string name, TextWriter writer, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = interactive && !Console.IsOutputRedirected ? Math.Min(Console.WindowWidth, 140) : 120;

        int tokens = result.Document?.Tokens.Count ?? 0;
        console.Write(new Rule($"[bold]{Markup.Escape(name)}[/]").LeftJustified());
        console.MarkupLine(
            $"[grey]{result.Sentences.Count} sentences · {tokens} tokens · {result.Entities.Count} entities · "
            + $"{result.Quotes.Count} quotes · {result.Claims.Count} claims · {result.Stances.Count} stances[/]");
        console.WriteLine();

        console.Write(Section("Entities", result.Entities.Count == 0 ? null : EntityTable(result.Entities)));
        console.Write(Section("Quotes", result.Quotes.Count == 0 ? null : QuoteTable(result.Quotes)));
        console.Write(Section("Claims", result.Claims.Count == 0 ? null : ClaimTable(result.Claims)));
        console.Write(Section("Stances", result.Stances.Count == 0 ? null : StanceTable(result.Stances)));
    }

    private static IRenderable Section(string title, IRenderable? body) =>
        new Rows(
            new Markup($"[bold underline]{title}[/]"),
            body ?? new Markup("[grey]  none found[/]"),
            Text.Empty);

    private static Table EntityTable(IReadOnlyList<EntityMention> entities)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Label", "Canonical", "Mentions");
        foreach (var group in entities
            .GroupBy(e => (e.Label, e.Canonical))
            .OrderBy(g => g.Key.Label, StringComparer.Ordinal)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Canonical, StringComparer.Ordinal))
        {
            string mentions = string.Join(", ", group.Select(e => e.Text).Distinct(StringComparer.Ordinal));
            table.AddRow(Markup.Escape(group.Key.Label), Markup.Escape(group.Key.Canonical), Markup.Escape($"{group.Count()}× {Clip(mentions)}"));
        }

        return table;
    }

    private static Table QuoteTable(IReadOnlyList<Quote> quotes)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Speaker", "Kind", "Cue", "Text");
        foreach (Quote q in quotes)
        {
            table.AddRow(
                Markup.Escape(q.Speaker ?? "—"),
                q.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(q.Cue ?? ""),
                Markup.Escape(Clip(q.Text)));
        }

        return table;
    }

    private static Table ClaimTable(IReadOnlyList<Claim> claims)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Check", "Types", "Speaker", "Claim");
        foreach (Claim c in claims.OrderByDescending(c => c.Checkworthiness))
        {
            table.AddRow(
                c.Checkworthiness.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(", ", c.Types.Select(t => t.ToString().ToLowerInvariant())),
                Markup.Escape(c.Speaker ?? "—"),
                Markup.Escape(Clip(c.Text)));
        }

        return table;
    }

    private static Table StanceTable(IReadOnlyList<StanceRelation> stances)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Holder", "", "Target", "Confidence");
        foreach (StanceRelation s in stances.OrderBy(s => s.Holder, StringComparer.Ordinal))
        {
            string arrow = s.Polarity switch
            {
                StancePolarity.Favor => "[green]favours[/]",
                StancePolarity.Against => "[red]opposes[/]",
                _ => "[grey]neutral on[/]",
            };
            table.AddRow(
                Markup.Escape(s.Holder),
                arrow,
                Markup.Escape(Clip(s.Target)),
                s.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Clip(string text)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxTextWidth ? flat : string.Concat(flat.AsSpan(0, MaxTextWidth - 1), "…");
    }
}
