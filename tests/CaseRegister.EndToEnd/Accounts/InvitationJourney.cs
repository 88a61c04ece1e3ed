using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;

namespace CaseRegister.EndToEnd.Accounts;

// Issue: "A new user can be invited and log in with 2FA in a real browser". The same journey runs
// once in Dutch (the default) and once in English, chosen with the switch in the page header; each
// run has its own server, so the two run side by side.
public abstract class InvitationJourney(EndToEndFixture fixture)
{
    protected abstract string Language { get; }

    private static readonly string[] PagesOfTheJourney =
        [
            "/Account/Accept", "/Account/Enrol", "/", "/Users", "/Account/Logout", "/Account/Login", "/Account/TwoFactor",
            "/Admin", "/AuditTrail", "/Account/Manage",
        ];

    [Fact]
    public async Task A_new_user_can_be_invited_and_log_in_with_2FA_in_a_real_browser()
    {
        // The administrator opens the one-time set-up link, creates the first account, types the
        // key into an authenticator app, sees the recovery codes and continues into the app.
        await using var admin = await fixture.NewSessionAsync("admin");
        await admin.GotoAsync(await fixture.Server.CreateFirstRunLinkAsync());
        await admin.UseLanguageAsync(Language);
        var bea = await admin.CreateAccountAsync("Bea Beheerder", email: "bea.beheerder@example.org");
        Assert.Equal(Roles.Admin, bea.Role);
        var recoveryCodes = await admin.EnrolAuthenticatorAsync(bea);
        Assert.Equal(10, recoveryCodes.Distinct().Count());
        await admin.ContinueAfterEnrolmentAsync();
        await admin.AssertSignedInAsync(bea);
        Assert.Equal(1, await admin.Page.Locator("header nav a[href='/Users']").CountAsync());
        Assert.Equal(1, await admin.Page.Locator("header nav a[href='/Admin']").CountAsync());

        // ... and invites an interviewer.
        var link = await admin.InviteAsync("ivo.interviewer@example.org", Roles.Interviewer);

        // The interviewer, on another computer, opens the link: the address is filled in.
        await using var interviewer = await fixture.NewSessionAsync("interviewer");
        await interviewer.GotoAsync(link);
        await interviewer.UseLanguageAsync(Language);
        Assert.Equal("ivo.interviewer@example.org", await interviewer.Page.Locator("input[name='Input.Email']").InputValueAsync());

        // A typing error in the repeated password is shown on the page, nothing is created.
        await interviewer.Page.Locator("input[name='Input.DisplayName']").FillAsync("Ivo Interviewer");
        await interviewer.Page.Locator("input[name='Input.Password']").FillAsync(TestAccount.DefaultPassword);
        await interviewer.Page.Locator("input[name='Input.ConfirmPassword']").FillAsync(TestAccount.DefaultPassword + "!");
        await interviewer.ClickAsync("main form button[type=submit]");
        Assert.StartsWith("/Account/Accept", interviewer.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(1, await interviewer.Page.Locator("span[data-valmsg-for='Input.ConfirmPassword']:not(:empty)").CountAsync());
        Assert.False(await fixture.Server.AccountExistsAsync("ivo.interviewer@example.org"));

        // Corrected, the account is created; after enrolling, the interviewer is signed in and
        // sees the interviewer's menu, not the administrator's.
        var ivo = await interviewer.CreateAccountAsync("Ivo Interviewer");
        Assert.Equal(Roles.Interviewer, ivo.Role);
        await interviewer.EnrolAuthenticatorAsync(ivo);
        await interviewer.ContinueAfterEnrolmentAsync();
        await interviewer.AssertSignedInAsync(ivo);
        Assert.Equal(1, await interviewer.Page.Locator("header nav a[href='/Work']").CountAsync());
        Assert.Equal(0, await interviewer.Page.Locator("header nav a[href='/Users']").CountAsync());

        // Logging out ends the session: the home page asks for a login again, and the used
        // invitation link no longer offers an account form.
        await interviewer.LogoutAsync();
        await interviewer.GotoAsync("/");
        Assert.StartsWith("/Account/Login", interviewer.PathAndQuery, StringComparison.Ordinal);
        await interviewer.GotoAsync(link);
        Assert.Equal(0, await interviewer.Page.Locator("input[name='Input.Password']").CountAsync());

        // Meanwhile the administrator looks round the other administration pages (each checked
        // like the rest). This also lets the interviewer's authenticator move on to a new code.
        await admin.ClickAsync("header nav a[href='/Admin']");
        Assert.Equal(2, await admin.Page.Locator("main table tbody tr").CountAsync());
        await admin.ClickAsync("header nav a[href='/AuditTrail']");
        await admin.ClickAsync("header nav a[href='/Account/Manage']");

        // The interviewer logs in again with the password and a fresh code from the app.
        await interviewer.LoginAsync(ivo);

        // Every page of the journey was visited (and so checked) in the chosen language.
        var visited = admin.Visited.Concat(interviewer.Visited).ToList();
        Assert.All(PagesOfTheJourney, path => Assert.Contains(visited, v => new Uri(fixture.Server.BaseAddress, v.PathAndQuery).AbsolutePath == path));
        // In English, each person's first page is seen (and checked) in Dutch, before the switch.
        var skip = Language == "nl" ? 0 : 1;
        Assert.All(admin.Visited.Skip(skip).Concat(interviewer.Visited.Skip(skip)), v => Assert.Equal(Language, v.Language));
        Assert.All(admin.Visited.Take(skip).Concat(interviewer.Visited.Take(skip)), v => Assert.Equal("nl", v.Language));
    }
}

public sealed class Invitation_journey_in_Dutch(EndToEndFixture fixture) : InvitationJourney(fixture), IClassFixture<EndToEndFixture>
{
    protected override string Language => "nl";
}

public sealed class Invitation_journey_in_English(EndToEndFixture fixture) : InvitationJourney(fixture), IClassFixture<EndToEndFixture>
{
    protected override string Language => "en";
}
