using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseRegister.EndToEnd.Analyses;

// Journey 3 (SPEC §1), issue 7: a member of the begeleidingsgroep signs in with 2FA, chooses
// cohorts and waves, downloads the analysis pack, opens the printable report, and finds no way
// to a case. The study is seeded with the demo-data generator, which enrols synthetic youths
// through the real enrolment service: enough for cells above the threshold.
public partial class SteeringGroupJourney(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task The_steering_group_downloads_a_safe_pack_opens_the_report_and_cannot_reach_a_case()
    {
        var server = fixture.Server;
        var seeded = await DemoData.RunAsync(server.Services, new DemoDataOptions(60, Seed: 17), TextWriter.Null);
        var (codes, names) = await server.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseRegisterDbContext>();
            var researchCodes = await db.Cases.Select(c => c.ResearchCode).ToListAsync();
            // Decrypted on reading: what must never show up in a download.
            var people = (await db.CasePersons.Select(p => p.Name).ToListAsync()).OfType<string>().ToList();
            return (researchCodes, people);
        });
        Assert.Equal(60, codes.Count);
        Assert.NotEmpty(names);

        var member = await server.CreateAccountAsync(Roles.SteeringGroup, displayName: "Bram Begeleidingsgroep");
        await using var browser = await fixture.NewSessionAsync("steering group");
        await browser.LoginAsync(member);
        var page = browser.Page;

        // The menu offers the analyses and nothing about cases.
        var menu = await page.Locator("header nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/Analyses", menu);
        Assert.DoesNotContain(menu, href => href.StartsWith("/Cases", StringComparison.Ordinal) || href is "/Work" or "/Microdata" or "/Study");

        // Every cohort, only the first wave, as CSV files.
        await browser.ClickAsync("header nav a[href='/Analyses']");
        var cohortBoxes = page.Locator("input[name='Input.Cohorts']");
        Assert.True(await cohortBoxes.CountAsync() > 0);
        foreach (var box in await cohortBoxes.AllAsync()) await box.CheckAsync();
        var waveBoxes = await page.Locator("input[name='Input.Waves']").AllAsync();
        Assert.NotEmpty(waveBoxes);
        foreach (var box in waveBoxes) await box.SetCheckedAsync(await box.GetAttributeAsync("value") == "T0");
        await page.Locator("input[name='Input.Format'][value='csv']").CheckAsync();
        var (csvName, csvHeaders, csvBytes) = await DownloadAsync(page);

        Assert.Matches(PackFileName(), csvName);
        Assert.Equal("application/zip", csvHeaders["content-type"]);
        AssertSafeDownload(csvHeaders, csvName);
        using (var zip = new ZipArchive(new MemoryStream(csvBytes), ZipArchiveMode.Read))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "toelichting.txt");
            Assert.All(zip.Entries, e => Assert.Matches("^[0-9a-z-]+\\.(csv|txt)$", e.FullName));
            var texts = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
            AssertNothingPersonal(string.Concat(texts.Values), codes, names);
            // Sixty youths: the enrolment total is shown, rounded to 5 (R3), and T0 is the only wave.
            var total = texts["1c-enrolment-age.csv"].Split("\r\n").Single(l => l.StartsWith("Totaal,", StringComparison.Ordinal));
            Assert.Equal("60", total.Split(',')[^1]);
            Assert.Contains("Metingen: T0\r\n", texts["toelichting.txt"], StringComparison.Ordinal);
        }

        // The printable report, downloaded and opened as a reader would open it from their disk.
        await page.Locator("input[name='Input.Format'][value='html']").CheckAsync();
        var (htmlName, htmlHeaders, htmlBytes) = await DownloadAsync(page);
        Assert.Matches(PackFileName(), htmlName);
        Assert.EndsWith(".html", htmlName, StringComparison.Ordinal);
        Assert.StartsWith("text/html", htmlHeaders["content-type"], StringComparison.Ordinal);
        AssertSafeDownload(htmlHeaders, htmlName);
        var html = Encoding.UTF8.GetString(htmlBytes);
        AssertNothingPersonal(html, codes, names);
        await OpenReportAsync(page, html);

        // The same page in English: both releases are listed.
        await browser.GotoAsync("/Analyses");
        await browser.UseLanguageAsync("en");
        Assert.Equal("Cohorts", (await page.Locator("main form fieldset legend").First.InnerTextAsync()).Trim());
        Assert.Equal(2, await page.Locator("main table tbody tr").CountAsync());

        // Last, because the browser reports each refused page as a console error, which the
        // session's own page check would count against the next page: no case page answers,
        // whatever its address, and each refusal is itself an accessible page.
        var caseId = seeded.CaseIds[0];
        foreach (var path in new[] { "/Cases", $"/Cases/Details?id={caseId}", $"/Cases/Identity?id={caseId}", "/Microdata" })
        {
            var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"no response for {path}");
            Assert.True(response.Status is 403 or 404, $"{path} answered {response.Status}");
            var content = await page.ContentAsync();
            Assert.DoesNotContain(codes, code => content.Contains(code, StringComparison.Ordinal));
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }
    }

    // Clicks the download button and returns the file's suggested name, the response headers and
    // the bytes the browser saved.
    private static async Task<(string Name, Dictionary<string, string> Headers, byte[] Content)> DownloadAsync(IPage page)
    {
        var response = page.WaitForResponseAsync(r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/Analyses");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main form button[type=submit]").ClickAsync());
        var headers = await (await response).AllHeadersAsync();
        var path = await download.PathAsync() ?? throw new InvalidOperationException("The browser kept no file.");
        Assert.Null(await download.FailureAsync());
        return (download.SuggestedFilename, headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value), await File.ReadAllBytesAsync(path));
    }

    private static void AssertSafeDownload(Dictionary<string, string> headers, string fileName)
    {
        Assert.Contains("no-store", headers["cache-control"], StringComparison.Ordinal);
        Assert.StartsWith("attachment", headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains(fileName, headers["content-disposition"], StringComparison.Ordinal);
    }

    private static void AssertNothingPersonal(string text, IEnumerable<string> codes, IEnumerable<string> names)
    {
        Assert.DoesNotContain(codes, code => text.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => text.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain("(demo)", text, StringComparison.Ordinal);
    }

    // From a file on disk, as the report is meant to be opened: its own Content-Security-Policy
    // must let its style through and nothing else (a refusal would show as a console error), and
    // it must pass the same accessibility check as the app's pages.
    private static async Task OpenReportAsync(IPage page, string html)
    {
        var file = Path.Combine(Path.GetTempPath(), $"analysepakket-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        var errors = new List<string>();
        void OnConsole(object? sender, IConsoleMessage message)
        {
            if (message.Type == "error") lock (errors) errors.Add(message.Text);
        }
        page.Console += OnConsole;
        try
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            Assert.Equal("nl", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            Assert.True(await page.Locator("main table").CountAsync() > 0);
            Assert.True(await page.Locator("svg[role=img]").CountAsync() > 0);
            Assert.Equal("rgb(31, 78, 121)", await page.Locator("h2").First.EvaluateAsync<string>("h => getComputedStyle(h).borderBottomColor"));
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            lock (errors) Assert.True(errors.Count == 0, "console errors in the report: " + string.Join(" | ", errors));
        }
        finally
        {
            page.Console -= OnConsole;
            File.Delete(file);
        }
    }

    [GeneratedRegex("^analysepakket-\\d{4}-\\d{2}-\\d{2}\\.(zip|html)$")]
    private static partial Regex PackFileName();
}
