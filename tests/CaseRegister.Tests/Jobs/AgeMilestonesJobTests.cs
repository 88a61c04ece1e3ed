using CaseRegister.Tests.Support;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Jobs;

public class AgeMilestonesJobTests
{
    private static Task<List<CaseTask>> ReconsentTasksAsync(AppFactory app, Guid caseId) =>
        app.DbAsync(db => db.CaseTasks.AsNoTracking().Where(t => t.CaseId == caseId && t.Kind == CaseTaskKind.Reconsent).ToListAsync());

    private static Task<ConsentStatusKind> StateAsync(AppFactory app, Guid caseId) =>
        app.DbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.ConsentState).SingleAsync());

    [Fact]
    public async Task A_youth_turning_12_gets_a_reconsent_task_exactly_8_weeks_ahead_and_is_blocked_after_the_birthday_without_own_consent()
    {
        using var app = new AppFactory();
        var birthday = app.Clock.Today.AddDays(60);
        var (caseId, _) = await StudyData.CaseAsync(app, birthday.AddYears(-12));
        await app.RunOkAsync<RecontactPlannerJob>();

        app.MoveTo(birthday.AddDays(-57));
        await app.RunOkAsync<AgeMilestonesJob>();
        Assert.Empty(await ReconsentTasksAsync(app, caseId));
        Assert.Equal(ConsentStatusKind.Complete, await StateAsync(app, caseId));

        app.MoveTo(birthday.AddDays(-56));
        await app.RunOkAsync<AgeMilestonesJob>();
        var task = Assert.Single(await ReconsentTasksAsync(app, caseId));
        Assert.Equal((12, birthday, ContactTaskState.Open, false), (task.MilestoneAge, task.DueOn, task.State, task.ConsentBlocked));
        Assert.Equal(ConsentStatusKind.MilestoneDue, await StateAsync(app, caseId));

        app.MoveTo(birthday.AddDays(-1));
        await app.RunOkAsync<AgeMilestonesJob>();
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(ConsentStatusKind.MilestoneDue, await StateAsync(app, caseId));
        Assert.DoesNotContain(await app.DbAsync(db => db.Waves.Where(w => w.CaseId == caseId).ToListAsync()), w => w.ConsentBlocked);

        app.MoveTo(birthday);
        await app.RunOkAsync<AgeMilestonesJob>();
        Assert.Equal(ConsentStatusKind.Blocked, await StateAsync(app, caseId));
        task = Assert.Single(await ReconsentTasksAsync(app, caseId));
        Assert.Equal((ContactTaskState.Open, true), (task.State, task.ConsentBlocked));
        var t0 = await app.DbAsync(db => db.Waves.SingleAsync(w => w.CaseId == caseId && w.Label == "T0"));
        Assert.Equal((WaveStatus.Missed, true), (t0.Status, t0.ConsentBlocked));
        var contact = await app.DbAsync(db => db.CaseTasks.SingleAsync(t => t.WaveId == t0.Id));
        Assert.True(contact.ConsentBlocked);
        Assert.False(WaveStatusRules.CanRecordInterview(WaveKind.Baseline, CaseStatus.Enrolled, false, t0.ConsentBlocked).IsAllowed);

        // The planner agrees with the block the next night.
        var before = await JobTestSupport.StateAsync(app);
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }

    [Fact]
    public async Task The_reconsent_task_closes_and_the_block_lifts_once_the_own_consent_is_recorded()
    {
        using var app = new AppFactory();
        var birthday = app.Clock.Today.AddDays(30);
        var (caseId, _) = await StudyData.CaseAsync(app, birthday.AddYears(-12));
        await app.RunOkAsync<RecontactPlannerJob>();
        app.MoveTo(birthday.AddDays(2));
        await app.RunOkAsync<AgeMilestonesJob>();
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(ConsentStatusKind.Blocked, await StateAsync(app, caseId));

        var given = app.Clock.Today;
        await app.WithDbAsync(async db =>
        {
            var youth = await db.CasePersons.SingleAsync(p => p.CaseId == caseId && p.Role == PersonRole.Youth);
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(), CaseId = caseId, PersonId = youth.Id, TemplateId = "youth-12-15", TemplateVersion = 1, Language = "nl",
                TemplateSha256 = new string('0', 64), GivenOn = given, AgeOfYouthAtConsent = 12, Method = ConsentMethod.Paper, RecordedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });
        var run = await app.RunOkAsync<AgeMilestonesJob>();

        Assert.Equal(ConsentStatusKind.Complete, await StateAsync(app, caseId));
        var task = Assert.Single(await ReconsentTasksAsync(app, caseId));
        Assert.Equal((ContactTaskState.Done, false), (task.State, task.ConsentBlocked));
        Assert.NotNull(task.ClosedAtUtc);
        Assert.DoesNotContain(await app.DbAsync(db => db.Waves.Where(w => w.CaseId == caseId).ToListAsync()), w => w.ConsentBlocked);
        Assert.Contains("\"reconsentTasksClosed\":1", run.Counts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_youth_turning_18_gets_an_adult_reconsent_task_and_turning_16_needs_nothing_under_the_default_policy()
    {
        using var app = new AppFactory();
        var (toAdult, _) = await StudyData.CaseAsync(app, app.Clock.Today.AddDays(20).AddYears(-18));
        var (to16, _) = await StudyData.CaseAsync(app, app.Clock.Today.AddDays(20).AddYears(-16), surname: "Bakker");

        await app.RunOkAsync<AgeMilestonesJob>();

        Assert.Equal(18, Assert.Single(await ReconsentTasksAsync(app, toAdult)).MilestoneAge);
        Assert.Empty(await ReconsentTasksAsync(app, to16));
    }

    [Fact]
    public async Task Running_the_age_milestone_job_twice_changes_nothing_the_second_time()
    {
        using var app = new AppFactory();
        await StudyData.CaseAsync(app, app.Clock.Today.AddDays(30).AddYears(-12));
        await StudyData.CaseAsync(app, app.Clock.Today.AddDays(-3).AddYears(-18), surname: "Bakker");
        await app.RunOkAsync<RecontactPlannerJob>();
        app.MoveTo(app.Clock.Today.AddDays(31));

        await app.RunOkAsync<AgeMilestonesJob>();
        var before = await JobTestSupport.StateAsync(app);
        await app.RunOkAsync<AgeMilestonesJob>();

        Assert.Equal(before, await JobTestSupport.StateAsync(app));
    }
}
