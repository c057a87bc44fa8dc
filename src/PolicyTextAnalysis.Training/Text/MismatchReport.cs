namespace PolicyTextAnalysis.Training.Text;

/// <summary>Prints where predicted tokens or sentence ends differ from gold, with the surrounding text.</summary>
internal static class MismatchReport
{
    private const int Context = 40;

    /// <summary>
    /// Writes each region where the two tokenizations disagree: a maximal stretch, starting and ending on a
    /// boundary both share, in which some gold or predicted token differs.
    /// </summary>
    public static void WriteTokenErrors(TextWriter output, string id, string text, IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold)
    {
        int p = 0, g = 0;
        while (p < predicted.Count && g < gold.Count)
        {
            if (predicted[p] == gold[g])
            {
                p++;
                g++;
                continue;
            }

            int pFrom = p, gFrom = g;
            int pEnd = predicted[p].End, gEnd = gold[g].End;
            p++;
            g++;
            while (pEnd != gEnd)
            {
                if (pEnd < gEnd && p < predicted.Count)
                {
                    pEnd = predicted[p++].End;
                }
                else if (g < gold.Count)
                {
                    gEnd = gold[g++].End;
                }
                else
                {
                    break;
                }
            }

            int from = Math.Min(predicted[pFrom].Start, gold[gFrom].Start);
            int to = Math.Max(pEnd, gEnd);
            output.WriteLine($"TOK {id} @{from}: gold [{Join(text, gold, gFrom, g)}] pred [{Join(text, predicted, pFrom, p)}]  ...{Around(text, from, to)}...");
        }
    }

    /// <summary>Writes missed sentence ends (FN) and spurious ones (FP) with the text on both sides.</summary>
    public static void WriteSentenceErrors(TextWriter output, string id, string text, IReadOnlyList<int> predicted, IReadOnlyList<int> gold)
    {
        var goldSet = new HashSet<int>(gold);
        var predictedSet = new HashSet<int>(predicted);
        foreach (int end in gold.Where(e => !predictedSet.Contains(e)))
        {
            output.WriteLine($"SENT-FN {id} @{end}: ...{Around(text, end, end, "‖")}...");
        }

        foreach (int end in predicted.Where(e => !goldSet.Contains(e)))
        {
            output.WriteLine($"SENT-FP {id} @{end}: ...{Around(text, end, end, "‖")}...");
        }
    }

    private static string Join(string text, IReadOnlyList<TextSpan> spans, int from, int to) =>
        string.Join(" | ", Enumerable.Range(from, to - from).Select(i => text[spans[i].Start..spans[i].End]));

    private static string Around(string text, int from, int to, string? marker = null)
    {
        int left = Math.Max(0, from - Context);
        int right = Math.Min(text.Length, to + Context);
        string middle = marker is null ? "«" + text[from..to] + "»" : marker;
        return (text[left..from] + middle + text[to..right]).Replace("\n", "⏎", StringComparison.Ordinal);
    }
}
