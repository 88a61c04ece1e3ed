using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class RoundingAndPercentageTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(17, 15)]
    [InlineData(18, 20)]
    public void Counts_are_rounded_to_the_nearest_5(int count, int shown) =>
        Assert.Equal(shown, Rounding.ToNearest(count, 5));

    [Fact]
    public void A_total_is_rounded_from_its_true_value_not_summed_from_rounded_cells()
    {
        var slice = ProtectSingle(OneWay(12, 12, 12));

        Assert.Equal(["10", "10", "10"], Enumerable.Range(0, 3).Select(r => slice.Cell(r).Display));
        Assert.Equal("35", slice.Total.Display);
    }

    [Fact]
    public void A_zero_stays_zero()
    {
        var slice = ProtectSingle(OneWay(12, 0, 30));

        Assert.Equal((0, "0"), (slice.Cell(1).DisplayValue, slice.Cell(1).Display));
    }

    [Fact]
    public void Row_percentages_are_whole_percents_of_the_row_total()
    {
        var rows = new Dimension("region", ["North", "South"]);
        var table = TwoWay(rows, Settings3, new[,] { { 10, 12, 30 }, { 20, 11, 26 } }, percentages: PercentageBase.RowTotal);

        var slice = ProtectSingle(table);

        Assert.Equal(["19%", "23%", "58%", "100%"],
            new[] { slice.Cell(0, 0), slice.Cell(0, 1), slice.Cell(0, 2), slice.RowTotal(0) }.Select(c => c.PercentageDisplay));
        Assert.Equal(["35%", "19%", "46%", "100%"],
            new[] { slice.Cell(1, 0), slice.Cell(1, 1), slice.Cell(1, 2), slice.RowTotal(1) }.Select(c => c.PercentageDisplay));
    }

    [Theory]
    [InlineData(10, 10, 100.0)]
    [InlineData(10, 40, 25.0)]
    [InlineData(9, 40, null)]
    [InlineData(0, 40, null)]
    [InlineData(12, 9, null)]
    public void A_percentage_needs_numerator_and_denominator_of_at_least_the_threshold(int numerator, int denominator, double? expected)
    {
        var address = new CellAddress("t", Enrolled, Cohorts, FrequencyTable.NoWave, Web.Analysis.CategoryKey.All);

        Assert.Equal(expected, PercentageRule.Percentage(new CountCell(address, numerator), new CountCell(address, denominator), 10));
    }

    [Fact]
    public void A_withheld_count_of_the_threshold_or_more_gets_no_percentage_either()
    {
        var table = FrequencyTable.OneWay("t1", Enrolled, Cohorts, Categories("band", 3), [25, 6, 19], percentages: PercentageBase.GrandTotal);

        var slice = ProtectSingle(table);

        Assert.Equal(CellStatus.SecondarySuppressed, slice.Cell(2).Status);
        Assert.Null(slice.Cell(2).Percentage);
        Assert.Equal(50, slice.Cell(0).Percentage);
    }
}
