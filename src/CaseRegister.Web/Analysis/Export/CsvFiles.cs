using System.Text;

namespace CaseRegister.Web.Analysis.Export;

// Comma and decimal point (R, Python, international Excel), or semicolon and decimal comma, which
// is what Excel with Dutch regional settings expects when it opens a .csv by double-click.
public sealed record CsvDialect(char Separator, bool DecimalComma)
{
    public static CsvDialect Standard { get; } = new(',', false);

    public static CsvDialect DutchExcel { get; } = new(';', true);
}

// RFC 4180 CSV, UTF-8 with a byte-order mark: without the mark Excel reads UTF-8 as the Windows
// code page and garbles ë, é and −; R (fileEncoding = "UTF-8-BOM") and pandas ("utf-8-sig") skip it.
public static class CsvFiles
{
    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static string Table(ReportTable table, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(dialect);
        var text = new StringBuilder();
        Line(text, table.Header, dialect);
        foreach (var row in table.Rows) Line(text, row.Cells.Select(c => Text(c, dialect)), dialect);
        return text.ToString();
    }

    public static void Line(StringBuilder text, IEnumerable<string> fields, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dialect);
        var first = true;
        foreach (var field in fields)
        {
            if (!first) text.Append(dialect.Separator);
            first = false;
            text.Append(Field(field, dialect.Separator));
        }
        text.Append("\r\n");
    }

    public static string Field(string value, char separator)
    {
        var safe = SpreadsheetSafety.Neutralise(value);
        var quote = safe.Contains(separator, StringComparison.Ordinal) || safe.Contains('"', StringComparison.Ordinal)
            || safe.Contains('\n', StringComparison.Ordinal) || safe.Contains('\r', StringComparison.Ordinal);
        return quote ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public static byte[] Bytes(string text) => [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text)];

    private static string Text(ReportCell cell, CsvDialect dialect) =>
        dialect.DecimalComma && cell.Kind is CellKind.Number or CellKind.Percentage ? cell.Text.Replace('.', ',') : cell.Text;
}
