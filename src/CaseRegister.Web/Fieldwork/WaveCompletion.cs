using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Web.Fieldwork;

public sealed record InterviewOutcome(Informant Informant, InterviewStatus Status, DateOnly? InterviewedOn);

// When a wave counts as completed, and what completing T0 does to the follow-ups.
//
// Rule: a wave is completed as soon as at least one interview with the youth or with a parent is
// done. The study follows the youth; the youth's own story or, when the youth cannot or will not
// talk, a parent's account is what a wave needs to be analysable. A professional's interview alone
// does not complete a wave (it describes the care, not the youth's situation), and interviews
// still planned with other informants do not hold the wave open: they can be recorded afterwards.
// The completion date is the earliest such interview date. Completion is never undone by these
// pages: a done interview stays done (it can be corrected, not reopened).
public static class WaveCompletion
{
    public static bool CountsForCompletion(Informant informant) => informant is Informant.Youth or Informant.Parent;

    public static DateOnly? CompletedOn(IEnumerable<InterviewOutcome> interviews) =>
        interviews
            .Where(i => i.Status == InterviewStatus.Done && CountsForCompletion(i.Informant) && i.InterviewedOn is not null)
            .Select(i => i.InterviewedOn)
            .Min();

    // Follow-ups are counted from the date T0 was actually held (see WaveSchedule). Once T0 is
    // completed, the follow-ups that have nothing recorded yet move with it: their dates change,
    // a follow-up that now falls after the study end goes (only when nothing refers to it), and
    // one that now fits is added.
    public static Replan ReplanFollowUps(WaveSchedule schedule, DateOnly inclusionDate, DateOnly baselineOn, IReadOnlyList<Wave> existing)
    {
        var planned = schedule.For(inclusionDate, baselineOn).Where(w => w.Kind == WaveKind.FollowUp).ToList();
        var byLabel = existing.Where(w => w.Kind == WaveKind.FollowUp).ToDictionary(w => w.Label, StringComparer.Ordinal);

        var moved = new List<(Wave Wave, PlannedWave Plan)>();
        foreach (var plan in planned)
        {
            if (byLabel.TryGetValue(plan.Label, out var wave)
                && wave.CompletedOn is null
                && (wave.DueOn != plan.DueOn || wave.WindowOpensOn != plan.WindowOpensOn || wave.WindowClosesOn != plan.WindowClosesOn))
            {
                moved.Add((wave, plan));
            }
        }

        var added = planned.Where(p => !byLabel.ContainsKey(p.Label)).ToList();
        var plannedLabels = planned.Select(p => p.Label).ToHashSet(StringComparer.Ordinal);
        var dropped = byLabel.Values.Where(w => !plannedLabels.Contains(w.Label) && w.CompletedOn is null).ToList();
        return new Replan(moved, added, dropped);
    }
}

public sealed record Replan(IReadOnlyList<(Wave Wave, PlannedWave Plan)> Moved, IReadOnlyList<PlannedWave> Added, IReadOnlyList<Wave> Dropped);
