using CaseRegister.Web.Analysis;
using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class OutcomeStatisticsTests
{
    private static readonly OutcomeMeasure Severity = new("severity", IsSkewedCount: false);
    private static readonly OutcomeMeasure CareDays = new("days-in-care", IsSkewedCount: true);

    [Fact]
    public void Twenty_youths_get_quartiles_by_Hyndman_Fan_type_7()
    {
        var row = ProtectOne(Severity, Enumerable.Range(1, 20).Select(i => (double)i).ToList());

        // Sorted 1 … 20, position 1 + 19·p: 5.75 and 15.25.
        Assert.Equal(5.8, row.FirstQuartile.Value); // shown with one decimal
        Assert.Equal(15.3, row.ThirdQuartile.Value);
        Assert.Equal("10.5", row.Median.Display);
    }

    [Fact]
    public void The_two_largest_contributions_above_67_percent_hide_the_mean_of_a_skewed_count()
    {
        // 45 + 25 = 70 of 100 days, the largest alone is 45 %.
        var row = ProtectOne(CareDays, new double[] { 45, 25 }.Concat(Enumerable.Repeat(3.0, 10)).ToList());

        Assert.Equal(StatisticStatus.Dominated, row.Mean.Status);
    }

    [Fact]
    public void Evenly_spread_care_days_show_their_mean()
    {
        var row = ProtectOne(CareDays, Enumerable.Range(10, 12).Select(i => (double)i).ToList());

        Assert.Equal(15.5, row.Mean.Value);
    }

    [Fact]
    public void The_dominance_rule_is_only_for_skewed_counts()
    {
        var row = ProtectOne(Severity, Enumerable.Repeat(10.0, 11).Append(165).ToList());

        Assert.True(row.Mean.IsPublished);
    }

    [Fact]
    public void Paired_change_counts_completers_only_and_reports_a_Student_t_interval()
    {
        // 12 completers with changes 1 … 12, plus three youths missing one wave.
        var youths = Enumerable.Range(1, 12).Select(i => new PairedObservation(10, 10 + i))
            .Concat([new PairedObservation(null, 4), new PairedObservation(7, null), new PairedObservation(null, null)])
            .ToList();
        var table = new OutcomeTable("severity", Cohorts, Severity, [], [new PairedChangeGroup("T0", "T6", CategoryKey.All, youths)]);

        var change = ProtectTable(table).Change("T0", "T6", CategoryKey.All);

        Assert.Equal("10", change.Pairs.Display);
        Assert.Equal(12, change.Pairs.TrueValue);
        Assert.Equal(6.5, change.MeanChange.Value);
        var halfWidth = 2.2009851601 * Math.Sqrt(13) / Math.Sqrt(12);
        Assert.Equal(Math.Round(6.5 - halfWidth, 1), change.ConfidenceLower.Value);
        Assert.Equal(Math.Round(6.5 + halfWidth, 1), change.ConfidenceUpper.Value);
    }

    [Fact]
    public void Fewer_pairs_than_the_threshold_give_no_change()
    {
        var youths = Enumerable.Range(1, 9).Select(i => new PairedObservation(i, 2 * i)).Append(new PairedObservation(1, null)).ToList();
        var table = new OutcomeTable("severity", Cohorts, Severity, [], [new PairedChangeGroup("T0", "T6", CategoryKey.All, youths)]);

        var change = ProtectTable(table).Change("T0", "T6", CategoryKey.All);

        Assert.Equal("x", change.Pairs.Display);
        Assert.Equal(StatisticStatus.TooFewYouths, change.MeanChange.Status);
    }

    [Fact]
    public void A_withheld_region_makes_its_smallest_sibling_withheld_too_so_the_total_cannot_give_it_away()
    {
        var all = Enumerable.Range(1, 48).Select(i => (double)i).ToList();
        var table = new OutcomeTable("severity", Cohorts, Severity,
        [
            new OutcomeGroup("T0", CategoryKey.All, all),
            new OutcomeGroup("T0", CategoryKey.Of("region", "North"), all.Take(7).ToList(), CategoryKey.All),
            new OutcomeGroup("T0", CategoryKey.Of("region", "South"), all.Skip(7).Take(20).ToList(), CategoryKey.All),
            new OutcomeGroup("T0", CategoryKey.Of("region", "West"), all.Skip(27).ToList(), CategoryKey.All),
        ]);

        var result = ProtectTable(table);

        Assert.Equal(StatisticStatus.TooFewYouths, result.Row("T0", CategoryKey.Of("region", "North")).Mean.Status);
        Assert.Equal(StatisticStatus.ProtectsOtherGroup, result.Row("T0", CategoryKey.Of("region", "South")).Mean.Status);
        Assert.Equal("x", result.Row("T0", CategoryKey.Of("region", "South")).N.Display);
        Assert.True(result.Row("T0", CategoryKey.Of("region", "West")).Mean.IsPublished);
        Assert.True(result.Row("T0", CategoryKey.All).Mean.IsPublished);
    }

    [Fact]
    public void A_dominated_subgroup_is_protected_from_the_parent_mean_by_hiding_a_sibling_mean()
    {
        var north = Enumerable.Repeat(10.0, 11).Append(165).ToList();
        var south = Enumerable.Range(10, 15).Select(i => (double)i).ToList();
        var west = Enumerable.Range(20, 15).Select(i => (double)i).ToList();
        var all = north.Concat(south).Concat(west).ToList();
        var table = new OutcomeTable("care-days", Cohorts, CareDays,
        [
            new OutcomeGroup("T0", CategoryKey.All, all),
            new OutcomeGroup("T0", CategoryKey.Of("region", "North"), north, CategoryKey.All),
            new OutcomeGroup("T0", CategoryKey.Of("region", "South"), south, CategoryKey.All),
            new OutcomeGroup("T0", CategoryKey.Of("region", "West"), west, CategoryKey.All),
        ]);

        var result = ProtectTable(table);

        Assert.Equal(StatisticStatus.Dominated, result.Row("T0", CategoryKey.Of("region", "North")).Mean.Status);
        Assert.Equal(StatisticStatus.ProtectsOtherGroup, result.Row("T0", CategoryKey.Of("region", "South")).Mean.Status);
        // Only the mean family: South's n and median give nothing of North away.
        Assert.True(result.Row("T0", CategoryKey.Of("region", "South")).Median.IsPublished);
        Assert.True(result.Row("T0", CategoryKey.Of("region", "West")).Mean.IsPublished);
    }

    [Fact]
    public void A_subgroup_whose_values_are_not_in_its_parent_is_refused()
    {
        var table = new OutcomeTable("severity", Cohorts, Severity,
        [
            new OutcomeGroup("T0", CategoryKey.All, Enumerable.Repeat(1.0, 20).ToList()),
            new OutcomeGroup("T0", CategoryKey.Of("region", "North"), Enumerable.Repeat(2.0, 10).ToList(), CategoryKey.All),
        ]);

        Assert.Throws<ArgumentException>(() => ProtectTable(table));
    }

    [Fact]
    public void A_parent_that_is_not_in_the_table_is_refused() =>
        Assert.Throws<ArgumentException>(() => new OutcomeTable("severity", Cohorts, Severity,
            [new OutcomeGroup("T0", CategoryKey.Of("region", "North"), [1.0], CategoryKey.All)]));

    [Fact]
    public void Parents_that_form_a_cycle_are_refused() =>
        Assert.Throws<ArgumentException>(() => new OutcomeTable("severity", Cohorts, Severity,
        [
            new OutcomeGroup("T0", CategoryKey.Of("region", "North"), [1.0], CategoryKey.Of("region", "South")),
            new OutcomeGroup("T0", CategoryKey.Of("region", "South"), [1.0], CategoryKey.Of("region", "North")),
        ]));

    [Fact]
    public void A_change_that_rounds_to_zero_is_shown_without_a_minus_sign()
    {
        var youths = Enumerable.Range(0, 12).Select(i => new PairedObservation(10, i == 0 ? 9.5 : 10)).ToList();
        var table = new OutcomeTable("severity", Cohorts, Severity, [], [new PairedChangeGroup("T0", "T6", CategoryKey.All, youths)]);

        Assert.Equal("0.0", ProtectTable(table).Change("T0", "T6", CategoryKey.All).MeanChange.Display);
    }

    [Fact]
    public void Minimum_maximum_and_range_are_not_part_of_a_statistic_row() =>
        Assert.DoesNotContain(typeof(StatisticRow).GetProperties(), p =>
            p.Name.Contains("Min", StringComparison.Ordinal) || p.Name.Contains("Max", StringComparison.Ordinal) ||
            p.Name.Contains("Range", StringComparison.Ordinal) || p.Name.Contains("Percentile", StringComparison.Ordinal));

    private static StatisticRow ProtectOne(OutcomeMeasure measure, List<double> values) =>
        ProtectTable(new OutcomeTable("t", Cohorts, measure, [new OutcomeGroup("T0", CategoryKey.All, values)])).Row("T0", CategoryKey.All);

    private static ProtectedOutcomeTable ProtectTable(OutcomeTable table) =>
        DisclosureControl.Protect(new ReleaseRequest(new DisclosureParameters()) { OutcomeTables = [table] }, new InMemoryReleaseLedger())
            .OutcomeTables[0];
}
