using System.Globalization;
using Spectre.Console;

namespace AnalyzeCorpus;

/// <summary>Prints the corpus summary as a few readable tables.</summary>
public static class SummaryReport
{
    /// <summary>Writes the summary to <paramref name="writer"/>.</summary>
    public static void Write(CorpusSummary summary, string resultsPath, int lines, string? database, TextWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ReferenceEquals(writer, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{summary.Documents:N0} documents[/] ({summary.DocumentsThisRun:N0} this run, {summary.DocumentsPerSecond:0.0} docs/s on {Workers(summary)}), {summary.Tokens:N0} tokens, {summary.Skipped.Count} skipped"));
        if (summary.DocumentsBySilo is not null)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"silos: {string.Join(", ", summary.DocumentsBySilo.Select(p => $"{p.Key} {p.Value:N0}"))}; documents sent again after a failure: {summary.RetriedDocuments:N0}")));
        }

        console.MarkupLine($"results: {Markup.Escape(resultsPath)} ({lines:N0} lines)" + (database is null ? "" : $"; database: {Markup.Escape(database)}"));

        var labels = new Table().Border(TableBorder.Simple).AddColumns("Entity type", "Mentions");
        foreach ((string label, int count) in summary.EntitiesByLabel)
        {
            labels.AddRow(Markup.Escape(label), count.ToString("N0", CultureInfo.InvariantCulture));
        }

        var actors = new Table().Border(TableBorder.Simple).AddColumns("Actor", "Type", "Documents", "Mentions");
        foreach (ActorCount actor in summary.TopActors.Take(15))
        {
            actors.AddRow(Markup.Escape(actor.Name), actor.Label, actor.Documents.ToString(CultureInfo.InvariantCulture), actor.Mentions.ToString(CultureInfo.InvariantCulture));
        }

        var edges = new Table().Border(TableBorder.Simple).AddColumns("Holder", "Stance", "Target", "Documents");
        foreach (StanceEdge edge in summary.StanceEdges.Take(15))
        {
            edges.AddRow(Markup.Escape(edge.Holder), edge.Polarity, Markup.Escape(edge.Target), edge.Documents.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(new Columns(labels, actors));
        if (summary.StanceEdges.Count > 0)
        {
            console.Write(edges);
        }

        foreach (SkippedDocument skip in summary.Skipped.Take(20))
        {
            console.MarkupLine($"[yellow]skipped[/] {Markup.Escape(skip.Source)}: {Markup.Escape(skip.Reason)}");
        }

        if (summary.Skipped.Count > 20)
        {
            console.MarkupLine($"[yellow]... and {summary.Skipped.Count - 20} more skipped (see summary.json)[/]");
        }
    }

    private static string Workers(CorpusSummary summary) => summary.DocumentsBySilo is null
        ? string.Create(CultureInfo.InvariantCulture, $"{summary.Threads} threads")
        : string.Create(CultureInfo.InvariantCulture, $"a cluster, {summary.DocumentsBySilo.Count} silos");
}
