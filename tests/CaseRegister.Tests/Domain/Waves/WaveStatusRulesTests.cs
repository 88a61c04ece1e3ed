using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Tests.Domain.Waves;

public class WaveStatusRulesTests
{
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    // Due 26-08-2026, window 15-07-2026 up to and including 07-10-2026.
    private static readonly PlannedWave T6 = new("T6", WaveKind.FollowUp, 6, D(26, 8, 2026), D(15, 7, 2026), D(7, 10, 2026));

    private static WaveStatus StatusOn(DateOnly today, DateOnly? completedOn = null, DateOnly? caseEndedOn = null) =>
        WaveStatusRules.StatusOn(T6, today, completedOn, caseEndedOn, consentBlocked: false).Status;

    [Fact]
    public void The_wave_is_planned_until_the_day_before_its_window_opens()
    {
        Assert.Equal(WaveStatus.Planned, StatusOn(D(14, 7, 2026)));
    }

    [Fact]
    public void The_wave_is_due_from_exactly_six_weeks_before_the_due_date()
    {
        Assert.Equal(WaveStatus.Due, StatusOn(D(15, 7, 2026)));
    }

    [Fact]
    public void The_wave_is_still_due_on_the_last_day_of_its_window()
    {
        Assert.Equal(WaveStatus.Due, StatusOn(D(7, 10, 2026)));
    }

    [Fact]
    public void The_wave_is_missed_the_day_after_its_window_closes()
    {
        Assert.Equal(WaveStatus.Missed, StatusOn(D(8, 10, 2026)));
    }

    [Fact]
    public void A_completed_wave_is_completed_even_when_completed_after_its_window()
    {
        Assert.Equal(WaveStatus.Completed, StatusOn(D(1, 9, 2026), completedOn: D(20, 8, 2026)));
        Assert.Equal(WaveStatus.Completed, StatusOn(D(1, 12, 2026), completedOn: D(20, 11, 2026)));
    }

    [Fact]
    public void A_completion_after_the_day_asked_about_does_not_count_yet()
    {
        Assert.Equal(WaveStatus.Due, StatusOn(D(1, 8, 2026), completedOn: D(20, 8, 2026)));
    }

    [Fact]
    public void Withdrawal_cancels_an_open_wave_and_every_later_one()
    {
        var withdrawn = D(1, 9, 2026);

        Assert.Equal(WaveStatus.Cancelled, StatusOn(D(2, 9, 2026), caseEndedOn: withdrawn));
        Assert.Equal(WaveStatus.Cancelled, StatusOn(D(2, 9, 2026), caseEndedOn: D(1, 6, 2026)));
    }

    [Fact]
    public void Withdrawal_on_the_last_day_of_the_window_cancels_and_the_day_after_leaves_it_missed()
    {
        Assert.Equal(WaveStatus.Cancelled, StatusOn(D(1, 11, 2026), caseEndedOn: D(7, 10, 2026)));
        Assert.Equal(WaveStatus.Missed, StatusOn(D(1, 11, 2026), caseEndedOn: D(8, 10, 2026)));
    }

    [Fact]
    public void Withdrawal_does_not_undo_a_completed_wave()
    {
        Assert.Equal(WaveStatus.Completed, StatusOn(D(1, 11, 2026), completedOn: D(20, 8, 2026), caseEndedOn: D(1, 9, 2026)));
    }

    [Fact]
    public void A_withdrawal_dated_after_the_day_asked_about_has_no_effect_yet()
    {
        Assert.Equal(WaveStatus.Due, StatusOn(D(1, 8, 2026), caseEndedOn: D(1, 9, 2026)));
    }

    [Fact]
    public void Status_only_moves_forward_from_planned_to_due_to_missed()
    {
        var statuses = Enumerable.Range(0, 200)
            .Select(i => StatusOn(D(1, 6, 2026).AddDays(i)))
            .ToList();

        Assert.Equal(statuses.OrderBy(s => s switch { WaveStatus.Planned => 0, WaveStatus.Due => 1, _ => 2 }), statuses);
        Assert.Equal([WaveStatus.Planned, WaveStatus.Due, WaveStatus.Missed], statuses.Distinct());
    }

    [Fact]
    public void Asking_twice_about_the_same_day_gives_the_same_status()
    {
        var first = WaveStatusRules.StatusOn(T6, D(1, 9, 2026), null, null, consentBlocked: true);
        var second = WaveStatusRules.StatusOn(T6, D(1, 9, 2026), null, null, consentBlocked: true);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_consent_block_leaves_due_and_missed_waves_as_they_are_but_flags_them()
    {
        Assert.Equal(new WaveState(WaveStatus.Due, true), WaveStatusRules.StatusOn(T6, D(1, 9, 2026), null, null, consentBlocked: true));
        Assert.Equal(new WaveState(WaveStatus.Missed, true), WaveStatusRules.StatusOn(T6, D(1, 11, 2026), null, null, consentBlocked: true));
    }

    [Fact]
    public void A_consent_block_is_not_flagged_on_waves_that_need_no_action()
    {
        Assert.False(WaveStatusRules.StatusOn(T6, D(1, 6, 2026), null, null, consentBlocked: true).IsConsentBlocked);
        Assert.False(WaveStatusRules.StatusOn(T6, D(1, 9, 2026), D(20, 8, 2026), null, consentBlocked: true).IsConsentBlocked);
        Assert.False(WaveStatusRules.StatusOn(T6, D(1, 9, 2026), null, D(1, 8, 2026), consentBlocked: true).IsConsentBlocked);
    }
}
