using System.Globalization;
using CaseRegister.EndToEnd.Support;
using CaseRegister.Web.Accounts;

namespace CaseRegister.EndToEnd.Cases;

// Journey 1 (SPEC §1), issue 4: the coordinator opens a cohort, enrols a consented youth with the
// parents' consent and assigns an interviewer — in a real browser, every page checked by axe.
public class CoordinatorJourney(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task The_coordinator_opens_a_cohort_enrols_a_youth_with_consents_and_assigns_an_interviewer()
    {
        var coordinator = await fixture.Server.CreateAccountAsync(Roles.Coordinator, displayName: "Cora Coördinator");
        await fixture.Server.CreateAccountAsync(Roles.Interviewer, displayName: "Ivo Interviewer");
        await using var browser = await fixture.NewSessionAsync("coordinator");
        await browser.LoginAsync(coordinator);
        var today = DateOnly.FromDateTime(DateTime.Now);
        string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // A cohort for this inclusion year, open at once.
        await browser.GotoAsync("/Study/Cohorts");
        await browser.Page.Locator("input[name='Input.Label']").FillAsync($"Cohort {today.Year}");
        await browser.Page.Locator("input[name='Input.Year']").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await browser.Page.Locator("input[name='Input.InclusionStart']").FillAsync($"{today.Year}-01-01");
        await browser.Page.Locator("input[name='Input.InclusionEnd']").FillAsync($"{today.Year}-12-31");
        await browser.Page.Locator("input[name='Input.TargetSize']").FillAsync("25");
        await browser.Page.Locator("input[type=checkbox][name='Input.Open']").CheckAsync();
        await browser.ClickAsync("main form:has(input[name='Input.Label']) button[type=submit]");
        Assert.Contains($"Cohort {today.Year}", await browser.Page.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);

        // The enrolment form, filled as from the file and the signed forms.
        await browser.GotoAsync("/Cases/Enrol");
        var page = browser.Page;
        await page.Locator("select[name='Input.RegionId']").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Haaglanden" });
        await page.Locator("select[name='Input.ExpertTeamId']").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Regionaal expertteam Haaglanden" });
        await page.Locator("input[name='Input.ExpertTeamDiscussedOn']").FillAsync(Date(today.AddDays(-14)));
        await page.Locator("select[name='Input.CareSetting']").SelectOptionAsync("Jji");
        await page.Locator("select[name='Input.InterviewerId']").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Ivo Interviewer" });
        await page.Locator("input[name='Input.YouthGivenNames']").FillAsync("Mila (demo)");
        await page.Locator("input[name='Input.YouthSurname']").FillAsync("De Boer");
        await page.Locator("input[name='Input.DateOfBirth']").FillAsync(Date(today.AddYears(-15).AddDays(-20)));
        await page.Locator("input[name='Input.Youth.ConsentGiven']").CheckAsync();
        await page.Locator("input[name='Input.Youth.ConsentOn']").FillAsync(Date(today));
        await page.Locator("input[name='Input.Parents[0].Name']").FillAsync("Anke de Boer");
        await page.Locator("input[name='Input.Parents[0].ConsentGiven']").CheckAsync();
        await page.Locator("input[name='Input.Parents[0].ConsentOn']").FillAsync(Date(today));
        await browser.ClickAsync("main form button[type=submit]");

        // The case page: research code only, consent complete, the interviewer assigned.
        Assert.StartsWith("/Cases/Details", browser.PathAndQuery, StringComparison.Ordinal);
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Matches($@"Casus [A-Z]+-{today.Year}-001", main);
        Assert.Contains("Ivo Interviewer", main, StringComparison.Ordinal);
        Assert.Contains("Compleet", main, StringComparison.Ordinal);
        Assert.DoesNotContain("De Boer", main, StringComparison.Ordinal);

        // The case list shows it for the coordinator.
        await browser.GotoAsync("/Cases");
        Assert.Matches($@"[A-Z]+-{today.Year}-001", await page.Locator("main table").InnerTextAsync());
    }
}
