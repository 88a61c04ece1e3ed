namespace CaseRegister.Web.Domain.Waves;

// The interviewer dashboard's order: what needs action soonest comes first.
// 1. overdue (missed) waves, the longest overdue first;
// 2. due waves, the one whose window closes first at the top;
// 3. planned waves, by due date.
// Completed and cancelled waves need no action and are left out. A consent block does not change
// the order (the wave is just as urgent: the consent has to be obtained first) but is carried
// along so the dashboard can flag it.
// Give it only cases still in follow-up: a withdrawn case keeps its missed waves for the attrition
// figures, but nobody should be contacted about them.
public static class WaveUrgency
{
    public static IReadOnlyList<DashboardItem> Order(IEnumerable<DashboardItem> items) =>
        [.. items
            .Where(i => i.Status is WaveStatus.Missed or WaveStatus.Due or WaveStatus.Planned)
            .OrderBy(i => Rank(i.Status))
            .ThenBy(i => i.Status == WaveStatus.Planned ? i.DueOn : i.WindowClosesOn)
            .ThenBy(i => i.ResearchCode, StringComparer.Ordinal)
            .ThenBy(i => i.DueOn)];

    private static int Rank(WaveStatus status) => status switch
    {
        WaveStatus.Missed => 0,
        WaveStatus.Due => 1,
        _ => 2,
    };
}

public sealed record DashboardItem(
    string ResearchCode, string WaveLabel, WaveStatus Status, DateOnly DueOn, DateOnly WindowClosesOn, bool ConsentBlocked);
