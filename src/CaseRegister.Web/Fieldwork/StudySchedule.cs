using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Web.Fieldwork;

public static class StudySchedule
{
    public static WaveSchedule From(StudySettings settings) => new(new ScheduleSettings
    {
        StudyStart = settings.StudyStart,
        DurationYears = settings.DurationYears,
        FollowUpIntervalMonths = settings.FollowUpIntervalMonths,
        ContactWindowWeeks = settings.ContactWindowWeeks,
        BaselineDeadlineWeeks = settings.BaselineDeadlineWeeks,
    });
}
