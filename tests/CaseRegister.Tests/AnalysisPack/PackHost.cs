using System.Globalization;
using System.IO.Compression;
using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Data;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// The real app over a database holding the fixed synthetic study.
public class PackHost : AppFactory, IAsyncLifetime
{
    public PackHost() : this(DatabaseProvider.Sqlite)
    {
    }

    protected PackHost(DatabaseProvider provider) : base(provider)
    {
    }

    public Task InitializeAsync() => PackDataset.InsertAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static PackSelection AllOfIt { get; } = new([2025, 2026], ["T0", "T6", "T12", "T18"]);

    public Task<PackRelease> ReleaseAsync(PackFormat format, PackSelection? selection = null, CsvDialect? dialect = null, string culture = "nl-NL") =>
        WithScopeAsync(sp => sp.GetRequiredService<AnalysisPackService>().ReleaseAsync(
            new PackRequest(selection ?? AllOfIt, format, dialect ?? CsvDialect.Standard, CultureInfo.GetCultureInfo(culture), "test")));
}

// Reading the files back as text, for snapshots and for searching.
public static class PackReader
{
    public static IReadOnlyList<(string Name, byte[] Content)> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }

    public static string Csv(byte[] zip) =>
        string.Concat(Unzip(zip).Select(e => $"=== {e.Name} ===\n{Encoding.UTF8.GetString(e.Content).TrimStart('\uFEFF').ReplaceLineEndings("\n")}\n"));

    // Every sheet as lines of cells: numbers bare, text in quotes, so the snapshot shows types too.
    public static string Xlsx(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var text = new StringBuilder();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var widths = worksheet.Elements<Columns>().SelectMany(c => c.Elements<Column>()).Select(c => c.Width!.Value.ToString(CultureInfo.InvariantCulture));
            text.Append("=== ").Append(sheet.Name).Append(" (widths ").Append(string.Join(",", widths)).Append(") ===\n");
            foreach (var row in worksheet.Descendants<Row>())
            {
                text.Append(string.Join(" | ", row.Elements<Cell>().Select(cell =>
                {
                    var style = cell.StyleIndex?.Value is { } s && s != 0 ? $"[s{s}]" : "";
                    var value = cell.DataType?.Value == CellValues.InlineString ? $"\"{cell.InlineString!.InnerText}\"" : cell.CellValue!.Text;
                    return $"{cell.CellReference}{style}={value}";
                }))).Append('\n');
            }
        }
        return text.ToString();
    }

    // All the text a file carries, whatever its form: for "this never appears anywhere" checks.
    public static string AllText(PackFile file)
    {
        if (file.FileName.EndsWith(".zip", StringComparison.Ordinal) || file.FileName.EndsWith(".xlsx", StringComparison.Ordinal))
            return string.Concat(Unzip(file.Content).Select(e => e.Name.EndsWith(".zip", StringComparison.Ordinal) || e.Name.EndsWith(".xlsx", StringComparison.Ordinal)
                ? AllText(new PackFile(e.Name, "", e.Content))
                : Encoding.UTF8.GetString(e.Content)));
        return Encoding.UTF8.GetString(file.Content);
    }
}
