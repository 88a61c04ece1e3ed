using System.Net;
using System.Reflection;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.1: brute force against the second factor. Wrong passwords locking the account, an
// authenticator code accepted once, and the login rate limit are proven in Accounts/LoginTests;
// here the attacker already has the password and guesses the authenticator or recovery code.
[Collection(AttackHost.Collection)]
public class Spec4_1_SignInAttacks(AttackHost app)
{
    [Theory] // SPEC §4.1 (lockout after 5 failures, second factor included)
    [InlineData(false)]
    [InlineData(true)]
    public async Task Five_wrong_second_factor_codes_lock_the_account_so_that_the_right_code_no_longer_signs_in(bool recoveryCode)
    {
        var user = await app.CreateUserAsync(Roles.Coordinator);
        var attacker = app.Browser();
        await attacker.SubmitAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = AppFactory.Password });

        for (var i = 0; i < 5; i++)
        {
            var guess = await attacker.SubmitAsync("/Account/TwoFactor", new() { ["Input.Code"] = (123456 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.IsRecoveryCode"] = recoveryCode ? "true" : "false" });
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var right = await attacker.PostAsync("/Account/TwoFactor", new() { ["Input.Code"] = app.CurrentCode(user) });

        Assert.NotEqual("/", right.Headers.Location?.OriginalString);
        Assert.False(await SignedInAsync(attacker));
        // The password alone does not start a new attempt either while the lockout lasts.
        var again = await app.Browser().SubmitAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = AppFactory.Password });
        Assert.NotEqual("/Account/TwoFactor", again.Headers.Location?.OriginalString);
        var actions = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().AuditEntries.Where(e => e.ActorUserId == user.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains("login.lockout", actions);
    }

    [Fact] // SPEC §4.1 (every account uses a second factor)
    public async Task With_only_the_password_an_attacker_can_neither_enrol_a_new_authenticator_nor_open_any_page()
    {
        var user = await app.CreateUserAsync(Roles.Coordinator);
        var attacker = app.Browser();
        await attacker.SubmitAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = AppFactory.Password });
        var token = (await TestBrowser.ParseAsync(await attacker.GetAsync("/Account/Login"))).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var enrolPage = await attacker.GetAsync("/Account/Enrol");
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var enrol = await attacker.PostAsync("/Account/Enrol", new() { ["__RequestVerificationToken"] = token, ["Input.Code"] = app.CurrentCode(user) });

        Assert.Equal("/Account/Login", enrolPage.Headers.Location?.OriginalString);
        Assert.Equal("/Account/Login", enrol.Headers.Location?.OriginalString);
        foreach (var path in new[] { "/", "/Cases", "/Study", "/Account/Manage" })
        {
            var response = await attacker.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal), $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact] // SPEC §4.1 (login, 2FA and recovery endpoints rate-limited)
    public void Every_anonymous_account_page_that_takes_a_secret_is_rate_limited()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == "CaseRegister.Web.Pages.Account" && typeof(PageModel).IsAssignableFrom(t) && t != typeof(Web.Pages.Account.LogoutModel))
            .ToList();

        Assert.True(pages.Count >= 4, $"found {pages.Count} account pages");
        Assert.All(pages, page => Assert.True(page.GetCustomAttribute<EnableRateLimitingAttribute>() is not null, $"{page.Name} is not rate limited"));
    }

    private static async Task<bool> SignedInAsync(TestBrowser browser) => (await browser.GetAsync("/")).StatusCode == HttpStatusCode.OK;
}
