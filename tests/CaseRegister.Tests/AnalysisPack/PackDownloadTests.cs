using System.Net;
using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Analysis.Export;
using CaseRegister.Web.Analysis.Ledger;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// SPEC §3.1, §3.4 and issue 7 through the web page: who may download, what the files contain and
// what never appears in them, and what each download leaves behind (ledger row, audit entry).
public class PackDownloadTests(PackDownloadTests.Host host) : IClassFixture<PackDownloadTests.Host>
{
    public sealed class Host : PackHost;

    [Fact]
    public async Task The_steering_group_downloads_the_pack_as_a_zip_of_csv_files_that_is_never_cached()
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.SteeringGroup));

        var response = await FormPost.SubmitAsync(browser, "/Analyses", FormPost.Pack("csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("analysepakket-2026-11-02.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var names = PackReader.Unzip(await response.Content.ReadAsByteArrayAsync()).Select(e => e.Name).ToList();
        Assert.Equal("toelichting.txt", names[0]);
        Assert.Contains("1a-enrolment-region.csv", names);
        Assert.Contains("7b-care-continuity-18.csv", names);
        Assert.Equal(28, names.Count);
    }

    [Theory]
    [InlineData("xlsx", PackFiles.XlsxType, "analysepakket-2026-11-02.xlsx")]
    [InlineData("html", "text/html", "analysepakket-2026-11-02.html")]
    [InlineData("all", "application/zip", "analysepakket-2026-11-02.zip")]
    public async Task The_coordinator_gets_each_form_under_a_name_with_only_the_date(string format, string type, string name)
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.Coordinator));

        var response = await FormPost.SubmitAsync(browser, "/Analyses", FormPost.Pack(format));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(name, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_research_code_and_no_free_text_appear_anywhere_in_any_form_of_the_pack()
    {
        var release = await host.ReleaseAsync(PackFormat.All);

        foreach (var file in release.Files)
        {
            var text = PackReader.AllText(file);
            Assert.DoesNotContain("ZW-20", text, StringComparison.Ordinal);
            Assert.DoesNotContain("DEMO-001", text, StringComparison.Ordinal);
            Assert.DoesNotContain(PackDataset.FreeTextMarker, text, StringComparison.Ordinal);
            Assert.DoesNotContain(PackDataset.CaseId(3).ToString("N"), text, StringComparison.OrdinalIgnoreCase);
        }
        var html = Encoding.UTF8.GetString(release.Files.Single(f => f.FileName.EndsWith(".html", StringComparison.Ordinal)).Content);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal).Replace("http://example.org/x", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    // Every withheld figure carries the same mark, whatever the reason. Secondary suppression only
    // picks counts of at least the threshold: a second mark (or "<10" on the small ones only) would
    // tell the reader which withheld cells are large.
    [Fact]
    public async Task Withheld_cells_look_the_same_in_every_form_so_secondary_suppression_cannot_be_told_from_small_counts()
    {
        var release = await host.ReleaseAsync(PackFormat.All);

        var cells = release.Protected.CountTables.SelectMany(t => t.Slices).SelectMany(s => s.Cells).ToList();
        Assert.Contains(cells, c => c.Status == CellStatus.PrimarySuppressed);
        Assert.Contains(cells, c => c.Status == CellStatus.SecondarySuppressed && c.TrueValue >= 10);
        Assert.All(cells.Where(c => !c.IsPublished), c => Assert.Equal("x", c.Display));
        Assert.All(release.Protected.OutcomeTables.SelectMany(t => t.Rows), r => Assert.True(r.N.IsPublished || r.N.Display == "x"));

        var csvFields = PackReader.Unzip(release.Files[0].Content).Where(e => e.Name.EndsWith(".csv", StringComparison.Ordinal))
            .SelectMany(e => Encoding.UTF8.GetString(e.Content).Split(["\r\n", ","], StringSplitOptions.None)).ToList();
        Assert.Contains("x", csvFields);
        Assert.DoesNotContain(csvFields, f => f.StartsWith('<'));

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(release.Files[1].Content), false);
        var sheetCells = workbook.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).ToList();
        var marks = sheetCells.Where(c => c.InlineString?.InnerText == "x").ToList();
        Assert.NotEmpty(marks);
        Assert.Single(marks.Select(c => (c.DataType?.Value, c.StyleIndex?.Value)).Distinct());
        Assert.DoesNotContain(sheetCells, c => c.InlineString?.InnerText.StartsWith('<') == true);

        var html = Encoding.UTF8.GetString(release.Files[2].Content);
        var figures = System.Text.RegularExpressions.Regex.Matches(html, "<td class=\"num\">([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("x", figures);
        Assert.DoesNotContain(figures, f => f.StartsWith("&lt;", StringComparison.Ordinal));
        Assert.DoesNotContain("&lt;10", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_named_like_a_formula_comes_out_prefixed_in_csv_and_xlsx()
    {
        var release = await host.ReleaseAsync(PackFormat.All);

        var csv = Encoding.UTF8.GetString(PackReader.Unzip(release.Files[0].Content).Single(e => e.Name == "1a-enrolment-region.csv").Content);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"klik\"\")\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", csv, StringComparison.Ordinal);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(release.Files[1].Content), false);
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "1a-enrolment-region");
        var texts = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .Where(c => c.InlineString is not null).Select(c => c.InlineString!.InnerText).ToList();
        Assert.Contains(PackDataset.FormulaRegion.Insert(0, "'"), texts);
        Assert.DoesNotContain(texts, t => t.StartsWith('='));
        Assert.DoesNotContain(((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<CellFormula>(), _ => true);
    }

    [Fact]
    public async Task Each_download_is_recorded_in_the_ledger_and_audited_without_content()
    {
        var user = await host.CreateUserAsync(Roles.SteeringGroup);
        var browser = await host.LoginAsync(user);

        var response = await FormPost.SubmitAsync(browser, "/Analyses", FormPost.Pack("html", cohorts: ["2026"], waves: ["T0", "T6"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.WithDbAsync(async db =>
        {
            var release = await db.Set<AnalysisRelease>().Include(r => r.Figures).SingleAsync(r => r.PublishedByUserId == user.Id);
            Assert.Equal((user.Email, "2026", "T0,T6", "html", 10, "nl"), (release.PublishedBy, release.CohortSet, release.Waves, release.Format, release.Threshold, release.Language));
            Assert.Equal(release.FigureCount, release.Figures.Count);
            Assert.Contains("1a-enrolment-region", release.TableIds.Split(','));
            Assert.All(release.Figures, f => Assert.Equal("2026", f.CohortSet));
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == "analysis.release" && e.ActorUserId == user.Id);
            Assert.Equal(AuditOutcome.Success, audit.Outcome);
            Assert.Equal($"release:{release.Sequence}", audit.Target);
            Assert.Contains("cohorts=2026; waves=T0,T6; threshold=10; format=html", audit.Details, StringComparison.Ordinal);
            Assert.Null(audit.ResearchCode);
            Assert.DoesNotContain("ZW-", audit.Details, StringComparison.Ordinal);
        });
    }

    // "Every release is logged … and reproducible from the ledger": the ledger row names the
    // parameters and tables, and holds every figure the files show, as shown.
    [Fact]
    public async Task The_ledger_holds_every_figure_the_files_show_so_the_release_can_be_rebuilt_from_it()
    {
        var release = await host.ReleaseAsync(PackFormat.Csv);

        var recorded = await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Set<AnalysisRelease>()
            .Include(r => r.Figures).SingleAsync(r => r.Id == release.Id));
        Assert.Equal((10, "2025+2026", "T0,T6,T12,T18"), (recorded.Threshold, recorded.CohortSet, recorded.Waves));
        var csvTables = PackReader.Unzip(release.Files[0].Content).Select(e => e.Name).Where(n => n.EndsWith(".csv", StringComparison.Ordinal))
            .Select(n => n[..^4].Replace("-change", "", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(csvTables, recorded.TableIds.Split(',').Order(StringComparer.Ordinal));
        var ledger = recorded.Figures.Select(f => (f.TableId, f.CohortSet, f.Wave, f.CategoryKey, f.Display)).ToHashSet();
        Assert.Equal(release.Protected.PublishedFigures.Select(f => (f.Key.TableId, f.Key.CohortSet, f.Key.Wave, f.Key.CategoryKey, f.Display)).ToHashSet(), ledger);
        foreach (var table in release.Protected.CountTables)
            foreach (var slice in table.Slices)
                foreach (var cell in slice.Cells.Where(c => c.IsPublished))
                    Assert.Contains((table.Source.Id, table.Source.CohortSet, slice.Wave, cell.Category.Value, cell.Display), ledger);
        Assert.DoesNotContain(recorded.Figures, f => f.Display == "x");
    }

    [Fact]
    public async Task The_semicolon_option_writes_semicolons_and_decimal_commas_for_Dutch_Excel()
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.Coordinator));

        var response = await FormPost.SubmitAsync(browser, "/Analyses", FormPost.Pack("csv", semicolon: true));

        var csv = Encoding.UTF8.GetString(PackReader.Unzip(await response.Content.ReadAsByteArrayAsync()).Single(e => e.Name == "4b-strengths.csv").Content);
        Assert.StartsWith("\uFEFFMeting;Groep;Aantal jongeren (n);Gemiddelde;", csv, StringComparison.Ordinal);
        Assert.Matches(@"\r\nT0;Alle jongeren;70;\d,\d;\d,\d;", csv);
    }

    [Fact]
    public async Task Without_a_cohort_or_wave_the_form_says_so_in_Dutch_and_nothing_is_released()
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.SteeringGroup));
        var before = await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Set<AnalysisRelease>().CountAsync());

        var response = await FormPost.SubmitAsync(browser, "/Analyses", [("Input.Format", "csv"), ("Input.Cohorts", "1999")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("Kies ten minste één cohort.", page.QuerySelector("#cohorts-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies ten minste één meting.", page.QuerySelector("#waves-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Set<AnalysisRelease>().CountAsync()));
    }

    [Fact]
    public async Task The_steering_group_cannot_reach_microdata_or_any_case_page()
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.SteeringGroup));
        var casePages = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/Cases", StringComparison.Ordinal) || r.StartsWith("/Work", StringComparison.Ordinal))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"\{[^}]+\}", PackDataset.CaseId(0).ToString()))
            .Append("/Cases").Append("/Microdata").Append("/Microdata/Index").Distinct().ToList();

        foreach (var path in casePages)
        {
            var response = await browser.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        var post = await browser.PostAsync("/Microdata", new() { ["Input.Reason"] = "ik wil de microdata", ["Input.Cohorts"] = "2025" });
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"POST /Microdata: {post.StatusCode}");
        Assert.NotEqual("application/zip", post.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_page_lists_earlier_releases_and_only_the_coordinator_sees_who_published_them()
    {
        await host.ReleaseAsync(PackFormat.Csv);
        var steering = await host.LoginAsync(await host.CreateUserAsync(Roles.SteeringGroup));
        var coordinator = await host.LoginAsync(await host.CreateUserAsync(Roles.Coordinator));

        var forSteering = await steering.PageAsync("/Analyses");
        var forCoordinator = await coordinator.PageAsync("/Analyses");

        Assert.NotEmpty(forSteering.QuerySelectorAll("tbody tr"));
        Assert.DoesNotContain(forSteering.QuerySelectorAll("thead th"), th => th.TextContent == "Door");
        Assert.Contains(forCoordinator.QuerySelectorAll("thead th"), th => th.TextContent == "Door");
        Assert.Equal(["2025", "2026"], forSteering.QuerySelectorAll("input[name='Input.Cohorts'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["T0", "T6", "T12", "T18"], forSteering.QuerySelectorAll("input[name='Input.Waves'][checked]").Select(i => i.GetAttribute("value")));
    }
}
