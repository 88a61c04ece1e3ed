using System.Globalization;
using System.Net;
using System.Text;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Analysis.Microdata;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.AnalysisPack;

// SPEC §3.3: the pseudonymised microdata export for the coordinator.
public class MicrodataTests(MicrodataTests.Host host) : IClassFixture<MicrodataTests.Host>
{
    public sealed class Host : PackHost;

    private const string Reason = "Analyse van de uitkomsten voor het jaarverslag";

    private async Task<(MicrodataResult Result, Dictionary<string, string> Files)> ExportAsync(bool freeText = false, bool shift = false)
    {
        var (result, raw) = await ExportBytesAsync(freeText, shift);
        return (result, raw.ToDictionary(e => e.Key, e => Encoding.UTF8.GetString(e.Value).TrimStart('\uFEFF')));
    }

    private async Task<(MicrodataResult Result, Dictionary<string, byte[]> Files)> ExportBytesAsync(bool freeText = false, bool shift = false)
    {
        using var output = new MemoryStream();
        var result = await host.WithScopeAsync(sp => sp.GetRequiredService<MicrodataExport>()
            .WriteAsync(new MicrodataOptions([2025, 2026], freeText, shift, Reason), output));
        return (result, PackReader.Unzip(output.ToArray()).ToDictionary(e => e.Name, e => e.Content));
    }

    private static List<string[]> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(ParseLine).ToList();

    // Enough of RFC 4180 for these files: quoted fields with doubled quotes and commas inside.
    private static string[] ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    [Fact]
    public async Task The_R_and_SPSS_syntax_and_the_codebook_match_the_approved_snapshots()
    {
        var (_, files) = await ExportAsync();

        Assert.Equal(["microdata.csv", "codebook.md", "microdata.R", "microdata.sps"], files.Keys);
        Approvals.Verify(files["microdata.R"], "R", parameters: "R");
        Approvals.Verify(files["microdata.sps"], "sps", parameters: "SPSS");
        Approvals.Verify(files["codebook.md"], "md", parameters: "codebook");
    }

    // Checked by hand with R 4.2 (source("microdata.R")) and PSPP 1.6 (the .sps file): R stops at a
    // byte-order mark, SPSS needs one to read the syntax as UTF-8, Excel needs one in the CSV.
    [Fact]
    public async Task The_csv_and_the_SPSS_syntax_start_with_a_byte_order_mark_and_the_R_syntax_does_not()
    {
        var (_, files) = await ExportBytesAsync();
        byte[] bom = [0xEF, 0xBB, 0xBF];

        Assert.Equal(bom, files["microdata.csv"][..3]);
        Assert.Equal(bom, files["microdata.sps"][..3]);
        Assert.NotEqual(bom, files["microdata.R"][..3]);
        Assert.NotEqual(bom, files["codebook.md"][..3]);
    }

    [Fact]
    public async Task The_csv_is_long_format_with_the_agreed_columns_and_keyed_by_research_code()
    {
        var (result, files) = await ExportAsync();

        var header = files["microdata.csv"].Split("\r\n")[0];
        Assert.Equal("research_code,cohort,wave,informant,informant_number,item_id,value,missing_code,protocol_id,protocol_version,interview_date,age_at_interview", header);
        var rows = Rows(files["microdata.csv"]);
        Assert.Equal(result.Rows, rows.Count);
        Assert.Equal(PackDataset.Youths, result.Cases);
        var first = rows.First(r => r[0] == "ZW-2025-001" && r[2] == "T0" && r[5] == "problem_severity");
        Assert.Equal(["ZW-2025-001", "Cohort 2025", "T0", "Youth", "1", "problem_severity", "3", "", "t0-youth", "1", "2025-02-03", "8"], first);
        Assert.Contains(rows, r => r[7] == "Refused" && r[6] == "");
        Assert.Equal(rows.Count, rows.Select(r => (r[0], r[2], r[3], r[4], r[5])).Distinct().Count());
    }

    [Fact]
    public async Task Free_text_is_left_out_by_default_and_comes_neutralised_only_when_asked_for()
    {
        var (_, without) = await ExportAsync();
        var (_, with) = await ExportAsync(freeText: true);

        Assert.DoesNotContain(PackDataset.FreeTextMarker, without["microdata.csv"], StringComparison.Ordinal);
        Assert.Contains("niet opgenomen", without["codebook.md"], StringComparison.Ordinal);
        var texts = Rows(with["microdata.csv"]).Where(r => r[6].Contains(PackDataset.FreeTextMarker, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(texts);
        Assert.Contains(texts, r => r[6].StartsWith("'=HYPERLINK(", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, r => r[6].StartsWith('='));
        await host.WithDbAsync(async db =>
        {
            var details = await db.AuditEntries.Where(e => e.Action == "export.microdata").Select(e => e.Details!).ToListAsync();
            Assert.Contains(details, d => d.Contains("free text=included (decrypted)", StringComparison.Ordinal) && d.Contains("reason=" + Reason, StringComparison.Ordinal));
            Assert.Contains(details, d => d.Contains("free text=excluded", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Withdrawn_with_erasure_and_demonstration_cases_are_never_exported()
    {
        var (_, files) = await ExportAsync(freeText: true);

        Assert.DoesNotContain("ZW-2025-099", files["microdata.csv"], StringComparison.Ordinal);
        Assert.DoesNotContain("DEMO-001", files["microdata.csv"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shifted_dates_move_by_one_offset_per_case_between_0_and_364_days_back()
    {
        var (_, files) = await ExportAsync(shift: true);
        var original = await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseRegisterDbContext>();
            var rows = await (from i in db.Interviews
                              join c in db.Cases on i.CaseId equals c.Id
                              join w in db.Waves on i.WaveId equals w.Id
                              select new { c.ResearchCode, w.Label, i.InterviewedOn }).ToListAsync();
            return rows.GroupBy(r => (r.ResearchCode, r.Label)).ToDictionary(g => g.Key, g => g.First().InterviewedOn!.Value);
        });

        var offsets = Rows(files["microdata.csv"])
            .Select(r => (Code: r[0], Days: original[(r[0], r[2])].DayNumber - DateOnly.ParseExact(r[10], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber))
            .GroupBy(x => x.Code).ToDictionary(g => g.Key, g => g.Select(x => x.Days).Distinct().ToList());

        Assert.Equal(PackDataset.Youths, offsets.Count);
        Assert.All(offsets.Values, days => Assert.Single(days));
        Assert.All(offsets.Values, days => Assert.InRange(days[0], 0, 364));
        Assert.True(offsets.Values.Select(d => d[0]).Distinct().Count() > 10, "offsets should differ between cases");
    }

    [Fact]
    public async Task The_offset_is_the_same_for_a_case_with_one_key_and_differs_with_another()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var other = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var offsets = Enumerable.Range(0, 50).Select(i => MicrodataExport.Offset(key, PackDataset.CaseId(i))).ToList();

        Assert.Equal(offsets, Enumerable.Range(0, 50).Select(i => MicrodataExport.Offset(key, PackDataset.CaseId(i))));
        Assert.All(offsets, o => Assert.InRange(o, 0, 364));
        Assert.NotEqual(offsets, Enumerable.Range(0, 50).Select(i => MicrodataExport.Offset(other, PackDataset.CaseId(i))));
    }

    [Fact]
    public async Task The_coordinator_downloads_a_zip_named_by_date_only_and_the_export_is_audited_with_its_reason()
    {
        var user = await host.CreateUserAsync(Roles.Coordinator);
        var browser = await host.LoginAsync(user);

        var response = await FormPost.SubmitAsync(browser, "/Microdata",
            [("Input.Cohorts", "2026"), ("Input.ShiftDates", "true"), ("Input.Reason", "  Controle van de T6-metingen  ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("microdata-2026-11-02.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(PackReader.Unzip(await response.Content.ReadAsByteArrayAsync()).Single(e => e.Name == "microdata.csv").Content);
        Assert.Contains("ZW-2026-001", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("ZW-2025-", csv, StringComparison.Ordinal);
        await host.WithDbAsync(async db =>
        {
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == "export.microdata" && e.ActorUserId == user.Id);
            Assert.Contains("cohorts=2026; cases=35;", audit.Details, StringComparison.Ordinal);
            Assert.Contains("dates=shifted per case", audit.Details, StringComparison.Ordinal);
            Assert.EndsWith("reason=Controle van de T6-metingen", audit.Details, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   kort   ")]
    public async Task A_reason_shorter_than_ten_characters_is_refused_in_Dutch_and_nothing_is_exported(string reason)
    {
        var user = await host.CreateUserAsync(Roles.Coordinator);
        var browser = await host.LoginAsync(user);

        var response = await FormPost.SubmitAsync(browser, "/Microdata", [("Input.Cohorts", "2025"), ("Input.Reason", reason), ("Input.IncludeFreeText", "true")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await TestBrowser.ParseAsync(response);
        Assert.Contains("Geef de reden voor deze export (ten minste 10 tekens)", page.QuerySelector("#reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_IncludeFreeText")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Input_IncludeFreeText")!.GetAttribute("checked"));
        Assert.False(await host.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.AnyAsync(e => e.Action == "export.microdata" && e.ActorUserId == user.Id)));
    }

    [Theory]
    [InlineData(Roles.SteeringGroup)]
    [InlineData(Roles.Interviewer)]
    [InlineData(Roles.Admin)]
    public async Task Only_the_coordinator_reaches_the_microdata_export(string role)
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(role));

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/Microdata")).StatusCode);
    }
}
