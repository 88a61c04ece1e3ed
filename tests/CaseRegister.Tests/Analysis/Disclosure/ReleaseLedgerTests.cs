using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

// R10b: differences with what earlier releases published.
public class ReleaseLedgerTests
{
    private static readonly DateTime January = new(2027, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(12, 12, true)]
    [InlineData(12, 13, false)]
    [InlineData(12, 21, false)]
    [InlineData(12, 22, true)]
    [InlineData(22, 12, true)]
    [InlineData(20, 11, false)]
    public void A_count_is_shown_again_only_if_unchanged_or_changed_by_at_least_the_threshold(int before, int after, bool shown)
    {
        var ledger = new InMemoryReleaseLedger();
        Release(ledger, "r1", January, before, 30, 40);

        var slice = Release(ledger, "r2", January.AddMonths(6), after, 30, 40);

        Assert.Equal(shown, slice.Cell(0).IsPublished);
        if (!shown) Assert.Equal(CellStatus.DifferencingSuppressed, slice.Cell(0).Status);
    }

    [Fact]
    public void When_only_one_cell_moves_its_total_moves_too_and_both_are_withheld()
    {
        var ledger = new InMemoryReleaseLedger();
        Release(ledger, "r1", January, 12, 20, 25);

        var slice = Release(ledger, "r2", January.AddMonths(6), 13, 20, 25);

        Assert.Equal(CellStatus.DifferencingSuppressed, slice.Cell(0).Status);
        Assert.Equal(CellStatus.DifferencingSuppressed, slice.Total.Status);
        Assert.Empty(IndependentAudit.DerivableCells(slice));
    }

    [Fact]
    public void The_comparison_is_with_the_most_recent_release_that_published_the_cell()
    {
        var ledger = new InMemoryReleaseLedger();
        Release(ledger, "r1", January, 12, 30, 40);
        Release(ledger, "r2", January.AddMonths(6), 25, 30, 40);

        // 26 is 14 away from release 1 but only 1 away from release 2.
        var slice = Release(ledger, "r3", January.AddMonths(12), 26, 30, 40);

        Assert.Equal(CellStatus.DifferencingSuppressed, slice.Cell(0).Status);
    }

    [Fact]
    public void The_ledger_records_true_values_of_published_cells_only_with_who_and_the_parameters()
    {
        var ledger = new InMemoryReleaseLedger();
        Release(ledger, "r1", January, 12, 6, 3);

        var record = Assert.Single(ledger.Releases);
        Assert.Equal(("r1", "coordinator", 10, January), (record.ReleaseId, record.PublishedBy, record.Threshold, record.PublishedAtUtc));
        Assert.Equal(["regions"], record.TableIds);
        var north = Assert.Single(record.Cells, e => e.Key.CategoryKey == "region=North");
        Assert.Equal((12.0, "10", true), (north.TrueValue, north.Display, north.IsCount));
        Assert.DoesNotContain(record.Cells, e => e.Key.CategoryKey == "region=South");
    }

    [Fact]
    public void A_release_is_recorded_once() =>
        Assert.Throws<InvalidOperationException>(() =>
        {
            var ledger = new InMemoryReleaseLedger();
            Release(ledger, "r1", January, 12, 30, 40);
            Release(ledger, "r1", January.AddDays(1), 12, 30, 40);
        });

    [Fact]
    public void A_group_whose_number_of_youths_moved_by_less_than_the_threshold_has_no_statistics()
    {
        var ledger = new InMemoryReleaseLedger();
        var measure = new OutcomeMeasure("severity", IsSkewedCount: false);
        OutcomeTable Table(int n) => new("severity", Cohorts, measure,
            [new OutcomeGroup("T0", CategoryKey.Of("region", "North"), Enumerable.Range(1, n).Select(i => (double)i).ToList())]);
        var first = DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { OutcomeTables = [Table(30)] }, ledger);
        ledger.Record(first.ToLedgerRecord("r1", "coordinator", January));

        // One youth more: the difference of the two means would be that youth's value.
        var row = DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { OutcomeTables = [Table(31)] }, ledger)
            .OutcomeTables[0].Row("T0", CategoryKey.Of("region", "North"));

        Assert.Equal(CellStatus.DifferencingSuppressed, row.N.Status);
        Assert.Equal(StatisticStatus.ChangedSinceLastRelease, row.Mean.Status);
        Assert.Equal(StatisticStatus.ChangedSinceLastRelease, row.Median.Status);
    }

    private static ProtectedSlice Release(InMemoryReleaseLedger ledger, string id, DateTime at, params int[] counts)
    {
        var table = FrequencyTable.OneWay("regions", Enrolled, Cohorts, Regions3, counts);
        var release = DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { CountTables = [table] }, ledger);
        ledger.Record(release.ToLedgerRecord(id, "coordinator", at));
        return release.CountTables[0].Single;
    }
}
