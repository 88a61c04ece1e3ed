using System.Globalization;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Jobs;

// The jobs that write to people: the morning digest and the cohort rollover reminder.
public class NotifyingJobTests
{
    [Fact]
    public async Task The_digest_mails_each_interviewer_counts_and_research_codes_of_their_own_cases_and_a_link()
    {
        using var app = new AppFactory();
        var anna = await app.CreateUserAsync(Roles.Interviewer, "anna@example.org");
        var bert = await app.CreateUserAsync(Roles.Interviewer, "bert@example.org");
        await app.CreateUserAsync(Roles.Interviewer, "idle@example.org");
        var (_, a1) = await StudyData.CaseAsync(app, interviewerId: anna.Id);
        var (_, a2) = await StudyData.CaseAsync(app, app.Clock.Today.AddDays(30).AddYears(-12), anna.Id, "Bakker");
        var (_, b1) = await StudyData.CaseAsync(app, interviewerId: bert.Id, surname: "Visser");
        await app.RunOkAsync<AgeMilestonesJob>();
        await app.RunOkAsync<RecontactPlannerJob>();

        var run = await app.RunOkAsync<ReminderDigestJob>();

        var mails = JobTestSupport.Mails(app);
        Assert.Equal(2, mails.Count);
        var toAnna = Assert.Single(mails, m => m.Headers.Contains("To: anna@example.org", StringComparison.Ordinal));
        Assert.True(toAnna.Body.Contains("Contacten waarvan het venster open is: 2", StringComparison.Ordinal), toAnna.Headers + "\n" + toAnna.Body);
        Assert.Contains("Hertoestemming nodig (leeftijdsmijlpaal): 1", toAnna.Body, StringComparison.Ordinal);
        Assert.Contains($"{a1} (T0)", toAnna.Body, StringComparison.Ordinal);
        Assert.Contains(a2, toAnna.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(b1, toAnna.Body, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Work", toAnna.Body, StringComparison.Ordinal);
        var toBert = Assert.Single(mails, m => m.Headers.Contains("To: bert@example.org", StringComparison.Ordinal));
        Assert.Contains("Contacten waarvan het venster open is: 1", toBert.Body, StringComparison.Ordinal);
        Assert.Contains("\"mailsSent\":2", run.Counts, StringComparison.Ordinal);

        // In the app: one notification each, and the same list on /Notifications.
        Assert.Equal(2, await app.DbAsync(db => db.Notifications.CountAsync(n => n.Text == JobMessages.DigestReady)));
        var browser = await app.LoginAsync(anna);
        var page = await browser.PageAsync("/Notifications");
        var rows = page.QuerySelectorAll("section[aria-labelledby=digest-heading] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains(a1, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(b1, StringComparison.Ordinal));
        Assert.Contains("(1", (await browser.PageAsync("/")).QuerySelector("a[href='/Notifications']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_generated_mail_contains_any_identity_value_of_any_case()
    {
        using var app = new AppFactory();
        var anna = await app.CreateUserAsync(Roles.Interviewer, "anna@example.org");
        await app.CreateUserAsync(Roles.Coordinator, "coordinator@example.org");
        await app.CreateUserAsync(Roles.Admin, "admin@example.org");
        await StudyData.CaseAsync(app, interviewerId: anna.Id);
        await StudyData.CaseAsync(app, app.Clock.Today.AddDays(30).AddYears(-12), anna.Id, "Bakker");
        await StudyData.CaseAsync(app, app.Clock.Today.AddDays(-300).AddYears(-17), anna.Id, "Visser");
        await app.WithDbAsync(db => db.CasePersons.Where(p => p.Role == Web.Domain.PersonRole.ParentalAuthority)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "ouder@voorbeeld.nl")));
        await app.RunOkAsync<AgeMilestonesJob>();
        await app.RunOkAsync<RecontactPlannerJob>();
        await app.RunOkAsync<ReminderDigestJob>();
        await app.RunOkAsync<CohortRolloverJob>();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'changed' WHERE \"Sequence\" = 1"));
        await app.RunAsync<AuditVerificationJob>();

        var identity = await app.DbAsync(async db =>
        {
            var values = new List<string>();
            foreach (var c in await db.Cases.Include(c => c.Persons).AsNoTracking().ToListAsync())
            {
                values.Add(c.DateOfBirth!);
                values.Add(DateOnly.ParseExact(c.DateOfBirth!, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
                foreach (var p in c.Persons) values.AddRange(new[] { p.Name, p.Relation, p.Address, p.Phone, p.Email }.OfType<string>());
            }
            // Given names and surnames on their own too, not only the full names.
            values.AddRange(values.Where(v => v.Contains(' ', StringComparison.Ordinal) && !v.Any(char.IsDigit)).SelectMany(v => v.Split(' ')).Where(w => w.Length > 3).ToList());
            return values.Distinct().ToList();
        });
        Assert.Contains("Sanne", identity);
        var mails = JobTestSupport.Mails(app);
        Assert.True(mails.Count >= 3, $"expected digest, rollover and audit mails, got {mails.Count}");
        foreach (var mail in mails)
            foreach (var value in identity)
                Assert.False(mail.Headers.Contains(value, StringComparison.OrdinalIgnoreCase) || mail.Body.Contains(value, StringComparison.OrdinalIgnoreCase), $"A mail contains the identity value '{value}'.");
    }

    [Fact]
    public async Task A_second_digest_run_on_the_same_day_sends_nothing_and_the_next_day_sends_again()
    {
        using var app = new AppFactory();
        var anna = await app.CreateUserAsync(Roles.Interviewer, "anna@example.org");
        await StudyData.CaseAsync(app, interviewerId: anna.Id);
        await app.RunOkAsync<RecontactPlannerJob>();
        await app.RunOkAsync<ReminderDigestJob>();
        var before = await JobTestSupport.StateAsync(app);

        var second = await app.RunOkAsync<ReminderDigestJob>();

        Assert.Equal(before, await JobTestSupport.StateAsync(app));
        Assert.Contains("\"alreadySentToday\":1", second.Counts, StringComparison.Ordinal);
        app.MoveTo(app.Clock.Today.AddDays(1));
        await app.RunOkAsync<ReminderDigestJob>();
        Assert.Equal(2, JobTestSupport.Mails(app).Count);
        Assert.Equal(1, await app.DbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task Coordinators_are_reminded_once_a_year_to_open_the_next_cohort()
    {
        using var app = new AppFactory();
        await app.CreateUserAsync(Roles.Coordinator, "coordinator@example.org");
        await StudyData.PrepareAsync(app);
        app.MoveTo(new DateOnly(app.Clock.Today.Year, 12, 1));

        var run = await app.RunOkAsync<CohortRolloverJob>();

        var notification = await app.DbAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((Roles.Coordinator, JobMessages.OpenNextCohort), (notification.Role, notification.Text));
        var mail = Assert.Single(JobTestSupport.Mails(app));
        Assert.Contains($"cohort {app.Clock.Today.Year + 1}", mail.Headers + mail.Body, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Study", mail.Body, StringComparison.Ordinal);
        Assert.Contains("\"notified\":1", run.Counts, StringComparison.Ordinal);

        var before = await JobTestSupport.StateAsync(app);
        app.MoveTo(app.Clock.Today.AddDays(7));
        await app.RunOkAsync<CohortRolloverJob>();
        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }

    [Fact]
    public async Task Nobody_is_reminded_when_the_next_cohort_already_exists()
    {
        using var app = new AppFactory();
        await app.CreateUserAsync(Roles.Coordinator, "coordinator@example.org");
        await StudyData.PrepareAsync(app, app.Clock.Today.Year + 1);

        var run = await app.RunOkAsync<CohortRolloverJob>();

        Assert.Equal("{\"nextCohortExists\":1}", run.Counts);
        Assert.Empty(JobTestSupport.Mails(app));
        Assert.Equal(0, await app.DbAsync(db => db.Notifications.CountAsync()));
    }
}
