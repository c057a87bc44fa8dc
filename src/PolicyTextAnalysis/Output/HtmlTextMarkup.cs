using System.Net;
using System.Text;

namespace PolicyTextAnalysis.Output;

/// <summary>Writes the analysed text as HTML with quote spans and entity marks nested inside them.</summary>
internal static class HtmlTextMarkup
{
    /// <summary>The CSS class of an entity label (<c>PERSON</c> -> <c>ent-person</c>).</summary>
    public static string LabelClass(string label)
    {
        var name = new StringBuilder("ent-", label.Length + 4);
        foreach (char c in label)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return name.ToString();
    }

    /// <summary>Appends the marked-up text. Spans that cross each other are dropped (never mis-nested HTML).</summary>
    /// <exception cref="ArgumentException">An entity or quote lies outside the text.</exception>
    public static void Append(StringBuilder html, string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<Quote> quotes)
    {
        List<Quote> outer = NonOverlapping(quotes, q => (q.Start, q.End), text.Length, "quote");
        List<EntityMention> inner = NonOverlapping(entities, e => (e.Start, e.End), text.Length, "entity");
        int position = 0;
        int quoteIndex = 0;
        int entityIndex = 0;
        Quote? openQuote = null;
        while (position < text.Length || openQuote is not null)
        {
            if (openQuote is not null && position >= openQuote.End)
            {
                html.Append("</span>");
                openQuote = null;
                continue;
            }

            if (openQuote is null && quoteIndex < outer.Count && outer[quoteIndex].Start == position)
            {
                openQuote = outer[quoteIndex++];
                string speaker = openQuote.Speaker ?? (openQuote.Kind == QuoteKind.Scare ? "scare quote: no speaker" : "speaker unknown");
                html.Append("<span class=\"quote quote-").Append(openQuote.Kind.ToString().ToLowerInvariant())
                    .Append("\" title=\"").Append(WebUtility.HtmlEncode(speaker)).Append("\">");
                continue;
            }

            // Skip entities that would straddle a quote boundary.
            while (entityIndex < inner.Count && inner[entityIndex].Start < position)
            {
                entityIndex++;
            }

            if (entityIndex < inner.Count && inner[entityIndex].Start == position && Fits(inner[entityIndex], openQuote, outer, quoteIndex))
            {
                EntityMention e = inner[entityIndex++];
                html.Append("<mark class=\"ent ").Append(LabelClass(e.Label)).Append('"');
                if (e.ClusterId is not null)
                {
                    html.Append(" data-cluster=\"").Append(WebUtility.HtmlEncode(e.ClusterId)).Append('"');
                }

                html.Append(" title=\"").Append(WebUtility.HtmlEncode($"{e.Label} · {e.Canonical}")).Append("\">")
                    .Append(WebUtility.HtmlEncode(text[e.Start..e.End])).Append("</mark>");
                position = e.End;
                continue;
            }

            int next = text.Length;
            if (openQuote is not null)
            {
                next = Math.Min(next, openQuote.End);
            }
            else if (quoteIndex < outer.Count)
            {
                next = Math.Min(next, outer[quoteIndex].Start);
            }

            if (entityIndex < inner.Count)
            {
                next = Math.Min(next, inner[entityIndex].Start);
            }

            if (next <= position)
            {
                next = position + 1; // an entity that did not fit: emit one character and move on
            }

            AppendPlain(html, text.AsSpan(position, next - position));
            position = next;
        }
    }

    /// <summary>Encodes plain text; each line break gets a small gap so paragraphs stand apart in the pre-wrapped text.</summary>
    private static void AppendPlain(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            int newline = text.IndexOf('\n');
            ReadOnlySpan<char> line = newline < 0 ? text : text[..(newline + 1)];
            html.Append(WebUtility.HtmlEncode(line.ToString()));
            if (newline >= 0)
            {
                html.Append("<span class=\"gap\"></span>");
            }

            text = text[line.Length..];
        }
    }

    private static bool Fits(EntityMention e, Quote? open, List<Quote> outer, int nextQuote)
    {
        if (open is not null)
        {
            return e.End <= open.End;
        }

        return nextQuote >= outer.Count || e.End <= outer[nextQuote].Start;
    }

    private static List<T> NonOverlapping<T>(IReadOnlyList<T> items, Func<T, (int Start, int End)> span, int length, string what)
    {
        var sorted = items.OrderBy(i => span(i).Start).ThenByDescending(i => span(i).End).ToList();
        var kept = new List<T>(sorted.Count);
        int end = 0;
        foreach (T item in sorted)
        {
            (int s, int e) = span(item);
            if (s < 0 || e > length || e < s)
            {
                throw new ArgumentException($"An {what} span [{s}, {e}) lies outside the text of length {length}: was the result made from another text?");
            }

            if (s >= end && e > s)
            {
                kept.Add(item);
                end = e;
            }
        }

        return kept;
    }
}
