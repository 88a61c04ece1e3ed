using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseRegister.Web.Analysis.Catalogue;

namespace CaseRegister.Web.Analysis.Export;

// The printable report for the leersessie: one self-contained HTML file with the tables, bar
// charts drawn as SVG on the server (presentation attributes only), the methods note and the
// definitions. No script, no external font, image or style sheet, no style attributes: the file
// carries its own Content-Security-Policy, which allows exactly its one style block (by hash) and
// nothing else, so it stays inert wherever it is opened.
public static class HtmlReport
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.45;max-width:62rem;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:2px solid #1f4e79;padding-bottom:.2rem}h3{font-size:1.1rem;margin-top:1.6rem}
        .subtitle{margin-top:0;color:#444}.demo{border:3px solid #a4000f;padding:.6rem .8rem;font-weight:bold;color:#a4000f}
        dl.facts{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
        table{border-collapse:collapse;margin:.4rem 0 .8rem;font-size:.9rem}
        th,td{border:1px solid #8a8a8a;padding:.2rem .45rem;vertical-align:top}thead th{background:#e8eef5;text-align:left}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tr.total th,tr.total td{font-weight:bold;background:#f3f3f3}
        .note{color:#333;font-size:.9rem;margin:.2rem 0}figure{margin:.6rem 0 1rem}figcaption{font-size:.85rem;color:#333}
        nav.toc ol{padding-left:1.4rem}.methods li{margin-bottom:.35rem}
        @page{size:A4;margin:15mm}
        @media print{body{margin:0;max-width:none;font-size:10pt}nav.toc{display:none}section.table{break-inside:avoid-page}h2,h3{break-after:avoid-page}thead th,tr.total th,tr.total td{background:none}a{color:inherit;text-decoration:none}}
        """;

    public static string StyleHash { get; } = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)));

    public static string Write(AnalysisReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var t = report.Translate;
        var decimalComma = culture.NumberFormat.NumberDecimalSeparator == ",";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(culture.TwoLetterISOLanguageName).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-").Append(StyleHash).Append("'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(report.Title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<header>\n");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>\n<p class=\"subtitle\">").Append(E(report.Subtitle)).Append("</p>\n");
        if (report.DemoWarning is not null) html.Append("<p class=\"demo\" role=\"note\">").Append(E(report.DemoWarning)).Append("</p>\n");
        html.Append("<dl class=\"facts\">\n");
        foreach (var fact in report.Facts) html.Append("<dt>").Append(E(fact.Label)).Append("</dt><dd>").Append(E(fact.Value)).Append("</dd>\n");
        html.Append("</dl>\n</header>\n");

        html.Append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">").Append(E(t(PackTexts.Contents))).Append("</h2>\n<ol>\n");
        foreach (var family in report.Tables.GroupBy(x => x.Family))
        {
            html.Append("<li><a href=\"#family-").Append(family.Key).Append("\">").Append(E(report.FamilyTitles[family.Key - 1])).Append("</a></li>\n");
        }
        html.Append("<li><a href=\"#methods\">").Append(E(report.MethodsTitle)).Append("</a></li>\n</ol>\n</nav>\n<main>\n");
        if (report.Tables.Count == 0) html.Append("<p>").Append(E(t(PackTexts.NoTables))).Append("</p>\n");

        foreach (var family in report.Tables.GroupBy(x => x.Family))
        {
            html.Append("<h2 id=\"family-").Append(family.Key).Append("\">").Append(family.Key).Append(". ").Append(E(report.FamilyTitles[family.Key - 1])).Append("</h2>\n");
            foreach (var table in family) Table(html, table, decimalComma, t);
        }

        html.Append("<h2 id=\"methods\">").Append(E(report.MethodsTitle)).Append("</h2>\n<ol class=\"methods\">\n");
        foreach (var line in report.MethodsNote) html.Append("<li>").Append(E(line)).Append("</li>\n");
        html.Append("</ol>\n<h3>").Append(E(report.DefinitionsTitle)).Append("</h3>\n<ul class=\"methods\">\n");
        foreach (var line in report.Definitions) html.Append("<li>").Append(E(line)).Append("</li>\n");
        html.Append("</ul>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, ReportTable table, bool decimalComma, Func<string, string> t)
    {
        var id = "table-" + table.Id;
        html.Append("<section class=\"table\" aria-labelledby=\"").Append(id).Append("\">\n<h3 id=\"").Append(id).Append("\">").Append(E(table.Title)).Append("</h3>\n");
        if (table.Note is not null) html.Append("<p class=\"note\">").Append(E(table.Note)).Append("</p>\n");
        html.Append("<table aria-labelledby=\"").Append(id).Append("\">\n<thead><tr>");
        foreach (var heading in table.Header) html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (c < table.LabelColumns)
                {
                    // The last label column names the row; earlier ones (the wave) group rows.
                    var tag = c == table.LabelColumns - 1 ? "th scope=\"row\"" : "td";
                    html.Append('<').Append(tag).Append('>').Append(E(cell.Text)).Append("</").Append(tag.Split(' ')[0]).Append('>');
                }
                else
                {
                    html.Append("<td class=\"num\">").Append(E(Number(cell, decimalComma))).Append("</td>");
                }
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (table.Chart is { } chart) Chart(html, table.Id, chart, decimalComma, t);
        html.Append("</section>\n");
    }

    // Horizontal bars: label on the left, bar, value on the right. Withheld figures get no bar,
    // only their mark (x), so the chart never shows more than the table.
    private static void Chart(StringBuilder html, string tableId, ReportChart chart, bool decimalComma, Func<string, string> t)
    {
        const int labelWidth = 250, barArea = 330, barHeight = 20, gap = 8, top = 8;
        var height = top * 2 + chart.Bars.Count * (barHeight + gap);
        var width = labelWidth + barArea + 70;
        var titleId = $"chart-{tableId}";
        html.Append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" aria-labelledby=\"").Append(titleId).Append("\">\n");
        html.Append("<title id=\"").Append(titleId).Append("\">").Append(E($"{t(PackTexts.Chart)}: {chart.Title} ({chart.Unit})")).Append("</title>\n");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = top + i * (barHeight + gap);
            var textY = y + barHeight - 5;
            html.Append("<text x=\"0\" y=\"").Append(textY).Append("\" font-size=\"13\" fill=\"#1a1a1a\">").Append(E(Shorten(bar.Label, 36))).Append("</text>");
            var length = 0;
            if (bar.Value is { } value && chart.AxisMaximum > 0)
            {
                length = (int)Math.Round(Math.Clamp(value / chart.AxisMaximum, 0, 1) * barArea);
                html.Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(length)
                    .Append("\" height=\"").Append(barHeight).Append("\" fill=\"#1f4e79\"/>");
            }
            html.Append("<text x=\"").Append(labelWidth + length + 6).Append("\" y=\"").Append(textY).Append("\" font-size=\"13\" fill=\"#1a1a1a\">")
                .Append(E(decimalComma ? bar.Display.Replace('.', ',') : bar.Display)).Append("</text>\n");
        }
        html.Append("</svg>\n<figcaption>").Append(E(t(PackTexts.ChartNote))).Append("</figcaption>\n</figure>\n");
    }

    private static string Number(ReportCell cell, bool decimalComma) =>
        decimalComma && cell.Kind is CellKind.Number or CellKind.Percentage ? cell.Text.Replace('.', ',') : cell.Text;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string E(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return encoded.ToString();
    }
}
