using CaseRegister.Web.Domain;
using CaseRegister.Web.Domain.Waves;

namespace CaseRegister.Tests.Domain.Waves;

public class WaveUrgencyTests
{
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    private static DashboardItem Item(string code, WaveStatus status, DateOnly due, DateOnly closes, bool blocked = false) =>
        new(code, "T6", status, due, closes, blocked);

    [Fact]
    public void Overdue_comes_first_then_due_by_window_close_then_planned_by_due_date()
    {
        var items = new[]
        {
            Item("ZW-2026-001", WaveStatus.Planned, D(1, 12, 2026), D(12, 1, 2027)),
            Item("ZW-2026-002", WaveStatus.Due, D(1, 10, 2026), D(12, 11, 2026)),
            Item("ZW-2026-003", WaveStatus.Missed, D(1, 8, 2026), D(12, 9, 2026)),
            Item("ZW-2026-004", WaveStatus.Planned, D(1, 11, 2026), D(13, 12, 2026)),
            Item("ZW-2026-005", WaveStatus.Due, D(20, 9, 2026), D(1, 11, 2026), blocked: true),
            Item("ZW-2026-006", WaveStatus.Missed, D(1, 6, 2026), D(13, 7, 2026)),
        };

        var ordered = WaveUrgency.Order(items);

        Assert.Equal(
            ["ZW-2026-006", "ZW-2026-003", "ZW-2026-005", "ZW-2026-002", "ZW-2026-004", "ZW-2026-001"],
            ordered.Select(i => i.ResearchCode));
    }

    [Fact]
    public void Completed_and_cancelled_waves_are_left_out()
    {
        var items = new[]
        {
            Item("ZW-2026-001", WaveStatus.Completed, D(1, 8, 2026), D(12, 9, 2026)),
            Item("ZW-2026-002", WaveStatus.Cancelled, D(1, 8, 2026), D(12, 9, 2026)),
            Item("ZW-2026-003", WaveStatus.Due, D(1, 8, 2026), D(12, 9, 2026)),
        };

        Assert.Equal(["ZW-2026-003"], WaveUrgency.Order(items).Select(i => i.ResearchCode));
    }

    [Fact]
    public void A_consent_block_is_carried_along_without_changing_the_order()
    {
        var items = new[]
        {
            Item("ZW-2026-002", WaveStatus.Due, D(1, 10, 2026), D(12, 11, 2026), blocked: true),
            Item("ZW-2026-001", WaveStatus.Due, D(1, 10, 2026), D(12, 11, 2026)),
        };

        var ordered = WaveUrgency.Order(items);

        Assert.Equal(["ZW-2026-001", "ZW-2026-002"], ordered.Select(i => i.ResearchCode));
        Assert.True(ordered[1].ConsentBlocked);
    }
}
