using System.Buffers.Binary;
using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Accounts;

public class LoginTests
{
    private static Dictionary<string, string> Credentials(TestUser user, string? password = null) =>
        new() { ["Input.Email"] = user.Email, ["Input.Password"] = password ?? AppFactory.Password };

    private static async Task<bool> IsSignedInAsync(TestBrowser browser) =>
        (await browser.GetAsync("/")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task A_correct_password_alone_does_not_sign_in()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var browser = app.Browser();

        var response = await browser.SubmitAsync("/Account/Login", Credentials(user));

        Assert.Equal("/Account/TwoFactor", response.Headers.Location?.OriginalString);
        Assert.False(await IsSignedInAsync(browser));
    }

    [Fact]
    public async Task Password_and_authenticator_code_sign_in_and_the_home_page_greets_the_user()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Coordinator);
        var browser = await app.LoginAsync(user);

        var home = await browser.PageAsync("/");

        Assert.Contains("Welkom, Test Coordinator", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => e.ActorUserId == user.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains("login", actions);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_sixth_attempt_is_locked_out_even_with_the_right_password()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var browser = app.Browser();
        for (var i = 0; i < 5; i++) await browser.SubmitAsync("/Account/Login", Credentials(user, "wrong password number " + i));

        var sixth = await browser.SubmitAsync("/Account/Login", Credentials(user));

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Equal(4, actions.Count(a => a == "login.failed"));
        Assert.Contains("login.lockout", actions);
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_only_once()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var first = app.Browser();
        await first.SubmitAsync("/Account/Login", Credentials(user));
        var code = app.CurrentCode(user);
        Assert.Equal("/", (await first.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = code })).Headers.Location?.OriginalString);

        var second = app.Browser();
        await second.SubmitAsync("/Account/Login", Credentials(user));
        var replay = await second.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = code });

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("al gebruikt", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await IsSignedInAsync(second));
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_after_logout()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var cookies = browser.CookieHeader();
        await browser.SubmitAsync("/Account/Logout", [], getPath: "/");

        using var thief = app.CreateClient();
        thief.DefaultRequestHeaders.Add("Cookie", cookies);
        var response = await thief.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_at_once()
    {
        using var app = new AppFactory();
        var interviewer = await app.CreateUserAsync(Roles.Interviewer);
        var session = await app.LoginAsync(interviewer);
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));

        await admin.SubmitAsync("/Admin", new() { ["userId"] = interviewer.Id.ToString() }, handler: "Disable");

        Assert.False(await IsSignedInAsync(session));
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => e.Target == $"user:{interviewer.Id}").Select(e => e.Action).ToListAsync());
        Assert.Contains("user.disable", actions);
    }

    [Fact]
    public async Task A_session_ends_after_20_idle_minutes()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        app.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.True(await IsSignedInAsync(browser));

        app.Clock.Advance(TimeSpan.FromMinutes(21));

        Assert.False(await IsSignedInAsync(browser));
    }

    [Fact]
    public async Task A_busy_session_still_ends_after_8_hours()
    {
        using var app = new AppFactory();
        var browser = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        for (var minutes = 15; minutes < 8 * 60; minutes += 15)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.True(await IsSignedInAsync(browser), $"signed out after {minutes} minutes of activity");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.False(await IsSignedInAsync(browser));
    }

    [Fact]
    public async Task The_session_cookie_is_host_only_secure_http_only_and_strict()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var browser = app.Browser();
        await browser.SubmitAsync("/Account/Login", Credentials(user));
        app.Clock.Advance(TimeSpan.FromSeconds(30));

        var response = await browser.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = app.CurrentCode(user) });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-CaseRegister=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_attempts_beyond_the_rate_limit_get_429()
    {
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Security:AuthRequestsPerMinute"] = "3" });
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var browser = app.Browser();
        var form = await browser.PageAsync("/Account/Login");
        var token = form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) await browser.GetAsync("/Account/Login");
        for (var i = 0; i < 4; i++)
            statuses.Add((await browser.PostAsync("/Account/Login", new() { ["__RequestVerificationToken"] = token, ["Input.Email"] = user.Email, ["Input.Password"] = "wrong " + i })).StatusCode);

        // Page views do not count; the fourth post within the minute does.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Passwords_are_hashed_with_PBKDF2_at_the_OWASP_iteration_count()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var hash = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());

        var bytes = Convert.FromBase64String(hash!);

        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }
}
