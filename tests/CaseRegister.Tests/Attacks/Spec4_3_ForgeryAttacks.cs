using System.Net;
using AngleSharp.Html.Dom;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.3 (cookies SameSite=Strict, sessions bound to the server) and §4.4 (every handler
// checked on the server): a forged cross-site POST is refused by the antiforgery check on every
// POST handler of every page, found through Razor Pages' own handler list. Cookie replay after
// logout and after disabling an account is proven in Accounts/LoginTests.
[Collection(AttackHost.Collection)]
public class Spec4_3_ForgeryAttacks(AttackHost host) : IAsyncLifetime
{
    public sealed class World
    {
        // One account holding every role, so that authorisation lets each request reach the
        // antiforgery check instead of stopping it earlier with 403.
        public TestBrowser Everyone { get; private set; } = null!;
        public TestBrowser Other { get; private set; } = null!;
        public string TokenIssuedBeforeSignIn { get; private set; } = "";
        public IReadOnlyList<PageHandler> Handlers { get; private set; } = [];

        public static async Task<World> CreateAsync(AttackHost host)
        {
            var w = new World();
            var user = await host.CreateUserAsync(Roles.Admin);
            await host.WithScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                var entity = (await users.FindByIdAsync(user.Id.ToString()))!;
                await users.AddToRolesAsync(entity, [Roles.Coordinator, Roles.Interviewer, Roles.SteeringGroup]);
                return 0;
            });
            // Signed in through the real pages in one browser, so the token it was given before
            // signing in shares the cookie jar with the session, as in a real browser.
            w.Everyone = host.Browser();
            w.TokenIssuedBeforeSignIn = await TokenAsync(w.Everyone, "/Account/Login");
            await w.Everyone.SubmitAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = AppFactory.Password });
            host.Clock.Advance(TimeSpan.FromSeconds(30));
            var signedIn = await w.Everyone.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = host.CurrentCode(user) });
            Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
            w.Other = await host.LoginAsync(await host.CreateUserAsync(Roles.Coordinator));
            w.Handlers = await PageHandlers.AllAsync(host.Services);
            return w;
        }
    }

    private World _world = null!;

    public async Task InitializeAsync() => _world = await host.OnceAsync(nameof(Spec4_3_ForgeryAttacks), () => World.CreateAsync(host));

    public Task DisposeAsync() => Task.CompletedTask;

    // The status pages are re-executed for failed requests of any verb (a refused POST among them)
    // and only render a message; they must not demand a token.
    private static readonly string[] StatusPages = ["/Error", "/StatusCode"];

    private IEnumerable<PageHandler> PostHandlers() => _world.Handlers.Where(h => h.Verb == "POST" && !StatusPages.Contains(h.Page));

    private static string UrlOf(PageHandler handler) =>
        PageHandlers.Url(handler.Template.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{code:int}", "400", StringComparison.Ordinal),
            handler.Name, ("id", Guid.NewGuid().ToString()));

    [Fact] // SPEC §4.3, §4.4
    public async Task Every_post_handler_refuses_a_request_without_an_antiforgery_token()
    {
        var handlers = PostHandlers().ToList();
        var wrong = new List<string>();
        foreach (var handler in handlers)
        {
            var response = await _world.Everyone.PostAsync(UrlOf(handler), new() { ["Input.Name"] = "x" });
            if (response.StatusCode != HttpStatusCode.BadRequest) wrong.Add($"{handler.Key}: {(int)response.StatusCode}");
        }
        Assert.True(handlers.Count >= 30, $"only {handlers.Count} POST handlers found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact] // SPEC §4.3, §4.4
    public async Task Every_post_handler_refuses_a_token_taken_from_another_users_session()
    {
        var stolen = await TokenAsync(_world.Other, "/Account/Manage");
        var wrong = new List<string>();
        foreach (var handler in PostHandlers())
        {
            var response = await _world.Everyone.PostAsync(UrlOf(handler), new() { ["__RequestVerificationToken"] = stolen });
            if (response.StatusCode != HttpStatusCode.BadRequest) wrong.Add($"{handler.Key}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact] // SPEC §4.3
    public async Task A_token_issued_before_signing_in_does_not_work_for_the_signed_in_session()
    {
        var wrong = new List<string>();
        foreach (var handler in PostHandlers().Where(h => !h.Page.StartsWith("/Account/", StringComparison.Ordinal) && h.Page != "/Language"))
        {
            var response = await _world.Everyone.PostAsync(UrlOf(handler), new() { ["__RequestVerificationToken"] = _world.TokenIssuedBeforeSignIn });
            if (response.StatusCode != HttpStatusCode.BadRequest) wrong.Add($"{handler.Key}: {(int)response.StatusCode}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact] // SPEC §4.3: no page opts out of the antiforgery check except the status pages
    public void Only_the_status_pages_opt_out_of_the_antiforgery_check()
    {
        var optedOut = _world.Handlers.Where(h => PageHandlers.IgnoresAntiforgery(h.Model)).Select(h => h.Page).Distinct().Order().ToList();
        Assert.Equal(StatusPages.Order(), optedOut);
        Assert.All(_world.Handlers.Where(h => StatusPages.Contains(h.Page)), h => Assert.DoesNotContain(h.Model.GetMethods(), m => m.Name.StartsWith("OnPost", StringComparison.Ordinal) && m.ReturnType != typeof(void)));
    }

    private static async Task<string> TokenAsync(TestBrowser browser, string page) =>
        ((IHtmlInputElement)(await browser.PageAsync(page)).QuerySelector("form[method=post] input[name='__RequestVerificationToken']")!).Value;
}
