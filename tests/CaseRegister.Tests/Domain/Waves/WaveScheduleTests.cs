using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Tests.Domain.Waves;

public class WaveScheduleTests
{
    private static readonly DateOnly StudyStart = new(2026, 1, 1);
    private static readonly WaveSchedule Schedule = new(new ScheduleSettings { StudyStart = StudyStart });

    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [Fact]
    public void The_default_study_runs_four_years_up_to_and_including_the_day_before_the_fifth_start()
    {
        var settings = new ScheduleSettings { StudyStart = StudyStart };

        Assert.Equal(D(31, 12, 2029), settings.StudyEnd);
        Assert.Equal(6, settings.FollowUpIntervalMonths);
        Assert.Equal(42, settings.ContactWindowDays);
        Assert.Equal(56, settings.BaselineDeadlineDays);
    }

    [Fact]
    public void A_case_enrolled_at_study_start_gets_T0_and_seven_follow_ups()
    {
        var waves = Schedule.For(StudyStart);

        Assert.Equal(["T0", "T6", "T12", "T18", "T24", "T30", "T36", "T42"], waves.Select(w => w.Label));
        Assert.Equal(WaveKind.Baseline, waves[0].Kind);
        Assert.All(waves.Skip(1), w => Assert.Equal(WaveKind.FollowUp, w.Kind));
        Assert.Equal(D(26, 8, 2029), waves[^1].DueOn);
    }

    [Fact]
    public void T0_is_due_at_the_deadline_and_its_window_runs_from_the_inclusion_date_to_the_due_date()
    {
        var t0 = Schedule.For(StudyStart)[0];

        Assert.Equal(new PlannedWave("T0", WaveKind.Baseline, 0, D(26, 2, 2026), D(1, 1, 2026), D(26, 2, 2026)), t0);
    }

    [Fact]
    public void Before_T0_is_held_the_follow_ups_count_from_the_T0_due_date()
    {
        var t6 = Schedule.For(StudyStart)[1];

        Assert.Equal(new PlannedWave("T6", WaveKind.FollowUp, 6, D(26, 8, 2026), D(15, 7, 2026), D(7, 10, 2026)), t6);
    }

    [Fact]
    public void Once_T0_is_held_the_follow_ups_count_from_the_interview_date()
    {
        var waves = Schedule.For(StudyStart, baselineCompletedOn: D(20, 1, 2026));

        Assert.Equal(D(26, 2, 2026), waves[0].DueOn);
        Assert.Equal(D(20, 7, 2026), waves[1].DueOn);
        Assert.Equal(D(20, 7, 2029), waves[^1].DueOn);
    }

    [Fact]
    public void A_late_T0_moves_the_follow_ups_and_can_cost_the_last_one()
    {
        var waves = Schedule.For(StudyStart, baselineCompletedOn: D(1, 7, 2026));

        Assert.Equal("T36", waves[^1].Label);
        Assert.Equal(D(1, 7, 2029), waves[^1].DueOn);
    }

    [Fact]
    public void A_case_from_a_later_cohort_gets_fewer_waves()
    {
        var waves = Schedule.For(D(10, 1, 2028));

        Assert.Equal(["T0", "T6", "T12", "T18"], waves.Select(w => w.Label));
        Assert.Equal(D(6, 3, 2028), waves[0].DueOn);
        Assert.Equal(D(6, 9, 2029), waves[^1].DueOn);
    }

    [Fact]
    public void A_case_included_in_the_last_months_gets_only_T0()
    {
        var waves = Schedule.For(D(1, 6, 2029));

        Assert.Equal("T0", Assert.Single(waves).Label);
    }

    [Fact]
    public void A_follow_up_due_on_the_last_study_day_is_still_planned()
    {
        var waves = Schedule.For(D(1, 1, 2026), baselineCompletedOn: D(31, 12, 2025));

        Assert.Equal(D(31, 12, 2029), waves[^1].DueOn);
        Assert.Equal("T48", waves[^1].Label);
    }

    [Fact]
    public void An_inclusion_on_29_February_2028_has_its_T0_due_eight_weeks_later()
    {
        var t0 = Schedule.For(D(29, 2, 2028))[0];

        Assert.Equal(D(29, 2, 2028), t0.WindowOpensOn);
        Assert.Equal(D(25, 4, 2028), t0.DueOn);
    }

    [Fact]
    public void Follow_ups_of_a_T0_held_on_29_February_fall_on_28_February_in_common_years_and_back_on_the_29th_after()
    {
        var waves = Schedule.For(D(29, 2, 2028), baselineCompletedOn: D(29, 2, 2028));

        Assert.Equal(
            [D(29, 8, 2028), D(28, 2, 2029), D(29, 8, 2029)],
            waves.Skip(1).Select(w => w.DueOn));
    }

    [Fact]
    public void Month_ends_are_clipped_per_wave_and_not_carried_to_the_next()
    {
        var monthly = new WaveSchedule(new ScheduleSettings
        {
            StudyStart = D(1, 1, 2027),
            DurationYears = 2,
            FollowUpIntervalMonths = 1,
            ContactWindowWeeks = 1,
        });

        var waves = monthly.For(D(1, 1, 2027), baselineCompletedOn: D(31, 1, 2027));

        Assert.Equal(["T1", "T2", "T3"], waves.Skip(1).Take(3).Select(w => w.Label));
        Assert.Equal([D(28, 2, 2027), D(31, 3, 2027), D(30, 4, 2027)], waves.Skip(1).Take(3).Select(w => w.DueOn));
        Assert.Equal(D(29, 2, 2028), waves.Single(w => w.Label == "T13").DueOn);
    }

    [Fact]
    public void A_follow_up_window_opens_exactly_six_weeks_before_and_closes_exactly_six_weeks_after_the_due_date()
    {
        foreach (var wave in Schedule.For(StudyStart).Skip(1))
        {
            Assert.Equal(wave.DueOn.AddDays(-42), wave.WindowOpensOn);
            Assert.Equal(wave.DueOn.AddDays(42), wave.WindowClosesOn);
        }
    }

    [Fact]
    public void Labels_follow_the_configured_interval()
    {
        var quarterly = new WaveSchedule(new ScheduleSettings { StudyStart = StudyStart, DurationYears = 1, FollowUpIntervalMonths = 3, ContactWindowWeeks = 4 });

        Assert.Equal(["T0", "T3", "T6", "T9"], quarterly.For(StudyStart).Select(w => w.Label));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 5)]
    [InlineData(6, 13)]
    public void Settings_whose_windows_would_share_a_day_are_refused(int intervalMonths, int windowWeeks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WaveSchedule(new ScheduleSettings
        {
            StudyStart = StudyStart,
            FollowUpIntervalMonths = intervalMonths,
            ContactWindowWeeks = windowWeeks,
        }));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 6)]
    [InlineData(6, 12)]
    public void Settings_whose_windows_just_fit_between_the_due_dates_are_accepted(int intervalMonths, int windowWeeks)
    {
        var schedule = new WaveSchedule(new ScheduleSettings
        {
            StudyStart = StudyStart,
            FollowUpIntervalMonths = intervalMonths,
            ContactWindowWeeks = windowWeeks,
        });

        // Checked on real dates, from a month end through February of a leap and a common year.
        var followUps = schedule.For(StudyStart, baselineCompletedOn: new DateOnly(2026, 8, 31)).Skip(1).ToList();
        Assert.All(followUps.Zip(followUps.Skip(1)), pair => Assert.True(pair.First.WindowClosesOn < pair.Second.WindowOpensOn));
    }

    [Theory]
    [InlineData(0, 6, 6, 8)]
    [InlineData(4, 0, 6, 8)]
    [InlineData(4, 6, -1, 8)]
    [InlineData(4, 6, 6, 0)]
    public void Nonsense_settings_are_refused(int years, int interval, int window, int deadline)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WaveSchedule(new ScheduleSettings
        {
            StudyStart = StudyStart,
            DurationYears = years,
            FollowUpIntervalMonths = interval,
            ContactWindowWeeks = window,
            BaselineDeadlineWeeks = deadline,
        }));
    }
}
