using System.Globalization;
using CaseRegister.Web.Analysis.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseRegister.Web.Analysis.Export;

// The pack as one workbook: a contents sheet, the methods note, then one sheet per table with a
// bold header row and fitted column widths. Written with the Open XML SDK directly (no spreadsheet
// library is restorable here); text as inline strings, counts and statistics as numbers so that
// Excel can compute with them, withheld figures as text (x).
public static class XlsxFile
{
    private const uint BoldStyle = 1;
    private const uint PercentStyle = 2;
    private const uint WrapStyle = 3;
    private const uint WholeStyle = 4;
    private const uint OneDecimalStyle = 5;
    private const uint TwoDecimalsStyle = 6;

    public static byte[] Write(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            var contents = new List<IReadOnlyList<XCell?>> { new[] { XCell.Header(report.Translate(PackTexts.SheetColumn)), XCell.Header(report.Translate(PackTexts.TitleColumn)), XCell.Header(report.Translate(PackTexts.NoteColumn)) } };
            contents.AddRange(report.Tables.Select(table => (IReadOnlyList<XCell?>)[XCell.Text(SheetName(table.Id)), XCell.Text(table.Title), XCell.Text(table.Note ?? "")]));
            AddSheet(workbookPart, sheets, report.Translate(PackTexts.Contents), contents);

            var methods = new List<IReadOnlyList<XCell?>> { new[] { XCell.Header(report.Title) } };
            methods.AddRange(report.Facts.Select(f => (IReadOnlyList<XCell?>)[XCell.Text($"{f.Label}: {f.Value}")]));
            if (report.DemoWarning is not null) methods.Add([XCell.Header(report.DemoWarning)]);
            methods.Add([XCell.Header(report.MethodsTitle)]);
            methods.AddRange(report.MethodsNote.Select(line => (IReadOnlyList<XCell?>)[XCell.Wrapped(line)]));
            methods.Add([XCell.Header(report.DefinitionsTitle)]);
            methods.AddRange(report.Definitions.Select(line => (IReadOnlyList<XCell?>)[XCell.Wrapped(line)]));
            AddSheet(workbookPart, sheets, report.Translate(PackTexts.MethodsNote), methods, fixedWidth: 120);

            foreach (var table in report.Tables)
            {
                var rows = new List<IReadOnlyList<XCell?>> { table.Header.Select(XCell.Header).ToList() };
                rows.AddRange(table.Rows.Select(row => (IReadOnlyList<XCell?>)row.Cells.Select(FromReport).ToList()));
                AddSheet(workbookPart, sheets, SheetName(table.Id), rows);
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    // Excel allows 31 characters and none of []:*?/\ in a sheet name; table ids are short ASCII.
    public static string SheetName(string tableId) => tableId.Length <= 31 ? tableId : tableId[..31];

    private static XCell? FromReport(ReportCell cell) => cell.Kind switch
    {
        CellKind.Count when double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var count) => XCell.Number(count, 0),
        // A statistic keeps the decimals it was published with (1.40 stays 1.40, not 1.4).
        CellKind.Number when double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
            XCell.Number(number, cell.Text.Contains('.', StringComparison.Ordinal) ? cell.Text.Length - cell.Text.IndexOf('.', StringComparison.Ordinal) - 1 : 0),
        CellKind.Empty => null,
        CellKind.Percentage when double.TryParse(cell.Text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) => XCell.Percent(percent / 100),
        _ => XCell.Text(cell.Text),
    };

    // A null cell is left out of the sheet (an empty percentage next to a withheld count).
    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, IReadOnlyList<IReadOnlyList<XCell?>> rows, double? fixedWidth = null)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var columnCount = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var columns = new Columns();
        for (var c = 0; c < columnCount; c++)
        {
            var width = fixedWidth ?? Math.Clamp(rows.Where(r => c < r.Count).Max(r => r[c]?.Display.Length ?? 0) + 2, 8, 60);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }
        var sheetData = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
                if (rows[r][c] is { } cell) row.Append(cell.ToCell(Reference(c, r)));
            sheetData.Append(row);
        }
        var worksheet = new Worksheet();
        // The header row stays in view while scrolling.
        worksheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        if (columnCount > 0) worksheet.Append(columns);
        worksheet.Append(sheetData);
        worksheetPart.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
    }

    private static string Reference(int column, int row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true })
        { Count = 7 });

    private sealed record XCell(string Display, double? Value, uint Style)
    {
        public static XCell Text(string text) => new(SpreadsheetSafety.Neutralise(text), null, 0);

        public static XCell Wrapped(string text) => new(SpreadsheetSafety.Neutralise(text), null, WrapStyle);

        public static XCell Header(string text) => new(SpreadsheetSafety.Neutralise(text), null, BoldStyle);

        public static XCell Number(double value, int decimals) =>
            new(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), value,
                decimals switch { 0 => WholeStyle, 1 => OneDecimalStyle, _ => TwoDecimalsStyle });

        public static XCell Percent(double share) => new(share.ToString("0%", CultureInfo.InvariantCulture), share, PercentStyle);

        public Cell ToCell(string reference)
        {
            var cell = new Cell { CellReference = reference };
            if (Style != 0) cell.StyleIndex = Style;
            if (Value is { } number)
            {
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(Display) { Space = SpaceProcessingModeValues.Preserve });
            }
            return cell;
        }
    }
}
