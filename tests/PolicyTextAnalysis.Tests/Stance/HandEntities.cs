using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Tests.Stance;

/// <summary>
/// Builds documents whose entity layer is set by hand (standing in for the entity and resolution stages):
/// every whole-word occurrence of each name, longest names first, with the given label and canonical name.
/// </summary>
internal static class HandEntities
{
    /// <summary>Runs the text stage and sets the entity layer from <paramref name="names"/>.</summary>
    public static Document Annotate(string text, params (string Name, string Label, string Canonical)[] names)
    {
        Document document = new TextStage().Process(Document.FromText(text), CancellationToken.None);
        var taken = new bool[text.Length];
        var mentions = new List<EntityMention>();
        foreach ((string name, string label, string canonical) in names.OrderByDescending(n => n.Name.Length))
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                int end = at + name.Length;
                bool boundary = (at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end]));
                if (!boundary || taken.AsSpan(at, name.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(at, name.Length).Fill(true);
                mentions.Add(new EntityMention { Text = name, Label = label, Start = at, End = end, Canonical = canonical });
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return document.WithEntities(mentions, DocumentLayers.Entities | DocumentLayers.Resolution);
    }

    /// <summary>Shorthand for one actor whose canonical name is itself.</summary>
    public static (string, string, string) E(string name, string label) => (name, label, name);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';
}
