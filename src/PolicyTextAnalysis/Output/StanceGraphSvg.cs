using System.Globalization;
using System.Net;
using System.Text;

namespace PolicyTextAnalysis.Output;

/// <summary>
/// Draws stance relations as an SVG network: holders and targets as nodes on a circle, green edges for favour,
/// red dashed edges for against (colour is never the only cue), evidence and confidence in each edge's tooltip.
/// </summary>
internal static class StanceGraphSvg
{
    private const int Size = 640;
    private const int Radius = 230;
    private const int MaxNodes = 40;
    private const int LabelRoom = 210;

    public static void Append(StringBuilder html, IReadOnlyList<StanceRelation> stances)
    {
        var edges = stances
            .Where(s => s.Polarity != StancePolarity.Neutral)
            .GroupBy(s => (s.Holder, s.Target, s.Polarity))
            .Select(g => (g.Key.Holder, g.Key.Target, g.Key.Polarity, Weight: g.Sum(s => s.Confidence), Count: g.Count(), Evidence: g.SelectMany(s => s.Evidence).Count()))
            .OrderByDescending(e => e.Weight)
            .ToList();
        var nodes = edges.SelectMany(e => new[] { e.Holder, e.Target })
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxNodes)
            .Select(g => g.Key)
            .ToList();
        if (nodes.Count == 0)
        {
            html.Append("<p class=\"none\">No favour or against relations found.</p>\n");
            return;
        }

        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            double angle = 2 * Math.PI * i / nodes.Count - Math.PI / 2;
            position[nodes[i]] = (Size / 2 + Radius * Math.Cos(angle), Size / 2 + Radius * Math.Sin(angle));
        }

        // Room beside the circle for labels of up to 28 characters on either side.
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"stance-graph\" role=\"img\" aria-label=\"Stance graph: {nodes.Count} actors\" viewBox=\"{-LabelRoom} -10 {Size + 2 * LabelRoom} {Size + 20}\" width=\"100%\" style=\"max-width:{Size + 2 * LabelRoom}px\">");
        html.Append("<defs><marker id=\"arrow-favor\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#1b7837\"/></marker>");
        html.Append("<marker id=\"arrow-against\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#b2182b\"/></marker></defs>\n");
        foreach (var e in edges)
        {
            if (!position.TryGetValue(e.Holder, out var from) || !position.TryGetValue(e.Target, out var to) || e.Holder == e.Target)
            {
                continue;
            }

            // Stop the line short of the target circle so the arrow head stays visible.
            double dx = to.X - from.X, dy = to.Y - from.Y, length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            double x2 = to.X - dx / length * 16, y2 = to.Y - dy / length * 16;
            string kind = e.Polarity == StancePolarity.Favor ? "favor" : "against";
            double width = 1.5 + Math.Min(4, e.Weight);
            string tip = string.Create(CultureInfo.InvariantCulture, $"{e.Holder} {(e.Polarity == StancePolarity.Favor ? "favours" : "opposes")} {e.Target} (weight {e.Weight:0.00}, {e.Count} relation(s), {e.Evidence} evidence span(s))");
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"edge edge-{kind}\"><title>{WebUtility.HtmlEncode(tip)}</title>");
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{from.X:0.#}\" y1=\"{from.Y:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke-width=\"{width:0.#}\" marker-end=\"url(#arrow-{kind})\"/></g>\n");
        }

        for (int i = 0; i < nodes.Count; i++)
        {
            string node = nodes[i];
            (double x, double y) = position[node];
            // Labels sit outside the circle along the radius: left of nodes on the left, right on the right,
            // centred above the top node and below the bottom one, so neighbours do not overlap.
            double angle = 2 * Math.PI * i / nodes.Count - Math.PI / 2;
            double cos = Math.Cos(angle), sin = Math.Sin(angle);
            string anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
            double lx = x + cos * 18, ly = y + sin * 18 + 4 + (anchor == "middle" ? sin * 8 : 0);
            string label = node.Length > 28 ? string.Concat(node.AsSpan(0, 27), "…") : node;
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"node\"><title>{WebUtility.HtmlEncode(node)}</title><circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"10\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx:0.#}\" y=\"{ly:0.#}\" text-anchor=\"{anchor}\">{WebUtility.HtmlEncode(label)}</text></g>\n");
        }

        html.Append("</svg>\n<p class=\"graph-legend\"><span class=\"key key-favor\">── favours</span> <span class=\"key key-against\">- - opposes</span> (line width: summed confidence; hover for evidence)</p>\n");
    }
}
