using System.Globalization;
using System.Net;
using System.Text;

namespace PolicyTextAnalysis.Output;

/// <summary>
/// Renders an <see cref="AnalysisResult"/> as one self-contained HTML page: the text with entities highlighted
/// by type and linked mentions, quotes with their speakers, a sortable claims table and the stance graph as SVG.
/// </summary>
/// <remarks>
/// No network and no external assets: styles and the small sorting/highlighting script are inline. Everything
/// taken from the input is HTML-encoded, so a text containing <c>&lt;script&gt;</c> renders as text.
/// Thread-safe (stateless).
/// </remarks>
public static class HtmlReport
{
    /// <summary>Writes the report of <paramref name="result"/> for <paramref name="text"/> (the analysed text).</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="text">The analysed text; offsets in <paramref name="result"/> index into it.</param>
    /// <param name="title">A title for the page, such as the file name.</param>
    /// <exception cref="ArgumentException">An offset in the result lies outside the text.</exception>
    public static string Render(AnalysisResult result, string text, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder(text.Length * 3 + 16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<title>").Append(Encode(title)).Append(" — PolicyTextAnalysis</title>\n<style>").Append(HtmlReportStyle.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(Encode(title)).Append("</h1><p class=\"summary\">");
        html.Append(CultureInfo.InvariantCulture, $"{result.Sentences.Count} sentences · {result.Entities.Count} entities · ");
        html.Append(CultureInfo.InvariantCulture, $"{result.Quotes.Count} quotes · {result.Claims.Count} claims · {result.Stances.Count} stances");
        html.Append("</p></header>\n<main>\n");

        AppendLegend(html, result.Entities);
        html.Append("<section id=\"text\" aria-labelledby=\"text-h\"><h2 id=\"text-h\">Text</h2>\n<div class=\"doc\">");
        HtmlTextMarkup.Append(html, text, result.Entities, result.Quotes);
        html.Append("</div></section>\n");

        AppendSpeakers(html, result.Turns);
        AppendQuotes(html, result.Quotes);
        AppendClaims(html, result.Claims);
        html.Append("<section id=\"stance\" aria-labelledby=\"stance-h\"><h2 id=\"stance-h\">Stance graph</h2>\n");
        StanceGraphSvg.Append(html, result.Stances);
        html.Append("</section>\n</main>\n<footer>Generated offline by PolicyTextAnalysis. Hover a highlighted name to see its other mentions; click a column heading to sort.</footer>\n");
        html.Append("<script>").Append(HtmlReportStyle.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>HTML-encodes text for element content and quoted attribute values.</summary>
    internal static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>A transcript's speakers: who holds the floor, in how many turns, and in what part (nothing for other texts).</summary>
    private static void AppendSpeakers(StringBuilder html, IReadOnlyList<Turn> turns)
    {
        if (turns.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"speakers\" aria-labelledby=\"speakers-h\"><h2 id=\"speakers-h\">Speakers</h2>\n");
        html.Append("<table><thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Part</th><th scope=\"col\">Turns</th></tr></thead><tbody>\n");
        foreach (var speaker in turns.GroupBy(t => (t.Speaker ?? "questions from the floor", t.Role)).OrderBy(g => g.Key.Role).ThenByDescending(g => g.Count()))
        {
            string part = speaker.Key.Role switch
            {
                TurnRole.Voice => "the text's voice",
                TurnRole.Participant => "participant",
                _ => "question",
            };
            html.Append("<tr><td>").Append(Encode(speaker.Key.Item1)).Append("</td><td>").Append(part).Append("</td><td>")
                .Append(speaker.Count().ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void AppendLegend(StringBuilder html, IReadOnlyList<EntityMention> entities)
    {
        html.Append("<section id=\"legend\" aria-label=\"Entity types\"><ul class=\"legend\">");
        foreach (var group in entities.GroupBy(e => e.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<li><span class=\"ent ").Append(HtmlTextMarkup.LabelClass(group.Key)).Append("\">")
                .Append(Encode(group.Key)).Append("</span> ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</li>");
        }

        html.Append("</ul></section>\n");
    }

    private static void AppendQuotes(StringBuilder html, IReadOnlyList<Quote> quotes)
    {
        html.Append("<section id=\"quotes\" aria-labelledby=\"quotes-h\"><h2 id=\"quotes-h\">Quotes</h2>\n");
        if (quotes.Count == 0)
        {
            html.Append("<p class=\"none\">No quotes found.</p></section>\n");
            return;
        }

        html.Append("<table class=\"sortable\" id=\"quotes-table\"><thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Kind</th><th scope=\"col\">Cue</th><th scope=\"col\">Quote</th></tr></thead><tbody>\n");
        foreach (Quote q in quotes)
        {
            html.Append("<tr><td>").Append(Encode(q.Speaker ?? "—")).Append("</td><td>").Append(Encode(KindName(q.Kind)))
                .Append("</td><td>").Append(Encode(q.Cue ?? "")).Append("</td><td>").Append(Encode(q.Text)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void AppendClaims(StringBuilder html, IReadOnlyList<ClaimMention> claims)
    {
        html.Append("<section id=\"claims\" aria-labelledby=\"claims-h\"><h2 id=\"claims-h\">Claims</h2>\n");
        if (claims.Count == 0)
        {
            html.Append("<p class=\"none\">No claims found.</p></section>\n");
            return;
        }

        html.Append("<table class=\"sortable\" id=\"claims-table\"><thead><tr><th scope=\"col\" data-type=\"number\">Check-worthiness</th>")
            .Append("<th scope=\"col\">Types</th><th scope=\"col\">Speaker</th><th scope=\"col\">Quantities</th><th scope=\"col\">Claim</th></tr></thead><tbody>\n");
        foreach (ClaimMention c in claims)
        {
            string worth = c.Checkworthiness.ToString("0.00", CultureInfo.InvariantCulture);
            html.Append("<tr><td data-value=\"").Append(worth).Append("\"><meter min=\"0\" max=\"1\" value=\"").Append(worth).Append("\"></meter> ")
                .Append(worth).Append("</td><td>").Append(Encode(string.Join(", ", c.Types.Select(TypeName))))
                .Append("</td><td>").Append(Encode(c.Speaker ?? "—")).Append("</td><td>")
                .Append(Encode(string.Join("; ", c.Quantities.Select(q => q.Text)))).Append("</td><td>").Append(Encode(c.Text)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    private static string TypeName(ClaimType type) => type.ToString().ToLowerInvariant();
}
