using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Resolution;

/// <summary>Builds tokenized and parsed documents whose entities are set by hand, for testing the stages after the recogniser.</summary>
internal static class EntityDocuments
{
    /// <summary>
    /// <paramref name="text"/> with every whole-word occurrence of each surface form tagged with its label; longer
    /// forms win where occurrences overlap.
    /// </summary>
    public static Document With(string text, params (string Surface, string Label)[] entities)
    {
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        document = new PolicyTextAnalysis.Syntax.SyntaxStage().Process(document, CancellationToken.None);
        var found = new List<EntityMention>();
        foreach ((string surface, string label) in entities.OrderByDescending(e => e.Surface.Length))
        {
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                int end = at + surface.Length;
                bool wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (wholeWord && !found.Exists(m => m.Start < end && at < m.End))
                {
                    found.Add(new EntityMention { Text = surface, Label = label, Start = at, End = end, Canonical = surface });
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return document.WithEntities(found);
    }

    /// <summary>The mention <paramref name="name"/> labelled <paramref name="label"/> after <paramref name="typer"/> ran on it
    /// with the default knowledge base, <paramref name="others"/> before it in the list.</summary>
    public static EntityMention Typed(Action<List<EntityMention>, PolicyTextAnalysis.Resolution.KnowledgeBase> typer, string name, string label,
        params EntityMention[] others)
    {
        var names = new List<EntityMention>(others) { new() { Text = name, Label = label, Start = 0, End = name.Length, Canonical = name } };
        typer(names, PolicyTextAnalysis.Resolution.KnowledgeBase.Default);
        return names[^1];
    }

    /// <summary>Runs resolution on a document built by <see cref="With"/>.</summary>
    public static Document Resolved(string text, params (string Surface, string Label)[] entities) =>
        new PolicyTextAnalysis.Resolution.ResolutionStage().Process(With(text, entities), CancellationToken.None);

    /// <summary>The cluster id of the first mention whose text is <paramref name="surface"/>.</summary>
    public static string? ClusterOf(Document document, string surface) =>
        document.Entities.First(e => e.Text == surface).ClusterId;

    /// <summary>The canonical name of the first mention whose text is <paramref name="surface"/>.</summary>
    public static string CanonicalOf(Document document, string surface) =>
        document.Entities.First(e => e.Text == surface).Canonical;
}
