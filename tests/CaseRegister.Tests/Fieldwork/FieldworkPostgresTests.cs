using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Fieldwork;

// The fieldwork queries and the concurrency check on PostgreSQL, the scale-out database: the
// dashboard projection, completing an interview (wave and follow-up dates), the version check,
// and the codes overview.
public class FieldworkPostgresTests(FieldworkPostgresTests.Host app) : IClassFixture<FieldworkPostgresTests.Host>
{
    public sealed class Host() : AppFactory(DatabaseProvider.Postgres);

    private const string Form = "form#interview-form";
    private const string DraftButton = "form#interview-form button[formaction*='handler=Draft']";

    [Fact]
    public async Task Dashboard_interview_completion_conflict_and_codes_work_on_PostgreSQL()
    {
        var (user, browser) = await FieldworkSetup.InterviewerAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var due = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2010, 1, 15), new DateOnly(2026, 10, 1));
        var overdue = await FieldworkData.CaseAsync(app, user.Id, new DateOnly(2010, 1, 15), new DateOnly(2026, 3, 1));
        await app.WithDbAsync(async db =>
        {
            db.ContactAttempts.Add(new ContactAttempt { Id = Guid.NewGuid(), CaseId = due.Id, OccurredOn = new DateOnly(2026, 10, 30), Channel = ContactChannel.Phone, Outcome = ContactOutcome.NoAnswer, RecordedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var dashboard = await browser.PageAsync("/Work");
        var rows = dashboard.QuerySelectorAll("table.dashboard tbody tr").ToList();
        Assert.Equal([overdue.ResearchCode, due.ResearchCode], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Contains("Geen gehoor", rows[1].TextContent, StringComparison.Ordinal);

        // T0 of the overdue case, completed late, then a follow-up that reports a move home.
        var t0 = FieldworkSetup.ValidAnswers(FieldworkSetup.Protocol(app, WaveKind.Baseline, Informant.Youth), app.Clock.Today);
        t0["Input.InterviewedOn"] = "2026-10-20";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(FieldworkSetup.InterviewPath(overdue, "T0"), Form, t0)).StatusCode);
        var t6Due = await app.DbAsync(db => db.Waves.Where(w => w.CaseId == overdue.Id && w.Label == "T6").Select(w => w.DueOn).SingleAsync());
        Assert.Equal(new DateOnly(2027, 4, 20), t6Due);

        // Two people on the same draft: the second save conflicts and loses nothing.
        var path = FieldworkSetup.InterviewPath(due, "T0");
        await browser.PostFormAsync(path, Form, new() { ["Input.Answers[wellbeing]"] = "4" }, DraftButton);
        var first = await browser.PageAsync(path);
        var second = await coordinator.PageAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(first, Form, new() { ["Input.Answers[wellbeing]"] = "6" }, DraftButton)).StatusCode);
        var conflict = await coordinator.PostFormAsync(second, Form, new() { ["Input.Answers[wellbeing]"] = "9" }, DraftButton);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.NotNull((await TestBrowser.ParseAsync(conflict)).QuerySelector("section.conflict"));
        Assert.Equal("6", await app.DbAsync(db => db.Answers.Where(a => a.ItemId == "wellbeing" && db.Interviews.Any(i => i.Id == a.InterviewId && i.CaseId == due.Id)).Select(a => a.Value).SingleAsync()));

        await app.WithDbAsync(async db =>
        {
            var wave = await db.Waves.SingleAsync(w => w.CaseId == due.Id && w.Label == "T0");
            db.CodedSegments.Add(new CodedSegment { Id = Guid.NewGuid(), CaseId = due.Id, WaveId = wave.Id, CodeId = "blame" });
            db.CodedSegments.Add(new CodedSegment { Id = Guid.NewGuid(), CaseId = due.Id, WaveId = wave.Id, CodeId = "blame" });
            await db.SaveChangesAsync();
        });
        var codes = await coordinator.PageAsync("/Cases/Codes");
        Assert.Equal("1", codes.QuerySelector("tr[data-code='blame'] td[data-wave='T0']")!.TextContent);
    }
}
