using System.Text.Json;

namespace AnalyzeCorpus;

/// <summary>Aggregates result lines into a <see cref="CorpusSummary"/> (streaming: one line at a time).</summary>
public sealed class CorpusSummaryBuilder
{
    private static readonly HashSet<string> ActorLabels = new(StringComparer.Ordinal) { "PERSON", "ORG", "GPE", "NORP" };
    private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string Label), (int Mentions, int Documents)> _actors = [];
    private readonly Dictionary<(string Holder, string Target, string Polarity), (int Count, int Documents)> _edges = [];
    private int _documents;
    private long _tokens;

    /// <summary>Adds one result line.</summary>
    public void Add(string line)
    {
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement root = json.RootElement;
        _documents++;
        _tokens += root.TryGetProperty("tokenCount", out JsonElement tokens) && tokens.ValueKind == JsonValueKind.Number ? tokens.GetInt64() : 0;
        var seenActors = new HashSet<(string, string)>();
        foreach (JsonElement entity in root.GetProperty("entities").EnumerateArray())
        {
            string label = entity.GetProperty("label").GetString() ?? "";
            _labels[label] = _labels.GetValueOrDefault(label) + 1;
            if (ActorLabels.Contains(label))
            {
                var key = (entity.GetProperty("canonical").GetString() ?? "", label);
                (int mentions, int documents) = _actors.GetValueOrDefault(key);
                _actors[key] = (mentions + 1, documents + (seenActors.Add(key) ? 1 : 0));
            }
        }

        var seenEdges = new HashSet<(string, string, string)>();
        foreach (JsonElement stance in root.GetProperty("stances").EnumerateArray())
        {
            var key = (stance.GetProperty("holder").GetString() ?? "", stance.GetProperty("target").GetString() ?? "", stance.GetProperty("polarity").GetString() ?? "");
            (int count, int documents) = _edges.GetValueOrDefault(key);
            _edges[key] = (count + 1, documents + (seenEdges.Add(key) ? 1 : 0));
        }
    }

    /// <summary>Builds the summary.</summary>
    public CorpusSummary Build(int documentsThisRun, int threads, double seconds, IReadOnlyList<SkippedDocument> skipped) => new()
    {
        Documents = _documents,
        DocumentsThisRun = documentsThisRun,
        Tokens = _tokens,
        Threads = threads,
        Seconds = Math.Round(seconds, 3),
        DocumentsPerSecond = seconds > 0 ? Math.Round(documentsThisRun / seconds, 1) : 0,
        EntitiesByLabel = _labels.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
        TopActors = [.. _actors.OrderByDescending(p => p.Value.Documents).ThenByDescending(p => p.Value.Mentions).ThenBy(p => p.Key.Name, StringComparer.Ordinal)
            .Take(25).Select(p => new ActorCount(p.Key.Name, p.Key.Label, p.Value.Mentions, p.Value.Documents))],
        StanceEdges = [.. _edges.OrderByDescending(p => p.Value.Documents).ThenByDescending(p => p.Value.Count).ThenBy(p => p.Key.Holder, StringComparer.Ordinal)
            .Take(50).Select(p => new StanceEdge(p.Key.Holder, p.Key.Target, p.Key.Polarity, p.Value.Count, p.Value.Documents))],
        Skipped = skipped,
    };
}
