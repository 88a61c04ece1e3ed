using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Tests.Domain.Waves;

public class RecontactPlannerTests
{
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    private static readonly WaveSchedule Schedule = new(new ScheduleSettings { StudyStart = D(1, 1, 2026) });

    // T0 due 26-02-2026 (window 01-01 to 26-02); T6 due 26-08-2026 (window 15-07 to 07-10) ...
    private static CaseWaves NewCase(DateOnly? caseEndedOn = null, bool consentBlocked = false) =>
        new([.. Schedule.For(D(1, 1, 2026)).Select(w => new WaveProgress(w, null, WaveStatus.Planned, null))], caseEndedOn, consentBlocked);

    private static CaseWaves Complete(CaseWaves waves, string label, DateOnly on) =>
        waves with { Waves = [.. waves.Waves.Select(w => w.Wave.Label == label ? w with { CompletedOn = on } : w)] };

    private static WaveProgress Wave(CaseWaves waves, string label) => waves.Waves.Single(w => w.Wave.Label == label);

    [Fact]
    public void On_the_inclusion_date_T0_is_due_with_an_open_task_and_nothing_else_has_a_task()
    {
        var outcome = RecontactPlanner.Plan(NewCase(), D(1, 1, 2026));

        Assert.Equal(new ContactTask(ContactTaskState.Open, false), Wave(outcome.Next, "T0").Task);
        Assert.Equal(WaveStatus.Due, Wave(outcome.Next, "T0").Status);
        Assert.All(outcome.Next.Waves.Skip(1), w => Assert.Null(w.Task));
        Assert.Equal(["T0"], outcome.Changes.Select(c => c.WaveLabel));
    }

    [Fact]
    public void Planning_its_own_output_again_changes_nothing_on_any_day_of_the_study()
    {
        var state = Complete(NewCase(), "T0", D(20, 2, 2026));
        state = Complete(state, "T6", D(1, 8, 2026));

        for (var today = D(1, 1, 2026); today <= D(31, 12, 2029); today = today.AddDays(5))
        {
            var once = RecontactPlanner.Plan(state, today);
            var twice = RecontactPlanner.Plan(once.Next, today);

            Assert.Empty(twice.Changes);
            Assert.Equal(once.Next, twice.Next);
            state = once.Next;
        }
    }

    [Fact]
    public void A_task_is_opened_on_the_day_the_window_opens()
    {
        var state = RecontactPlanner.Plan(Complete(NewCase(), "T0", D(20, 2, 2026)), D(14, 7, 2026)).Next;
        Assert.Null(Wave(state, "T6").Task);

        var outcome = RecontactPlanner.Plan(state, D(15, 7, 2026));

        var change = Assert.Single(outcome.Changes);
        Assert.Equal(new PlannerChange("T6", WaveStatus.Planned, WaveStatus.Due, null, new ContactTask(ContactTaskState.Open, false)), change);
    }

    [Fact]
    public void The_day_after_the_window_closes_the_wave_and_its_task_are_marked_missed()
    {
        var state = RecontactPlanner.Plan(Complete(NewCase(), "T0", D(20, 2, 2026)), D(7, 10, 2026)).Next;

        var outcome = RecontactPlanner.Plan(state, D(8, 10, 2026));

        Assert.Equal(
            new PlannerChange("T6", WaveStatus.Due, WaveStatus.Missed, new ContactTask(ContactTaskState.Open, false), new ContactTask(ContactTaskState.Missed, false)),
            Assert.Single(outcome.Changes));
    }

    [Fact]
    public void After_downtime_a_wave_whose_whole_window_passed_still_gets_a_missed_task()
    {
        var state = RecontactPlanner.Plan(Complete(NewCase(), "T0", D(20, 2, 2026)), D(1, 7, 2026)).Next;

        var outcome = RecontactPlanner.Plan(state, D(1, 11, 2026));

        Assert.Equal(new ContactTask(ContactTaskState.Missed, false), Wave(outcome.Next, "T6").Task);
    }

    [Fact]
    public void One_run_after_downtime_gives_the_same_statuses_and_open_tasks_as_daily_runs()
    {
        var start = Complete(NewCase(), "T0", D(20, 2, 2026));
        var daily = start;
        for (var today = D(1, 1, 2026); today <= D(1, 3, 2027); today = today.AddDays(1))
            daily = RecontactPlanner.Plan(daily, today).Next;

        var once = RecontactPlanner.Plan(start, D(1, 3, 2027)).Next;

        Assert.Equal(daily.Waves.Select(w => w.Status), once.Waves.Select(w => w.Status));
        Assert.Equal(ActionableTasks(daily), ActionableTasks(once));
    }

    private static IEnumerable<(string, ContactTask)> ActionableTasks(CaseWaves waves) =>
        waves.Waves
            .Where(w => w.Task is { State: ContactTaskState.Open or ContactTaskState.Missed })
            .Select(w => (w.Wave.Label, w.Task!));

    [Fact]
    public void Completing_a_wave_closes_its_task()
    {
        var state = RecontactPlanner.Plan(NewCase(), D(10, 1, 2026)).Next;

        var outcome = RecontactPlanner.Plan(Complete(state, "T0", D(12, 1, 2026)), D(13, 1, 2026));

        Assert.Equal(new WaveProgress(Wave(state, "T0").Wave, D(12, 1, 2026), WaveStatus.Completed, new ContactTask(ContactTaskState.Done, false)), Wave(outcome.Next, "T0"));
    }

    [Fact]
    public void Withdrawal_cancels_open_and_missed_tasks_and_every_future_wave()
    {
        // T0 missed (never held), T6 due with an open task, then the youth withdraws.
        var state = RecontactPlanner.Plan(NewCase(), D(1, 9, 2026)).Next;
        Assert.Equal(ContactTaskState.Missed, Wave(state, "T0").Task!.State);

        var withdrawn = RecontactPlanner.Plan(state with { CaseEndedOn = D(2, 9, 2026) }, D(2, 9, 2026)).Next;

        Assert.Equal(WaveStatus.Missed, Wave(withdrawn, "T0").Status);
        Assert.Equal(new ContactTask(ContactTaskState.Cancelled, false), Wave(withdrawn, "T0").Task);
        Assert.Equal(WaveStatus.Cancelled, Wave(withdrawn, "T6").Status);
        Assert.Equal(new ContactTask(ContactTaskState.Cancelled, false), Wave(withdrawn, "T6").Task);
        Assert.All(withdrawn.Waves.Skip(2), w =>
        {
            Assert.Equal(WaveStatus.Cancelled, w.Status);
            Assert.Null(w.Task);
        });
    }

    [Fact]
    public void A_consent_block_keeps_the_task_open_but_flags_it_until_the_consent_is_there()
    {
        var blocked = RecontactPlanner.Plan(NewCase(consentBlocked: true), D(10, 1, 2026)).Next;
        Assert.Equal(new ContactTask(ContactTaskState.Open, true), Wave(blocked, "T0").Task);

        var unblocked = RecontactPlanner.Plan(blocked with { ConsentBlocked = false }, D(11, 1, 2026));

        Assert.Equal(new ContactTask(ContactTaskState.Open, false), Wave(unblocked.Next, "T0").Task);
        Assert.Single(unblocked.Changes);
    }

    [Fact]
    public void A_task_whose_window_moved_later_with_a_late_T0_is_removed()
    {
        // T6 was planned from T0's due date and had its window open; then T0 was held late,
        // so the job re-plans T6 from the interview date and its window is no longer open.
        var state = RecontactPlanner.Plan(NewCase(), D(1, 8, 2026)).Next;
        Assert.NotNull(Wave(state, "T6").Task);
        var replanned = Schedule.For(D(1, 1, 2026), baselineCompletedOn: D(31, 7, 2026));
        var moved = state with
        {
            Waves = [.. state.Waves.Zip(replanned, (stored, plan) => stored with { Wave = plan, CompletedOn = plan.Label == "T0" ? D(31, 7, 2026) : null })],
        };

        var outcome = RecontactPlanner.Plan(moved, D(1, 8, 2026));

        Assert.Equal(WaveStatus.Planned, Wave(outcome.Next, "T6").Status);
        Assert.Null(Wave(outcome.Next, "T6").Task);
    }
}
