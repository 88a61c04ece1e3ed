namespace CaseRegister.Web.Domain.Waves;

// The part of the study settings (§2.1) that the wave schedule uses, with the spec's defaults.
public sealed record ScheduleSettings
{
    public required DateOnly StudyStart { get; init; }
    public int DurationYears { get; init; } = 4;
    public int FollowUpIntervalMonths { get; init; } = 6;
    public int ContactWindowWeeks { get; init; } = 6;
    public int BaselineDeadlineWeeks { get; init; } = 8;

    // The last day of the study, inclusive: a study starting 01-01-2026 for 4 years ends on
    // 31-12-2029, not on 01-01-2030.
    public DateOnly StudyEnd => StudyStart.AddYears(DurationYears).AddDays(-1);

    public int ContactWindowDays => ContactWindowWeeks * 7;
    public int BaselineDeadlineDays => BaselineDeadlineWeeks * 7;
}
