namespace CaseRegister.Web.Domain.Waves;

// SPEC §2.5: T0 within the T0 deadline after inclusion, then a follow-up every interval until the
// study ends.
//
// Anchor of the follow-ups: the date the T0 interview was actually held once T0 is completed,
// and T0's due date until then. The study measures change over six months, so the intervals are
// counted from the real baseline; a T0 held early or late moves all follow-ups with it. This never
// moves a completed follow-up: no follow-up can be recorded before T0 is completed
// (WaveStatusRules.CanRecordInterview), so when the anchor settles nothing after it exists yet.
// Callers re-plan with the T0 date once T0 is completed.
public sealed class WaveSchedule
{
    private readonly ScheduleSettings _settings;

    public WaveSchedule(ScheduleSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.DurationYears, 1, nameof(settings.DurationYears));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.FollowUpIntervalMonths, 1, nameof(settings.FollowUpIntervalMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(settings.ContactWindowWeeks, nameof(settings.ContactWindowWeeks));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.BaselineDeadlineWeeks, 1, nameof(settings.BaselineDeadlineWeeks));

        // Overlapping windows would make one day belong to two waves. Windows are inclusive, so
        // the shortest gap between two due dates must be more than twice the window.
        if (2 * settings.ContactWindowDays >= ShortestSpanInDays(settings.FollowUpIntervalMonths))
        {
            throw new ArgumentOutOfRangeException(
                nameof(settings), "The contact windows of consecutive follow-ups would overlap: shorten the window or lengthen the interval.");
        }

        _settings = settings;
    }

    public ScheduleSettings Settings => _settings;

    public IReadOnlyList<PlannedWave> For(DateOnly inclusionDate, DateOnly? baselineCompletedOn = null)
    {
        var baseline = Baseline(inclusionDate);
        var waves = new List<PlannedWave> { baseline };
        var anchor = baselineCompletedOn ?? baseline.DueOn;

        // Each due date is counted from the anchor, not from the previous wave: stepping month by
        // month would let a clipped month end stick (31-01 → 28-02 → 28-03 instead of 31-03).
        for (var k = 1; ; k++)
        {
            var months = k * _settings.FollowUpIntervalMonths;
            var due = anchor.AddMonths(months);
            if (due > _settings.StudyEnd) break;
            waves.Add(new PlannedWave(
                $"T{months}",
                WaveKind.FollowUp,
                months,
                due,
                due.AddDays(-_settings.ContactWindowDays),
                due.AddDays(_settings.ContactWindowDays)));
        }

        return waves;
    }

    // The fewest days a number of calendar months can span. Starting on every day of a common and
    // a leap year meets every combination of month lengths; a due date clipped to a month end is
    // followed by one at least this far away, so these starts are enough.
    private static int ShortestSpanInDays(int months)
    {
        var shortest = int.MaxValue;
        for (var start = new DateOnly(2027, 1, 1); start.Year < 2029; start = start.AddDays(1))
            shortest = Math.Min(shortest, start.AddMonths(months).DayNumber - start.DayNumber);
        return shortest;
    }

    // T0 is always planned, even for an inclusion close to the study end: an enrolled case
    // without a baseline would be an empty record.
    public PlannedWave Baseline(DateOnly inclusionDate)
    {
        var due = inclusionDate.AddDays(_settings.BaselineDeadlineDays);
        return new PlannedWave("T0", WaveKind.Baseline, 0, due, inclusionDate, due);
    }
}
