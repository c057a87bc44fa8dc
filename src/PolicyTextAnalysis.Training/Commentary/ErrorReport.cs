namespace PolicyTextAnalysis.Training.Commentary;

/// <summary>Collects the misses and false hits of one text as lines <c>NAME aspect what "text in context"</c>.</summary>
internal sealed class ErrorReport(CommentaryDocument document, IList<string>? lines)
{
    /// <summary>Adds one line when collecting.</summary>
    public void Add(string aspect, string what, int start, int end, string? label = null)
    {
        if (lines is null)
        {
            return;
        }

        string text = document.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        string span = Flatten(text[start..end]);
        if (span.Length > 160)
        {
            span = span[..157] + "...";
        }

        lines.Add($"{document.Name}\t{aspect}\t{what}{(label is null ? "" : " " + label)}\t{start}\t\"{span}\"");
    }

    /// <summary>
    /// Adds a line for every system span and every gold span left out of <paramref name="pairs"/>; <paramref name="systemNote"/>
    /// describes a system span (its rule, cue, speaker) on its line.
    /// </summary>
    public void Unmatched(string aspect, IReadOnlyList<(int System, int Gold)> pairs,
        IReadOnlyList<(int Start, int End)> system, IReadOnlyList<(int Start, int End)> gold, Func<int, string>? systemNote = null)
    {
        if (lines is null)
        {
            return;
        }

        var matchedSystem = pairs.Select(p => p.System).ToHashSet();
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        for (int s = 0; s < system.Count; s++)
        {
            if (!matchedSystem.Contains(s))
            {
                Add(aspect, systemNote is null ? "false" : $"false ({systemNote(s)})", system[s].Start, system[s].End);
            }
        }

        for (int g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
            {
                Add(aspect, "missed", gold[g].Start, gold[g].End);
            }
        }
    }

    private static string Flatten(string s) => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
