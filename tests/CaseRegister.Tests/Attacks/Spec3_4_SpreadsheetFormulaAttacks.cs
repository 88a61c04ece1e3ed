using System.Text;
using System.Text.RegularExpressions;
using CaseRegister.Tests.AnalysisPack;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Analysis.Microdata;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §3.4 ("cells beginning with = + - @, tab or CR are neutralised"), the download side of
// §4.9's "bad input anywhere": a cohort label, region names and free text that start with each
// formula trigger, through the real aggregate pack (CSV and XLSX) and the microdata export.
// AnalysisPack/PackDownloadTests covers a region named =HYPERLINK(...) in the pack.
public partial class Spec3_4_SpreadsheetFormulaAttacks(Spec3_4_SpreadsheetFormulaAttacks.Host host) : IClassFixture<Spec3_4_SpreadsheetFormulaAttacks.Host>
{
    public const string CohortLabel = "+cmd|' /C calc'!A0";
    public const string OtherCohortLabel = "@SUM(1+1)*cmd|' /C calc'!A0";
    public const string TabRegion = "\t=1+2";
    public const string MinusRegion = "-2+3+cmd|' /C calc'!A0";
    public const string CrText = "\r=HYPERLINK(\"http://example.org/cr\")";
    public const string TabText = "\t=HYPERLINK(\"http://example.org/tab\")";

    public sealed class Host : PackHost, IAsyncLifetime
    {
        public new async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await WithDbAsync(async db =>
            {
                var cohorts = await db.Cohorts.OrderBy(c => c.Year).ToListAsync();
                cohorts[^1].Label = CohortLabel;
                cohorts[0].Label = OtherCohortLabel;
                var regions = await db.Regions.Where(r => r.Name != PackDataset.FormulaRegion && db.Cases.Any(c => c.RegionId == r.Id)).OrderBy(r => r.Name).Take(2).ToListAsync();
                regions[0].Name = TabRegion;
                if (regions.Count > 1) regions[1].Name = MinusRegion;
                var texts = await db.Answers.Where(a => a.Text != null && db.Interviews.Any(i => i.Id == a.InterviewId && i.Status == InterviewStatus.Done)).OrderBy(a => a.Id).Take(2).ToListAsync();
                texts[0].Text = CrText;
                texts[1].Text = TabText;
                await db.SaveChangesAsync();
            });
        }
    }

    [Theory] // SPEC §3.4 (every trigger character, in both writers)
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_cell_starting_with_a_formula_trigger_is_written_as_text_in_csv_and_xlsx(string value)
    {
        Assert.StartsWith("'", CsvFiles.Field(value, ',').TrimStart('"'), StringComparison.Ordinal);
        Assert.StartsWith("'", CsvFiles.Field(value, ';').TrimStart('"'), StringComparison.Ordinal);
        Assert.Equal("'" + value, SpreadsheetSafety.Neutralise(value));
    }

    [Fact] // SPEC §3.4 (aggregate pack)
    public async Task Cohort_labels_and_region_names_starting_with_triggers_leave_the_pack_as_text_in_csv_and_xlsx()
    {
        var release = await host.ReleaseAsync(PackFormat.All);

        var csvCells = PackReader.Unzip(release.Files[0].Content).Where(e => e.Name.EndsWith(".csv", StringComparison.Ordinal))
            .SelectMany(e => CsvCells(Encoding.UTF8.GetString(e.Content).TrimStart('\uFEFF'))).ToList();
        var xlsxCells = XlsxTexts(release.Files[1].Content, out var formulas);

        Assert.Empty(formulas);
        foreach (var (cells, form) in new[] { (csvCells, "csv"), (xlsxCells, "xlsx") })
        {
            var dangerous = cells.Where(IsDangerous).Distinct().ToList();
            Assert.True(dangerous.Count == 0, $"{form}: cells that a spreadsheet would run: {string.Join(" | ", dangerous)}");
            Assert.Contains(cells, c => c.Contains("'" + CohortLabel, StringComparison.Ordinal));
            Assert.Contains(cells, c => c.Contains("'" + TabRegion, StringComparison.Ordinal) || c.Contains("'" + MinusRegion, StringComparison.Ordinal));
        }
    }

    [Fact] // SPEC §3.4 (microdata export)
    public async Task Cohort_labels_and_free_text_starting_with_triggers_leave_the_microdata_csv_as_text()
    {
        using var output = new MemoryStream();
        await host.WithScopeAsync(sp => sp.GetRequiredService<MicrodataExport>().WriteAsync(new MicrodataOptions([2025, 2026], IncludeFreeText: true, ShiftDates: false, "formule-aanval controleren"), output));
        var csv = Encoding.UTF8.GetString(PackReader.Unzip(output.ToArray()).Single(e => e.Name == MicrodataSyntax.CsvFile).Content).TrimStart('\uFEFF');
        var cells = CsvCells(csv).ToList();

        var dangerous = cells.Where(IsDangerous).Distinct().ToList();
        Assert.True(dangerous.Count == 0, "cells that a spreadsheet would run: " + string.Join(" | ", dangerous));
        Assert.Contains("'" + CohortLabel, cells);
        Assert.Contains("'" + OtherCohortLabel, cells);
        Assert.Contains("'" + CrText, cells);
        Assert.Contains("'" + TabText, cells);
    }

    // What a spreadsheet would evaluate: a trigger first, unless the cell is a plain number.
    private static bool IsDangerous(string cell) => cell.Length > 0 && SpreadsheetSafety.IsTrigger(cell[0]) && !PlainNumber().IsMatch(cell);

    [GeneratedRegex(@"^[+-]?[0-9]+([.,][0-9]+)?%?$")]
    private static partial Regex PlainNumber();

    // RFC 4180 fields of a whole file (either separator), quotes removed.
    private static IEnumerable<string> CsvCells(string text)
    {
        var separator = text.Split('\n')[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator || c == '\n') { yield return field.ToString(); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else field.Append(c);
        }
        if (field.Length > 0) yield return field.ToString();
    }

    private static List<string> XlsxTexts(byte[] workbook, out List<string> formulas)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var cells = part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).ToList();
        formulas = [.. cells.Where(c => c.CellFormula is not null).Select(c => c.CellFormula!.Text)];
        return [.. cells.Select(c => c.InlineString?.InnerText ?? (c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? "")).Concat(shared)];
    }
}
