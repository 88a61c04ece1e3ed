using CaseRegister.Tests.Support;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;
using CaseRegister.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Tests.Jobs;

// The planner job over real enrolled cases with a moved clock. Each test has its own app: the
// tests move the clock.
public class RecontactPlannerJobTests
{
    private static Task<List<Wave>> WavesAsync(AppFactory app, Guid caseId) =>
        app.DbAsync(db => db.Waves.AsNoTracking().Where(w => w.CaseId == caseId).OrderBy(w => w.MonthsAfterBaseline).ToListAsync());

    private static Task<List<CaseTask>> TasksAsync(AppFactory app, Guid caseId) =>
        app.DbAsync(db => db.CaseTasks.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync());

    [Fact]
    public async Task A_case_enrolled_today_gets_its_T0_contact_task()
    {
        using var app = new AppFactory();
        var (caseId, _) = await StudyData.CaseAsync(app);

        var run = await app.RunOkAsync<RecontactPlannerJob>();

        var waves = await WavesAsync(app, caseId);
        var t0 = waves[0];
        Assert.Equal(("T0", WaveStatus.Due), (t0.Label, t0.Status));
        var task = Assert.Single(await TasksAsync(app, caseId));
        Assert.Equal((CaseTaskKind.WaveContact, t0.Id, ContactTaskState.Open, t0.DueOn, false), (task.Kind, task.WaveId, task.State, task.DueOn, task.ConsentBlocked));
        Assert.Contains("\"tasksCreated\":1", run.Counts, StringComparison.Ordinal);
        Assert.All(waves.Skip(1), w => Assert.Equal(WaveStatus.Planned, w.Status));
    }

    [Fact]
    public async Task The_T6_window_opens_on_time_counted_from_the_day_T0_was_held()
    {
        using var app = new AppFactory();
        var (caseId, _) = await StudyData.CaseAsync(app);
        await app.RunOkAsync<RecontactPlannerJob>();
        var heldOn = app.Clock.Today.AddDays(10);
        await app.WithDbAsync(db => db.Waves.Where(w => w.CaseId == caseId && w.Label == "T0").ExecuteUpdateAsync(s => s.SetProperty(w => w.CompletedOn, heldOn)));

        app.MoveTo(heldOn);
        await app.RunOkAsync<RecontactPlannerJob>();
        var waves = await WavesAsync(app, caseId);
        Assert.Equal(WaveStatus.Completed, waves[0].Status);
        Assert.Equal(ContactTaskState.Done, Assert.Single(await TasksAsync(app, caseId)).State);
        var t6 = waves.Single(w => w.Label == "T6");
        Assert.Equal(heldOn.AddMonths(6), t6.DueOn);
        Assert.Equal(heldOn.AddMonths(6).AddDays(-42), t6.WindowOpensOn);

        app.MoveTo(t6.WindowOpensOn.AddDays(-1));
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(WaveStatus.Planned, (await WavesAsync(app, caseId)).Single(w => w.Label == "T6").Status);
        Assert.DoesNotContain(await TasksAsync(app, caseId), t => t.WaveId == t6.Id);

        app.MoveTo(t6.WindowOpensOn);
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(WaveStatus.Due, (await WavesAsync(app, caseId)).Single(w => w.Label == "T6").Status);
        var task = Assert.Single(await TasksAsync(app, caseId), t => t.WaveId == t6.Id);
        Assert.Equal((ContactTaskState.Open, t6.DueOn), (task.State, task.DueOn));
    }

    [Fact]
    public async Task A_window_that_closes_without_an_interview_is_marked_missed()
    {
        using var app = new AppFactory();
        var (caseId, _) = await StudyData.CaseAsync(app);
        await app.RunOkAsync<RecontactPlannerJob>();
        var t0 = (await WavesAsync(app, caseId))[0];

        app.MoveTo(t0.WindowClosesOn);
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(WaveStatus.Due, (await WavesAsync(app, caseId))[0].Status);

        app.MoveTo(t0.WindowClosesOn.AddDays(1));
        var run = await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(WaveStatus.Missed, (await WavesAsync(app, caseId))[0].Status);
        Assert.Equal(ContactTaskState.Missed, Assert.Single(await TasksAsync(app, caseId)).State);
        Assert.Contains("\"wavesMissed\":1", run.Counts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consent_block_flags_the_due_wave_and_its_task()
    {
        using var app = new AppFactory();
        var (caseId, _) = await StudyData.CaseAsync(app);
        await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentState, ConsentStatusKind.Blocked)));

        await app.RunOkAsync<RecontactPlannerJob>();

        var waves = await WavesAsync(app, caseId);
        Assert.True(waves[0].ConsentBlocked);
        Assert.All(waves.Skip(1), w => Assert.False(w.ConsentBlocked));
        Assert.True(Assert.Single(await TasksAsync(app, caseId)).ConsentBlocked);
    }

    [Fact]
    public async Task Withdrawal_cancels_every_open_task_and_every_wave_still_ahead()
    {
        using var app = new AppFactory();
        // Turns 12 in seven weeks: the age-milestone job has opened a re-consent task too.
        var dob = app.Clock.Today.AddDays(49).AddYears(-12);
        var (caseId, _) = await StudyData.CaseAsync(app, dob);
        await app.RunOkAsync<AgeMilestonesJob>();
        await app.RunOkAsync<RecontactPlannerJob>();
        Assert.Equal(2, (await TasksAsync(app, caseId)).Count(t => t.State == ContactTaskState.Open));

        app.MoveTo(app.Clock.Today.AddDays(3));
        var withdrawnOn = app.Clock.Today;
        await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, CaseStatus.Withdrawn).SetProperty(c => c.EndedOn, withdrawnOn)));
        await app.RunOkAsync<AgeMilestonesJob>();
        await app.RunOkAsync<RecontactPlannerJob>();

        Assert.All(await TasksAsync(app, caseId), t => Assert.Equal(ContactTaskState.Cancelled, t.State));
        Assert.All(await WavesAsync(app, caseId), w => Assert.Equal(WaveStatus.Cancelled, w.Status));
        Assert.Empty(await app.DbAsync(db => ReminderDigest.ItemsAsync(db, null, default)));
    }

    [Fact]
    public async Task Running_the_planner_twice_changes_nothing_the_second_time()
    {
        using var app = new AppFactory();
        var (first, _) = await StudyData.CaseAsync(app);
        await StudyData.CaseAsync(app, surname: "Bakker");
        await app.WithDbAsync(db => db.Cases.Where(c => c.Id == first).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentState, ConsentStatusKind.Blocked)));
        app.MoveTo(app.Clock.Today.AddDays(100));

        await app.RunOkAsync<RecontactPlannerJob>();
        var before = await JobTestSupport.StateAsync(app);
        var second = await app.RunOkAsync<RecontactPlannerJob>();

        Assert.Equal(before, await JobTestSupport.StateAsync(app));
        Assert.Equal("{\"cases\":2}", second.Counts);
    }

    [Fact]
    public async Task After_two_months_of_downtime_one_run_gives_what_regular_runs_would_have_given()
    {
        using var daily = new AppFactory();
        using var late = new AppFactory();
        foreach (var app in new[] { daily, late }) await StudyData.CaseAsync(app, app.Clock.Today.AddYears(-14));
        var start = daily.Clock.Today;

        for (var day = 0; day <= 60; day += 6)
        {
            daily.MoveTo(start.AddDays(day));
            await daily.RunOkAsync<RecontactPlannerJob>();
        }
        late.MoveTo(start.AddDays(60));
        await late.RunOkAsync<RecontactPlannerJob>();

        static async Task<List<string>> Summary(AppFactory app) => await app.DbAsync(async db =>
            (await db.Waves.AsNoTracking().OrderBy(w => w.MonthsAfterBaseline).Select(w => $"{w.Label} {w.Status}").ToListAsync())
            .Concat(await db.CaseTasks.AsNoTracking().Select(t => $"task {t.Kind} {t.State} {t.DueOn}").ToListAsync()).ToList());
        Assert.Equal(await Summary(daily), await Summary(late));
    }
}
