using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Fieldwork;

namespace CaseRegister.EndToEnd.Fieldwork;

// Issue 8, the milestone and withdrawal flows in the browser (SPEC §2.4): a withdrawal stops the
// interviewer's work at once, and a 12th birthday blocks interviews until the youth's own consent
// is recorded. One server for both; the milestone test moves its clock, which the withdrawal test
// does not mind (it works from the server's today).
public class WithdrawalAndMilestoneJourney(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private AppServer Server => fixture.Server;

    private DateOnly Today => StudyCalendar.Today(Server.Clock);

    [Fact]
    public async Task After_the_coordinator_records_a_withdrawal_the_interviewer_no_longer_sees_the_case_as_due_and_cannot_record_an_interview()
    {
        var coordinator = await Server.CreateAccountAsync(Roles.Coordinator, displayName: "Cora Coördinator");
        var interviewer = await Server.CreateAccountAsync(Roles.Interviewer, displayName: "Ivo Interviewer");
        var c = await FieldworkSeed.EnrolAsync(Server, await FieldworkSeed.UserIdAsync(Server, interviewer), Today.AddYears(-15).AddDays(-3));

        await using (var office = await fixture.NewSessionAsync("coordinator"))
        {
            await office.LoginAsync(coordinator);
            await office.GotoAsync($"/Cases/Details?id={c.Id}");
            await office.ClickAsync($"main a[href='/Cases/Withdraw?id={c.Id}']");
            await office.Page.Locator("#Input_WithdrawnBy").SelectOptionAsync("Youth");
            await office.Page.Locator("#scope-NoFurtherContact").CheckAsync();
            await office.Page.Locator("#Input_Reason").FillAsync("Wil niet meer meedoen.");
            await office.ClickAsync("main form button[type=submit]");
            Assert.True(office.PathAndQuery.StartsWith("/Cases/Details", StringComparison.Ordinal), await office.ErrorsAsync());
        }

        await using var browser = await fixture.NewSessionAsync("interviewer");
        await browser.LoginAsync(interviewer);
        await browser.ClickAsync("header nav a[href='/Work']");
        Assert.DoesNotContain(c.ResearchCode, await browser.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // A bookmarked interview or contact page: a clear message, no form.
        await browser.GotoAsync($"/Cases/Interview?id={c.Id}&wave=T0&informant=Youth");
        Assert.Equal(WaveMessages.CaseWithdrawn, (await browser.Page.Locator("main .warning").InnerTextAsync()).Trim());
        Assert.Equal(0, await browser.Page.Locator("form#interview-form").CountAsync());
        await browser.GotoAsync($"/Cases/Contacts?id={c.Id}");
        Assert.Equal(FieldworkTexts.NoContactAfterWithdrawal, (await browser.Page.Locator("main .warning").InnerTextAsync()).Trim());
        Assert.Equal(0, await browser.Page.Locator("main form").CountAsync());
    }

    [Fact]
    public async Task A_youth_who_turns_12_is_blocked_on_the_dashboard_and_the_interview_page_until_the_own_consent_is_recorded()
    {
        var interviewer = await Server.CreateAccountAsync(Roles.Interviewer, displayName: "Mo Mijlpaal");
        // Eleven at inclusion (assent and the parents' consent); twelve in ten days.
        var c = await FieldworkSeed.EnrolAsync(Server, await FieldworkSeed.UserIdAsync(Server, interviewer), Today.AddDays(10).AddYears(-12));
        Server.Clock.Advance(TimeSpan.FromDays(14));

        await using var browser = await fixture.NewSessionAsync("interviewer");
        var page = browser.Page;
        await browser.LoginAsync(interviewer);
        await browser.ClickAsync("header nav a[href='/Work']");
        var row = page.Locator($"table.dashboard tbody tr:has(a[href='/Cases/Details?id={c.Id}'])");
        Assert.Contains("Toestemming ontbreekt", await row.InnerTextAsync(), StringComparison.Ordinal);

        await browser.ClickAsync($"table.dashboard a[href^='/Cases/Interview?id={c.Id}']");
        Assert.Equal(WaveMessages.ConsentBlocked, (await page.Locator("main .warning").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("form#interview-form").CountAsync());

        // The youth signs the form for 12–15 year olds; the interviewer records it.
        await browser.GotoAsync($"/Cases/Consent?id={c.Id}");
        await page.Locator("#Input_PersonId").SelectOptionAsync(c.YouthId.ToString());
        await page.Locator("#Input_Method").SelectOptionAsync("InPerson");
        await browser.ClickAsync("main form button[type=submit]");
        Assert.True(await page.Locator("main .errors").CountAsync() == 0, await browser.ErrorsAsync());

        await browser.GotoAsync($"/Cases/Interview?id={c.Id}&wave=T0&informant=Youth");
        Assert.Equal(1, await page.Locator("form#interview-form").CountAsync());
        await browser.ClickAsync("header nav a[href='/Work']");
        Assert.DoesNotContain("Toestemming ontbreekt", await row.InnerTextAsync(), StringComparison.Ordinal);
    }
}
