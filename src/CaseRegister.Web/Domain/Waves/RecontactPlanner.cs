namespace CaseRegister.Web.Domain.Waves;

// The decision part of the daily re-contact planner job (§2.7): from a case's waves as stored and
// today's date, the statuses and contact tasks that should exist. The job loads, calls Plan,
// and saves the changes it reports.
//
// The desired state depends only on the wave dates, completion, case end, consent block and today
// (plus whether a task already exists), never on what the previous run wrote. That makes it
// idempotent and safe after downtime: running twice changes nothing the second time, and running
// once after a week off gives the same statuses and the same open and missed tasks as running
// every day. (It only skips creating a task that would already be done or cancelled.)
public static class RecontactPlanner
{
    public static PlannerOutcome Plan(CaseWaves current, DateOnly today)
    {
        var next = new List<WaveProgress>(current.Waves.Count);
        var changes = new List<PlannerChange>();

        var caseEnded = current.CaseEndedOn is { } endedOn && endedOn <= today;

        foreach (var wave in current.Waves)
        {
            var state = WaveStatusRules.StatusOn(wave.Wave, today, wave.CompletedOn, current.CaseEndedOn, current.ConsentBlocked);
            var task = TaskFor(state, wave.Task, caseEnded);
            var planned = wave with { Status = state.Status, Task = task };
            next.Add(planned);

            if (planned != wave)
                changes.Add(new PlannerChange(wave.Wave.Label, wave.Status, planned.Status, wave.Task, task));
        }

        return new PlannerOutcome(current with { Waves = next }, changes);
    }

    private static ContactTask? TaskFor(WaveState state, ContactTask? existing, bool caseEnded)
    {
        // Completion closes an existing task; it never creates one.
        if (state.Status == WaveStatus.Completed)
            return existing is null ? null : new ContactTask(ContactTaskState.Done, false);

        // After withdrawal or another case end nobody may be contacted (§2.4): every task still
        // asking for contact is cancelled, including those of waves that stay "missed" for the
        // attrition figures. No new task is created.
        if (caseEnded || state.Status == WaveStatus.Cancelled)
            return existing is null ? null : new ContactTask(ContactTaskState.Cancelled, false);

        return state.Status switch
        {
            // Also removes a task whose window is no longer open because the follow-ups moved with
            // a late T0 (see WaveSchedule).
            WaveStatus.Planned => null,
            WaveStatus.Due => new ContactTask(ContactTaskState.Open, state.IsConsentBlocked),
            // Created even if the window opened and closed while the job was down, so the overdue
            // wave still reaches the interviewer.
            WaveStatus.Missed => new ContactTask(ContactTaskState.Missed, state.IsConsentBlocked),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state.Status, "Unknown wave status."),
        };
    }
}

public enum ContactTaskState { Open, Missed, Done, Cancelled }

// One contact task per wave (contact the family and professionals for this wave's interviews).
// Its dates are the wave's window.
public sealed record ContactTask(ContactTaskState State, bool ConsentBlocked);

// A wave as stored: its plan, when it was completed (the T0 or follow-up interview date), its last
// stored status and its contact task, if any.
public sealed record WaveProgress(PlannedWave Wave, DateOnly? CompletedOn, WaveStatus Status, ContactTask? Task);

public sealed record CaseWaves(IReadOnlyList<WaveProgress> Waves, DateOnly? CaseEndedOn, bool ConsentBlocked)
{
    // Records compare lists by reference; the planner's callers and tests need content equality.
    public bool Equals(CaseWaves? other) =>
        other is not null
        && CaseEndedOn == other.CaseEndedOn
        && ConsentBlocked == other.ConsentBlocked
        && Waves.SequenceEqual(other.Waves);

    public override int GetHashCode() => HashCode.Combine(CaseEndedOn, ConsentBlocked, Waves.Count);
}

// What changed for one wave, for the job to save and log (the job adds the research code).
// Nothing in here identifies a youth.
public sealed record PlannerChange(
    string WaveLabel, WaveStatus StatusBefore, WaveStatus StatusAfter, ContactTask? TaskBefore, ContactTask? TaskAfter);

public sealed record PlannerOutcome(CaseWaves Next, IReadOnlyList<PlannerChange> Changes)
{
    public bool ChangedAnything => Changes.Count > 0;
}
