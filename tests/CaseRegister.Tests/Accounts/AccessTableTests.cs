using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Accounts;

// SPEC §4.4 / issue 3: every page in the app, for every role. A new page that is not in this
// table fails the test, so nobody adds a page without deciding who may see it.
public class AccessTableTests(AccessTableTests.Host host) : IClassFixture<AccessTableTests.Host>
{
    public sealed class Host : AppFactory;

    private const string Anonymous = "(anonymous)";
    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] SignedIn = [.. Roles.All];

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["/Account/Login"] = Everyone,
        ["/Account/TwoFactor"] = Everyone,
        ["/Account/Enrol"] = Everyone,
        ["/Account/Accept"] = Everyone,
        ["/Account/Logout"] = Everyone,
        ["/Error"] = Everyone,
        ["/StatusCode/{code:int}"] = Everyone,
        ["/Language"] = Everyone,
        ["/"] = SignedIn,
        ["/Index"] = SignedIn,
        ["/Account/Manage"] = SignedIn,
        ["/Account/Manage/Index"] = SignedIn,
        ["/Admin"] = [Roles.Admin],
        ["/Admin/Index"] = [Roles.Admin],
        ["/Admin/Jobs"] = [Roles.Admin],
        ["/Notifications"] = SignedIn,
        ["/Notifications/Index"] = SignedIn,
        ["/Users"] = [Roles.Admin, Roles.Coordinator],
        ["/Users/Index"] = [Roles.Admin, Roles.Coordinator],
        ["/AuditTrail"] = [Roles.Admin, Roles.Coordinator],
        ["/AuditTrail/Index"] = [Roles.Admin, Roles.Coordinator],
        ["/Cases"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Index"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Enrol"] = [Roles.Coordinator],
        // Case-scoped pages: reachable by role; which case is the per-case check's job (CasePagesTests).
        ["/Cases/Details"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Identity"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Consent"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/ConsentForm"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Withdraw"] = [Roles.Coordinator],
        ["/Cases/Assign"] = [Roles.Coordinator],
        ["/Study"] = [Roles.Coordinator],
        ["/Study/Index"] = [Roles.Coordinator],
        ["/Study/Regions"] = [Roles.Coordinator],
        ["/Study/Regions/Index"] = [Roles.Coordinator],
        ["/Study/Regions/Edit/{id:guid}"] = [Roles.Coordinator],
        ["/Study/Cohorts"] = [Roles.Coordinator],
        ["/Study/Cohorts/Index"] = [Roles.Coordinator],
        ["/Study/Cohorts/Edit/{id:guid}"] = [Roles.Coordinator],
        ["/Work"] = [Roles.Interviewer],
        ["/Work/Index"] = [Roles.Interviewer],
        ["/Cases/Contacts"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Interview"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Advice"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Coding"] = [Roles.Coordinator, Roles.Interviewer],
        ["/Cases/Codes"] = [Roles.Coordinator],
        ["/Analyses"] = [Roles.Coordinator, Roles.SteeringGroup],
        ["/Analyses/Index"] = [Roles.Coordinator, Roles.SteeringGroup],
        ["/Microdata"] = [Roles.Coordinator],
        ["/Microdata/Index"] = [Roles.Coordinator],
    };

    [Fact]
    public async Task Every_page_is_reachable_for_exactly_the_roles_in_the_access_table()
    {
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order().ToList();

        var unlisted = routes.Where(r => !Expected.ContainsKey(r)).ToList();
        Assert.True(unlisted.Count == 0, "Pages without an entry in the access table: " + string.Join(", ", unlisted));

        var browsers = new Dictionary<string, TestBrowser> { [Anonymous] = host.Browser() };
        foreach (var role in Roles.All) browsers[role] = await host.LoginAsync(await host.CreateUserAsync(role));

        var wrong = new List<string>();
        foreach (var route in routes)
        {
            // An unknown id still reaches the page (which answers 404) only after authorisation.
            var path = route.Replace("{code:int}", "404", StringComparison.Ordinal).Replace("{id:guid}", Guid.Empty.ToString(), StringComparison.Ordinal);
            foreach (var (who, browser) in browsers)
            {
                var reached = Reached(await browser.GetAsync(path));
                if (reached != Expected[route].Contains(who)) wrong.Add($"{route} for {who}: {(reached ? "reached" : "denied")}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_steering_group_is_denied_every_page_outside_analyses_and_its_own_account()
    {
        var browser = await host.LoginAsync(await host.CreateUserAsync(Roles.SteeringGroup));
        foreach (var path in new[] { "/Admin", "/Users", "/AuditTrail", "/Study", "/Study/Regions", "/Study/Cohorts" })
        {
            var response = await browser.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
    }

    // Denied means: answered 403 by authorisation, or challenged to log in (the challenge carries a
    // ReturnUrl; a page's own redirect to the login page does not).
    private static bool Reached(HttpResponseMessage response) =>
        !(response.StatusCode == HttpStatusCode.Forbidden
          || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login?ReturnUrl=", StringComparison.Ordinal)));
}
