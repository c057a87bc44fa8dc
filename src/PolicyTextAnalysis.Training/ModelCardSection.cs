namespace PolicyTextAnalysis.Training;

/// <summary>
/// Writes a generated section of <c>models/README.md</c> between two marker comments, replacing the previous one or
/// appending it under a heading, so figures in the model card come from the commands that measure them.
/// </summary>
internal static class ModelCardSection
{
    /// <summary>Replaces (or appends) the section between <paramref name="begin"/> and <paramref name="end"/>.</summary>
    public static void Write(string begin, string end, string heading, string content)
    {
        string readme = Path.Combine(RepositoryPaths.Models, "README.md");
        string text = File.Exists(readme) ? File.ReadAllText(readme) : "";
        string section = begin + "\n" + content.TrimEnd('\n') + "\n" + end;
        int at = text.IndexOf(begin, StringComparison.Ordinal);
        int to = text.IndexOf(end, StringComparison.Ordinal);
        text = at >= 0 && to > at
            ? text[..at] + section + text[(to + end.Length)..]
            : text.TrimEnd() + "\n\n## " + heading + "\n\n" + section + "\n";
        File.WriteAllText(readme, text);
    }
}
