using PolicyTextAnalysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AnalyzeArticle;

/// <summary>Writes a readable terminal report of an analysis with Spectre.Console.</summary>
public static class TextReport
{
    private const int MaxTextWidth = 90;

    // Spectre.Console lays out a whole table in memory before writing it; a table per block of rows keeps the
    // report's memory bounded on a large document (a 30 MB text has hundreds of thousands of rows).
    private const int RowsPerTable = 250;

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

        Section(console, "Entities", EntityRows(result.Entities), "Label", "Canonical", "Mentions");
        Section(console, "Quotes", QuoteRows(result.Quotes), "Speaker", "Kind", "Cue", "Text");
        Section(console, "Claims", ClaimRows(result.Claims), "Check", "Types", "Speaker", "Claim");
        Section(console, "Stances", StanceRows(result.Stances), "Holder", "", "Target", "Confidence");
    }

    private static void Section(IAnsiConsole console, string title, IEnumerable<IRenderable[]> rows, params string[] columns)
    {
        console.Write(new Markup($"[bold underline]{title}[/]"));
        console.WriteLine();
        bool any = false;
        foreach (IRenderable[][] block in rows.Chunk(RowsPerTable))
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns(columns);
            foreach (IRenderable[] row in block)
            {
                table.AddRow(row);
            }

            console.Write(table);
            any = true;
        }

        if (!any)
        {
            console.Write(new Markup("[grey]  none found[/]"));
            console.WriteLine();
        }

        console.WriteLine();
    }

    private static IRenderable[] Row(params string[] markup) => [.. markup.Select(m => (IRenderable)new Markup(m))];

    private static IEnumerable<IRenderable[]> EntityRows(IReadOnlyList<EntityMention> entities)
    {
        foreach (var group in entities
            .GroupBy(e => (e.Label, e.Canonical))
            .OrderBy(g => g.Key.Label, StringComparer.Ordinal)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Canonical, StringComparer.Ordinal))
        {
            string mentions = string.Join(", ", group.Select(e => e.Text).Distinct(StringComparer.Ordinal));
            yield return Row(Markup.Escape(group.Key.Label), Markup.Escape(group.Key.Canonical), Markup.Escape($"{group.Count()}× {Clip(mentions)}"));
        }
    }

    private static IEnumerable<IRenderable[]> QuoteRows(IReadOnlyList<Quote> quotes)
    {
        foreach (Quote q in quotes)
        {
            yield return Row(
                Markup.Escape(q.Speaker ?? "—"),
                q.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(q.Cue ?? ""),
                Markup.Escape(Clip(q.Text)));
        }
    }

    private static IEnumerable<IRenderable[]> ClaimRows(IReadOnlyList<ClaimMention> claims)
    {
        foreach (ClaimMention c in claims.OrderByDescending(c => c.Checkworthiness))
        {
            yield return Row(
                c.Checkworthiness.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(", ", c.Types.Select(t => t.ToString().ToLowerInvariant())),
                Markup.Escape(c.Speaker ?? "—"),
                Markup.Escape(Clip(c.Text)));
        }
    }

    private static IEnumerable<IRenderable[]> StanceRows(IReadOnlyList<StanceRelation> stances)
    {
        foreach (StanceRelation s in stances.OrderBy(s => s.Holder, StringComparer.Ordinal))
        {
            string arrow = s.Polarity switch
            {
                StancePolarity.Favor => "[green]favours[/]",
                StancePolarity.Against => "[red]opposes[/]",
                _ => "[grey]neutral on[/]",
            };
            yield return Row(
                Markup.Escape(s.Holder),
                arrow,
                Markup.Escape(Clip(s.Target)),
                s.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Clip(string text)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxTextWidth ? flat : string.Concat(flat.AsSpan(0, MaxTextWidth - 1), "…");
    }
}
