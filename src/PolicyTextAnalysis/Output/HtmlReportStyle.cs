namespace PolicyTextAnalysis.Output;

/// <summary>The report's inline stylesheet and script (no external assets, so the page works offline and prints cleanly).</summary>
internal static class HtmlReportStyle
{
    /// <summary>
    /// Colours: light fills with dark text (contrast above 7:1) and a coloured underline per type, so types stay
    /// distinguishable without relying on hue alone.
    /// </summary>
    public const string Css = """
        :root { --fg:#1a1a1a; --muted:#555; --bg:#fff; --rule:#ddd; }
        * { box-sizing: border-box; }
        body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
        .summary, footer, .none, .graph-legend { color: var(--muted); }
        .doc { white-space: pre-wrap; font-size: 1.02rem; max-width: 80ch; } .gap { display: block; height: .5em; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
        mark.ent, span.ent { color: var(--fg); padding: 0 .15em; border-radius: 3px; border-bottom: 3px solid; cursor: help; }
        .ent-person { background:#e3ecfb; border-color:#2c5aa0; } .ent-org { background:#fbe9d7; border-color:#b35806; }
        .ent-gpe { background:#e2f3e4; border-color:#1b7837; } .ent-loc { background:#eef5d8; border-color:#5a7d1a; }
        .ent-norp { background:#f3e5f5; border-color:#762a83; } .ent-fac { background:#e0f2f1; border-color:#00695c; }
        .ent-date, .ent-time { background:#f1f1f1; border-color:#616161; } .ent-percent, .ent-money, .ent-quantity, .ent-cardinal, .ent-ordinal { background:#fff4c2; border-color:#8a6d00; }
        .ent-event, .ent-law, .ent-product, .ent-work-of-art, .ent-language { background:#fde4ec; border-color:#a3224f; }
        mark.linked { outline: 2px solid #000; }
        .quote { background: #f7f7f7; border-left: 3px solid #888; padding-left: .15em; }
        .quote-direct, .quote-mixed { border-left-color: #2c5aa0; } .quote-scare { border-left-style: dotted; font-style: italic; }
        table { border-collapse: collapse; width: 100%; font-size: .93rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
        th { cursor: pointer; user-select: none; background: #fafafa; position: sticky; top: 0; }
        th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
        meter { width: 4rem; vertical-align: middle; }
        #stance-graph .edge-favor line { stroke: #1b7837; } #stance-graph .edge-against line { stroke: #b2182b; stroke-dasharray: 7 4; }
        #stance-graph .node circle { fill: #fff; stroke: #333; stroke-width: 2; } #stance-graph text { font-size: 13px; fill: #1a1a1a; }
        .key-favor { color: #1b7837; } .key-against { color: #b2182b; }
        @media print { body { max-width: none; padding: 0; } th { position: static; } mark.ent { border-bottom-width: 2px; } footer { display: none; } section { break-inside: avoid-page; } }
        """;

    /// <summary>Column sorting for tables and cluster highlighting for linked mentions.</summary>
    public const string Script = """
        (function () {
          document.querySelectorAll('table.sortable th').forEach(function (th) {
            var index = th.cellIndex;
            th.tabIndex = 0;
            function sort() {
              var table = th.closest('table'), body = table.tBodies[0];
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = th.dataset.type === 'number';
              Array.from(body.rows).sort(function (a, b) {
                var x = a.cells[index], y = b.cells[index];
                var u = numeric ? parseFloat(x.dataset.value) : x.textContent, v = numeric ? parseFloat(y.dataset.value) : y.textContent;
                var c = numeric ? u - v : u.localeCompare(v);
                return ascending ? c : -c;
              }).forEach(function (row) { body.appendChild(row); });
            }
            th.addEventListener('click', sort);
            th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
          });
          document.querySelectorAll('mark[data-cluster]').forEach(function (mark) {
            var id = mark.dataset.cluster;
            function set(on) { document.querySelectorAll('mark[data-cluster="' + CSS.escape(id) + '"]').forEach(function (m) { m.classList.toggle('linked', on); }); }
            mark.addEventListener('mouseenter', function () { set(true); });
            mark.addEventListener('mouseleave', function () { set(false); });
          });
        })();
        """;
}
