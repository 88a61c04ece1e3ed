using CaseRegister.Web.Domain.Inclusion;

namespace CaseRegister.Web.Domain.Waves;

// The status of a wave on a given day, and whether an interview may be recorded in it.
public static class WaveStatusRules
{
    // caseEndedOn is the withdrawal date, or the date the case otherwise ended (completed, lost to
    // follow-up, deceased). Completion and case end count from their date on, so asking about an
    // earlier day gives the status that day had.
    //
    // A consent block does not change the status: the wave is still due or overdue and the
    // interviewer still has to act (obtain the consent). It is returned as a flag on due and missed
    // waves so the dashboard and planner can show it.
    public static WaveState StatusOn(
        PlannedWave wave, DateOnly today, DateOnly? completedOn, DateOnly? caseEndedOn, bool consentBlocked)
    {
        var status = Status(wave, today, completedOn, caseEndedOn);
        return new WaveState(status, consentBlocked && status is WaveStatus.Due or WaveStatus.Missed);
    }

    private static WaveStatus Status(PlannedWave wave, DateOnly today, DateOnly? completedOn, DateOnly? caseEndedOn)
    {
        if (completedOn is { } completed && completed <= today)
            return WaveStatus.Completed;

        if (caseEndedOn is { } ended && ended <= today)
        {
            // A wave whose window had already closed before the case ended was missed, and stays
            // missed: attrition analyses count it. Everything still open or ahead is cancelled.
            return wave.WindowClosesOn < ended ? WaveStatus.Missed : WaveStatus.Cancelled;
        }

        if (today < wave.WindowOpensOn) return WaveStatus.Planned;
        if (today <= wave.WindowClosesOn) return WaveStatus.Due;

        // Overdue. An overdue wave can still be completed late; it then counts as completed.
        return WaveStatus.Missed;
    }

    // One reason, the most fundamental first: a withdrawn case is not helped by hearing about
    // consent. Recording in a wave whose window is not yet open, or has closed, is allowed: the
    // window is a planning aid and a late interview is better than a missing one.
    public static InterviewPermission CanRecordInterview(
        WaveKind waveKind, CaseStatus caseStatus, bool baselineCompleted, bool consentBlocked)
    {
        if (caseStatus == CaseStatus.Withdrawn)
            return InterviewPermission.Denied(WaveMessages.CaseWithdrawn);
        if (caseStatus is CaseStatus.Completed or CaseStatus.LostToFollowUp or CaseStatus.Deceased)
            return InterviewPermission.Denied(WaveMessages.CaseEnded);
        if (consentBlocked)
            return InterviewPermission.Denied(WaveMessages.ConsentBlocked);
        if (waveKind == WaveKind.FollowUp && !baselineCompleted)
            return InterviewPermission.Denied(WaveMessages.BaselineFirst);
        return InterviewPermission.Allowed;
    }
}

public sealed record WaveState(WaveStatus Status, bool IsConsentBlocked);

public sealed record InterviewPermission(bool IsAllowed, RuleMessage? Reason)
{
    public static InterviewPermission Allowed { get; } = new(true, null);

    // Not about one form field: shown above the interview form.
    public static InterviewPermission Denied(string reasonFormat) => new(false, new RuleMessage("", reasonFormat));
}
