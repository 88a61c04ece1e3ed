using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

// The cases SPEC §3.2 lists by name, each from input table to protected output.
public class SpecCaseTests
{
    private static readonly DisclosureParameters Ten = new(10);

    [Fact]
    public void One_way_25_6_19_withholds_the_6_and_the_next_smallest_cell_and_keeps_the_total()
    {
        var slice = ProtectSingle(OneWay(25, 6, 19));

        Assert.Equal(["25", "x", "x"], Enumerable.Range(0, 3).Select(r => slice.Cell(r).Display));
        Assert.Equal(CellStatus.PrimarySuppressed, slice.Cell(1).Status);
        Assert.Equal(CellStatus.SecondarySuppressed, slice.Cell(2).Status);
        Assert.Equal("50", slice.Total.Display);
    }

    [Fact]
    public void Two_way_with_only_the_3_withheld_leaks_through_the_row_total_and_the_audit_names_that_cell()
    {
        var table = TwoWay(new Dimension("region", ["North", "South"]), new Dimension("setting", ["A", "B", "C"]),
            new[,] { { 14, 3, 16 }, { 12, 11, 15 } });
        var naive = Grid(table);
        PrimarySuppression.Apply(naive.Cells, 10);

        var leak = Assert.Throws<DisclosureAuditException>(() => SuppressionAudit.Verify([naive]));

        Assert.Equal("region=North;setting=B", leak.Category);
        Assert.Equal("t2", leak.TableId);
    }

    [Fact]
    public void Two_way_North_14_3_16_South_12_11_15_is_protected_by_the_cheapest_rectangle_and_passes_the_audit()
    {
        var table = TwoWay(new Dimension("region", ["North", "South"]), new Dimension("setting", ["A", "B", "C"]),
            new[,] { { 14, 3, 16 }, { 12, 11, 15 } });

        var slice = ProtectSingle(table);

        // Rectangle N-B, N-A, S-B, S-A adds 14 + 11 + 12 = 37, the smallest possible.
        Assert.Equal(["x", "x", "15", "35"], new[] { slice.Cell(0, 0), slice.Cell(0, 1), slice.Cell(0, 2), slice.RowTotal(0) }.Select(c => c.Display));
        Assert.Equal(["x", "x", "15", "40"], new[] { slice.Cell(1, 0), slice.Cell(1, 1), slice.Cell(1, 2), slice.RowTotal(1) }.Select(c => c.Display));
        Assert.Equal(["25", "15", "30", "70"], new[] { slice.ColumnTotal(0), slice.ColumnTotal(1), slice.ColumnTotal(2), slice.Total }.Select(c => c.Display));
        Assert.Empty(IndependentAudit.DerivableCells(slice));
    }

    [Fact]
    public void A_cell_of_12_in_release_1_that_is_13_in_release_2_is_withheld_in_release_2()
    {
        var ledger = new InMemoryReleaseLedger();
        var first = Release(ledger, "r1", 12, 20, 25);
        Assert.Equal("10", first.Cell(0).Display);

        var second = Release(ledger, "r2", 13, 20, 24);

        Assert.Equal(CellStatus.DifferencingSuppressed, second.Cell(0).Status);
        Assert.Equal("x", second.Cell(0).Display);
        // West moved by 1 as well; the total did not move and stays, and with two cells withheld
        // neither can be computed from it.
        Assert.Equal(CellStatus.DifferencingSuppressed, second.Cell(2).Status);
        Assert.Equal("55", second.Total.Display);
        Assert.Empty(IndependentAudit.DerivableCells(second));
    }

    [Fact]
    public void A_mean_for_all_48_next_to_all_except_North_41_withholds_the_subgroup()
    {
        var all = Enumerable.Range(1, 48).Select(i => (double)(i % 9)).ToList();
        var allExceptNorth = all.Skip(7).ToList();
        var table = new OutcomeTable("severity", Cohorts, new OutcomeMeasure("severity", IsSkewedCount: false),
        [
            new OutcomeGroup("T0", CategoryKey.All, all),
            new OutcomeGroup("T0", CategoryKey.Of("region", "all-but-North"), allExceptNorth, Parent: CategoryKey.All),
        ]);

        var protectedTable = DisclosureControl.Protect(new ReleaseRequest(Ten) { OutcomeTables = [table] }, new InMemoryReleaseLedger())
            .OutcomeTables[0];

        var whole = protectedTable.Row("T0", CategoryKey.All);
        Assert.True(whole.Mean.IsPublished);
        Assert.Equal(Math.Round(all.Average(), 1), whole.Mean.Value);
        var subgroup = protectedTable.Row("T0", CategoryKey.Of("region", "all-but-North"));
        Assert.Equal(StatisticStatus.ComplementTooSmall, subgroup.Mean.Status);
        Assert.Equal(StatisticStatus.ComplementTooSmall, subgroup.Median.Status);
        // Its n would give North's 7 away just as well (48 − 41).
        Assert.Equal("x", subgroup.N.Display);
        Assert.Equal("x", subgroup.Mean.Display);
    }

    [Fact]
    public void Eight_youths_get_no_mean_SD_or_median_and_twelve_get_them_without_quartiles()
    {
        var table = new OutcomeTable("severity", Cohorts, new OutcomeMeasure("severity", IsSkewedCount: false),
        [
            new OutcomeGroup("T0", CategoryKey.Of("region", "North"), Enumerable.Range(1, 8).Select(i => (double)i).ToList()),
            new OutcomeGroup("T0", CategoryKey.Of("region", "South"), Enumerable.Range(1, 12).Select(i => (double)i).ToList()),
        ]);

        var result = DisclosureControl.Protect(new ReleaseRequest(Ten) { OutcomeTables = [table] }, new InMemoryReleaseLedger())
            .OutcomeTables[0];

        var eight = result.Row("T0", CategoryKey.Of("region", "North"));
        Assert.Equal("x", eight.N.Display);
        Assert.All(new[] { eight.Mean, eight.StandardDeviation, eight.ConfidenceLower, eight.Median, eight.FirstQuartile },
            s => Assert.Equal(StatisticStatus.TooFewYouths, s.Status));

        var twelve = result.Row("T0", CategoryKey.Of("region", "South"));
        Assert.Equal("10", twelve.N.Display);
        Assert.Equal(6.5, twelve.Mean.Value);
        Assert.Equal("3.6", twelve.StandardDeviation.Display); // √13
        Assert.Equal(6.5, twelve.Median.Value);
        Assert.True(twelve.ConfidenceLower.IsPublished);
        Assert.Equal(StatisticStatus.TooFewForQuartiles, twelve.FirstQuartile.Status);
        Assert.Equal(StatisticStatus.TooFewForQuartiles, twelve.ThirdQuartile.Status);
    }

    [Fact]
    public void A_withheld_4_of_50_is_never_shown_as_8_percent()
    {
        var table = FrequencyTable.OneWay("t1", Enrolled, Cohorts, Categories("band", 3), [4, 20, 26],
            percentages: PercentageBase.GrandTotal);

        var slice = ProtectSingle(table);

        Assert.Equal("x", slice.Cell(0).Display);
        Assert.Null(slice.Cell(0).Percentage);
        Assert.DoesNotContain(slice.Cells, c => c.PercentageDisplay == "8%");
        Assert.Equal("52%", slice.Cell(2).PercentageDisplay);
        Assert.Equal("100%", slice.Total.PercentageDisplay);
    }

    [Fact]
    public void A_region_with_11_0_0_across_settings_is_collapsed_to_its_total_and_its_zeros_are_not_shown()
    {
        var table = TwoWay(Regions3, Settings3, new[,] { { 11, 0, 0 }, { 12, 11, 15 }, { 20, 14, 18 } });

        var slice = ProtectSingle(table);

        Assert.All(Enumerable.Range(0, 3).Select(c => slice.Cell(0, c)), cell =>
        {
            Assert.Equal(CellStatus.GroupDisclosureCollapsed, cell.Status);
            Assert.Equal("x", cell.Display);
        });
        Assert.Equal("10", slice.RowTotal(0).Display);
        // Column totals would give North's cells back from South and West: one of them is withheld too.
        Assert.All(Enumerable.Range(0, 3), c => Assert.Contains(new[] { slice.Cell(1, c), slice.Cell(2, c) }, cell => !cell.IsPublished));
        Assert.Empty(IndependentAudit.DerivableCells(slice));
    }

    [Fact]
    public void Drop_outs_per_wave_2_3_1_4_are_merged_into_intervals_of_at_least_the_threshold()
    {
        var table = new RetentionTable("retention", "drop-outs", Cohorts, 50,
            [new("T6", 2), new("T12", 3), new("T18", 1), new("T24", 4)]);

        var curve = DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters(5)) { RetentionTables = [table] },
            new InMemoryReleaseLedger()).RetentionCurves[0];

        Assert.Equal([("T6", "T12", "5"), ("T18", "T24", "5")], curve.Intervals.Select(i => (i.FromWave, i.ToWave, i.Events.Display)));
        Assert.Equal(["90%", "80%"], curve.Intervals.Select(i => i.Retained.Display));
        Assert.Equal("50", curve.StartingCount.Display);
    }

    [Fact]
    public void One_youth_holding_60_percent_of_care_days_in_a_group_of_12_hides_mean_SD_and_CI_but_not_the_median()
    {
        var days = Enumerable.Repeat(10.0, 11).Append(165).ToList(); // 165 of 275 days = 60 %
        var table = new OutcomeTable("care-days", Cohorts, new OutcomeMeasure("days-in-care", IsSkewedCount: true),
            [new OutcomeGroup("T12", CategoryKey.All, days)]);

        var row = DisclosureControl.Protect(new ReleaseRequest(Ten) { OutcomeTables = [table] }, new InMemoryReleaseLedger())
            .OutcomeTables[0].Row("T12", CategoryKey.All);

        Assert.All(new[] { row.Mean, row.StandardDeviation, row.ConfidenceLower, row.ConfidenceUpper },
            s => Assert.Equal(StatisticStatus.Dominated, s.Status));
        Assert.Equal(10.0, row.Median.Value);
        Assert.Equal("10", row.N.Display);
    }

    private static ProtectedSlice Release(InMemoryReleaseLedger ledger, string id, params int[] counts)
    {
        var table = FrequencyTable.OneWay("regions", Enrolled, Cohorts, Regions3, counts);
        var release = DisclosureControl.Protect(new ReleaseRequest(Ten) { CountTables = [table] }, ledger);
        ledger.Record(release.ToLedgerRecord(id, "coordinator", new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(ledger.Releases.Count)));
        return release.CountTables[0].Single;
    }
}
