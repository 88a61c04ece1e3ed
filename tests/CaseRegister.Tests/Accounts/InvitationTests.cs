using System.Net;
using System.Text.RegularExpressions;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Cli;
using CaseRegister.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Accounts;

public partial class InvitationTests
{
    private const string NewPassword = "de kat zit op de mat in Zeeland";

    private static async Task<string> InviteAsync(AppFactory app, TestBrowser inviter, string email, string role)
    {
        var response = await inviter.SubmitAsync("/Users", new() { ["Input.Email"] = email, ["Input.Role"] = role });
        var page = await TestBrowser.ParseAsync(response);
        var link = page.QuerySelector("code.wrap")?.TextContent ?? throw new InvalidOperationException("No invitation link shown: " + page.QuerySelector(".errors")?.TextContent);
        return new Uri(link).PathAndQuery;
    }

    // Accepts an invitation and enrols the authenticator, as a new user does in the browser.
    private static async Task<(TestBrowser Browser, HttpResponseMessage Final)> AcceptAsync(AppFactory app, string path, string email, string password = NewPassword)
    {
        var browser = app.Browser();
        var created = await browser.SubmitAsync(path, new() { ["Input.Email"] = email, ["Input.DisplayName"] = "Nieuwe Collega", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password }, getPath: path);
        if (created.StatusCode != HttpStatusCode.Redirect) return (browser, created);
        var enrol = await browser.PageAsync("/Account/Enrol");
        var key = enrol.QuerySelector("code.key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var code = Authenticator.Code(Base32.Decode(key), app.Clock.GetUtcNow().ToUnixTimeSeconds() / 30);
        return (browser, await browser.SubmitAsync("/Account/Enrol", new() { ["Input.Code"] = code }));
    }

    [Fact]
    public async Task An_invited_interviewer_sets_a_password_enrols_an_authenticator_and_is_signed_in()
    {
        using var app = new AppFactory();
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));

        var link = await InviteAsync(app, admin, "nieuw@example.org", Roles.Interviewer);
        var (browser, final) = await AcceptAsync(app, link, "nieuw@example.org");

        var page = await TestBrowser.ParseAsync(final);
        Assert.Equal(10, page.QuerySelectorAll("ul.codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        var mail = MailFiles.Read(app.DataFolder).Single();
        Assert.Contains("https://localhost/Account/Accept?token=", mail.Body, StringComparison.Ordinal);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("user.invite", actions);
        Assert.Contains("user.create", actions);
        Assert.Contains("2fa.enrol", actions);
    }

    [Fact]
    public async Task An_invitation_works_once()
    {
        using var app = new AppFactory();
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));
        var link = await InviteAsync(app, admin, "eenmalig@example.org", Roles.SteeringGroup);
        await AcceptAsync(app, link, "eenmalig@example.org");

        var again = await app.Browser().PageAsync(link);

        Assert.Contains("ongeldig, al gebruikt of verlopen", again.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_expires_after_72_hours()
    {
        using var app = new AppFactory();
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));
        var link = await InviteAsync(app, admin, "laat@example.org", Roles.Interviewer);

        app.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));

        var page = await app.Browser().PageAsync(link);
        Assert.Contains("ongeldig, al gebruikt of verlopen", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form input[name='Input.Password']"));
    }

    [Fact]
    public async Task A_coordinator_cannot_invite_an_administrator_even_by_posting_the_role()
    {
        using var app = new AppFactory();
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));

        var response = await coordinator.SubmitAsync("/Users", new() { ["Input.Email"] = "stiekem@example.org", ["Input.Role"] = Roles.Admin });

        Assert.Contains("U kunt deze rol niet toekennen.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Invitations.AnyAsync(i => i.Email == "stiekem@example.org")));
    }

    [Theory]
    [InlineData("kort wacht", "minstens 12 tekens")]
    [InlineData("1q2w3e4r5t6y", "veelgebruikte of gelekte wachtwoorden")]
    public async Task A_weak_password_is_refused_with_a_Dutch_reason(string password, string message)
    {
        using var app = new AppFactory();
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));
        var link = await InviteAsync(app, admin, "zwak@example.org", Roles.Interviewer);

        var (_, response) = await AcceptAsync(app, link, "zwak@example.org", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Users.AnyAsync(u => u.Email == "zwak@example.org")));
    }

    [Fact]
    public async Task The_first_run_setup_link_creates_an_administrator_and_then_stops_working()
    {
        using var app = new AppFactory();
        var token = await app.WithScopeAsync(sp => sp.GetRequiredService<Invitations>().CreateAsync("beheerder@localhost", Roles.Admin, null, firstRunSetup: true));
        var spare = await app.WithScopeAsync(sp => sp.GetRequiredService<Invitations>().CreateAsync("beheerder@localhost", Roles.Admin, null, firstRunSetup: true));

        var (browser, _) = await AcceptAsync(app, Invitations.Path(token), "eerste@example.org");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Admin")).StatusCode);
        var second = await app.Browser().PageAsync(Invitations.Path(spare));
        Assert.Contains("ongeldig, al gebruikt of verlopen", second.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_prints_an_invitation_link_that_works()
    {
        using var app = new AppFactory();
        _ = app.Services; // start the app: migrations and key ring in place
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await CommandLine.RunAsync(["users", "invite", "--role", "coordinator", "--email", "postdoc@example.org", "--Storage:DataFolder", app.DataFolder, "--App:PublicUrl", "https://localhost"], output, errors);

        Assert.True(exit == 0, errors.ToString());
        var link = new Uri(LinkPattern().Match(output.ToString()).Value).PathAndQuery;
        var (browser, _) = await AcceptAsync(app, link, "postdoc@example.org");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task After_a_reset_of_the_authenticator_the_user_must_enrol_again()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));
        await admin.SubmitAsync("/Admin", new() { ["userId"] = user.Id.ToString() }, handler: "ResetTwoFactor");

        var response = await app.Browser().SubmitAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = AppFactory.Password });

        Assert.Equal("/Account/Enrol", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_role_change_is_audited_and_takes_effect_on_the_next_request()
    {
        using var app = new AppFactory();
        var user = await app.CreateUserAsync(Roles.Interviewer);
        var session = await app.LoginAsync(user);
        var admin = await app.LoginAsync(await app.CreateUserAsync(Roles.Admin));

        await admin.SubmitAsync("/Admin", new() { ["userId"] = user.Id.ToString(), ["roles"] = Roles.Coordinator }, handler: "Roles");

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/")).StatusCode);
        var relogged = await app.LoginAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await relogged.GetAsync("/Users")).StatusCode);
        var details = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => e.Action == "user.roles").Select(e => e.Details).SingleAsync());
        Assert.Equal("roles=Coordinator", details);
    }

    [GeneratedRegex(@"https://localhost/Account/Accept\?token=\S+")]
    private static partial Regex LinkPattern();
}
