using System.Text.RegularExpressions;
using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cli;
using Xunit.Abstractions;

namespace CaseRegister.EndToEnd.Shell;

// SPEC §5 accessibility: axe-core finds no serious or critical violation on any page, in Dutch and
// in English. The journeys reach the pages of their own story; this tour reaches the rest. Each
// role starts at the home page over a demo study and follows every link the app offers it, so a
// new page or a new link is checked without anyone adding it to a list. Every path is visited once
// per language (the first role that finds it), which keeps the tour to about a minute.
public class PageTourTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    // Links that are not pages to check: leaving the session, file downloads, handlers.
    private static bool IsPage(string path) =>
        !path.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        && !path.Contains("handler=", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWith("/css/", StringComparison.Ordinal) && !path.StartsWith("/js/", StringComparison.Ordinal)
        && !path.StartsWith("/lib/", StringComparison.Ordinal) && !path.StartsWith("/health", StringComparison.Ordinal);

    // One visit per page, not per record: the query and ids in the path do not make a new page.
    private static string PageKey(string pathAndQuery) =>
        Regex.Replace(pathAndQuery.Split('?')[0], "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}");

    [Fact]
    public async Task Every_page_each_role_can_reach_passes_axe_in_Dutch_and_in_English()
    {
        var roles = new[] { Roles.Interviewer, Roles.SteeringGroup, Roles.Coordinator, Roles.Admin };
        var accounts = new Dictionary<string, TestAccount>();
        foreach (var role in roles) accounts[role] = await fixture.Server.CreateAccountAsync(role, displayName: $"Tour {role}");
        await fixture.Server.WithScopeAsync(sp => DemoData.RunAsync(sp, new DemoDataOptions(12, 7), TextWriter.Null));

        var seen = new HashSet<(string Path, string Lang)>();
        foreach (var role in roles)
        {
            await using var browser = await fixture.NewSessionAsync(role);
            await browser.LoginAsync(accounts[role]);
            foreach (var lang in new[] { "nl", "en" })
            {
                await browser.GotoAsync("/");
                await browser.UseLanguageAsync(lang);
                await TourAsync(browser, lang, seen);
            }
        }

        // A broken link collection would pass an empty tour: the main pages of every role must be in it.
        var paths = seen.Select(s => s.Path).ToHashSet();
        output.WriteLine($"{seen.Count} page visits: {string.Join(", ", paths.Order())}");
        foreach (var expected in new[] { "/Work", "/Cases", "/Cases/Details", "/Cases/Identity", "/Study", "/Analyses", "/Admin", "/Admin/Jobs", "/Users", "/AuditTrail" })
            Assert.Contains(expected, paths);
        Assert.Equal(seen.Count(s => s.Lang == "nl"), seen.Count(s => s.Lang == "en"));
    }

    // Breadth-first over the links in the page (header navigation and main content) from the
    // current page.
    private static async Task TourAsync(BrowserSession browser, string lang, HashSet<(string Path, string Lang)> seen)
    {
        var origin = browser.Server.BaseAddress;
        var queue = new Queue<string>([browser.PathAndQuery]);
        var first = true;
        while (queue.Count > 0)
        {
            var target = queue.Dequeue();
            var path = PageKey(target);
            if (!first)
            {
                if (!seen.Add((path, lang))) continue;
                await browser.GotoAsync(target);
            }
            else
            {
                seen.Add((path, lang));
                first = false;
            }
            var hrefs = await browser.Page.Locator("header a[href], main a[href]:not([download])").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            foreach (var href in hrefs)
            {
                var uri = new Uri(href);
                if (uri.Host != origin.Host || uri.Port != origin.Port) continue;
                var next = uri.PathAndQuery;
                if (IsPage(next) && !seen.Contains((PageKey(next), lang))) queue.Enqueue(next);
            }
        }
    }
}
