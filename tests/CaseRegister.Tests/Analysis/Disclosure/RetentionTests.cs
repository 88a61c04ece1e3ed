using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class RetentionTests
{
    [Theory]
    [InlineData(new[] { 2, 3, 1, 4 }, 5, "0-1,2-3")]
    [InlineData(new[] { 2, 3, 1, 4 }, 10, "0-3")]
    [InlineData(new[] { 2, 3, 1 }, 5, "0-2")]
    [InlineData(new[] { 6, 0, 5, 0 }, 5, "0-0,1-3")]
    [InlineData(new[] { 1, 2 }, 5, "0-1")]
    public void Consecutive_waves_are_merged_until_the_threshold_of_events_is_reached(int[] events, int threshold, string expected)
    {
        var intervals = RetentionMerging.Merge(events, threshold);

        Assert.Equal(expected, string.Join(",", intervals.Select(i => $"{i.First}-{i.Last}")));
    }

    [Fact]
    public void A_curve_with_fewer_events_than_the_threshold_is_one_withheld_interval()
    {
        var curve = Protect(new RetentionTable("r", "drop-outs", Cohorts, 40, [new("T6", 1), new("T12", 2)]), 5);

        var interval = Assert.Single(curve.Intervals);
        Assert.Equal(("T6", "T12", "x"), (interval.FromWave, interval.ToWave, interval.Events.Display));
        Assert.False(interval.Retained.IsPublished);
    }

    [Fact]
    public void Events_that_leave_fewer_than_the_threshold_in_the_study_are_withheld()
    {
        // 20 start, 12 drop out: 8 remain, which start minus events would give away.
        var curve = Protect(new RetentionTable("r", "drop-outs", Cohorts, 20, [new("T6", 12)]), 10);

        Assert.Equal("x", curve.Intervals[0].Events.Display);
        Assert.False(curve.Intervals[0].Retained.IsPublished);
    }

    [Fact]
    public void Censored_youths_lower_the_number_at_risk_of_later_waves()
    {
        // 50 at start; T6: 5 events, 10 censored; T12: 7 events among 35 at risk.
        var curve = Protect(new RetentionTable("r", "drop-outs", Cohorts, 50, [new("T6", 5, Censored: 10), new("T12", 7)]), 5);

        Assert.Equal(90, curve.Intervals[0].Retained.Value);
        Assert.Equal(Math.Round(100 * 0.9 * (1 - 7.0 / 35)), curve.Intervals[1].Retained.Value);
    }

    [Fact]
    public void Once_an_interval_is_withheld_every_later_share_is_withheld()
    {
        var ledger = new InMemoryReleaseLedger();
        var table = new RetentionTable("r", "drop-outs", Cohorts, 60, [new("T6", 10), new("T12", 10), new("T18", 10)]);
        var first = DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { RetentionTables = [table] }, ledger);
        ledger.Record(first.ToLedgerRecord("r1", "coordinator", DateTime.UtcNow));

        // Later data: one more drop-out at T6 (Δ = 1 against release 1).
        var later = new RetentionTable("r", "drop-outs", Cohorts, 60, [new("T6", 11), new("T12", 10), new("T18", 10)]);
        var curve = DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { RetentionTables = [later] }, ledger)
            .RetentionCurves[0];

        Assert.Equal(CellStatus.DifferencingSuppressed, curve.Intervals[0].Events.Status);
        Assert.All(curve.Intervals, i => Assert.False(i.Retained.IsPublished));
        Assert.Equal("10", curve.Intervals[2].Events.Display);
    }

    [Fact]
    public void A_curve_cannot_lose_more_youths_than_it_starts_with() =>
        Assert.Throws<ArgumentException>(() => new RetentionTable("r", "drop-outs", Cohorts, 5, [new("T6", 4, Censored: 2)]));

    private static ProtectedRetentionCurve Protect(RetentionTable table, int threshold) =>
        DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters(threshold)) { RetentionTables = [table] }, new InMemoryReleaseLedger())
            .RetentionCurves[0];
}
