using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

// SPEC §2.4 age milestones, as the interviewer meets them: from the 12th birthday on, the
// dashboard shows the consent block and the interview page refuses, also on the morning before
// the nightly job has looked, until the youth's own consent is recorded. Own host: it moves the clock.
public sealed class MilestoneTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task A_youth_who_turns_12_is_blocked_on_the_dashboard_and_the_interview_page_until_the_own_consent_is_recorded()
    {
        var interviewer = await _app.CreateUserAsync(Roles.Interviewer);
        var today = _app.Clock.Today;
        // Eleven at inclusion, twelve in two weeks: the re-consent is due but not yet needed.
        var c = await FieldworkData.CaseAsync(_app, interviewer.Id, today.AddDays(14).AddYears(-12), today);
        Assert.Equal(ConsentStatusKind.MilestoneDue, await _app.DbAsync(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.ConsentState).SingleAsync()));
        var browser = await _app.LoginAsync(interviewer);
        Assert.DoesNotContain("Toestemming ontbreekt", (await browser.PageAsync("/Work")).QuerySelector("table.dashboard")!.TextContent, StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromDays(20));
        browser = await _app.LoginAsync(interviewer);

        var dashboard = await browser.PageAsync("/Work");
        Assert.Contains("Toestemming ontbreekt", dashboard.QuerySelector("table.dashboard tbody tr")!.TextContent, StringComparison.Ordinal);
        var refused = await browser.PageAsync(FieldworkSetup.InterviewPath(c, "T0"));
        Assert.Null(refused.QuerySelector("form#interview-form"));
        Assert.Equal(WaveMessages.ConsentBlocked, refused.QuerySelector(".warning")!.TextContent.Trim());

        var consentPath = $"/Cases/Consent?id={c.Id}";
        var recorded = await browser.SubmitAsync(consentPath, new()
        {
            ["Input.PersonId"] = c.YouthId.ToString(),
            ["Input.GivenOn"] = _app.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Method"] = "InPerson",
            ["Input.Language"] = "nl",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.DoesNotContain("Toestemming ontbreekt", (await browser.PageAsync("/Work")).QuerySelector("table.dashboard")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await browser.PageAsync(FieldworkSetup.InterviewPath(c, "T0"))).QuerySelector("form#interview-form"));
    }

    public void Dispose() => _app.Dispose();
}
