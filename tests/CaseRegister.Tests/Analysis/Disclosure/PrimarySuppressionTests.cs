using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class PrimarySuppressionTests
{
    [Fact]
    public void Counts_from_1_to_threshold_minus_1_are_withheld_and_zero_and_the_threshold_are_shown()
    {
        var grid = Grid(OneWay(0, 1, 9, 10, 11));

        PrimarySuppression.Apply(grid.Cells, 10);

        Assert.Equal(
            [CellStatus.Published, CellStatus.PrimarySuppressed, CellStatus.PrimarySuppressed, CellStatus.Published, CellStatus.Published],
            Enumerable.Range(0, 5).Select(r => grid[r, 0].Status));
    }

    [Fact]
    public void The_threshold_comes_from_the_parameters_and_is_named_in_the_methods_note()
    {
        var release = Protect(new DisclosureParameters(5), OneWay(4, 3, 5, 30));

        var slice = release.CountTables[0].Single;
        Assert.Equal(["x", "x", "5", "30"], Enumerable.Range(0, 4).Select(r => slice.Cell(r).Display));
        Assert.Contains("Aantallen van 1 tot en met 4 worden niet getoond.", release.MethodsNote[1].Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_below_5_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureParameters(4));

    [Fact]
    public void Small_totals_are_withheld_like_any_other_count()
    {
        var slice = ProtectSingle(TwoWay(Regions3, Settings3, new[,] { { 3, 2, 0 }, { 12, 11, 15 }, { 20, 14, 18 } }));

        Assert.Equal("x", slice.RowTotal(0).Display);
        Assert.Equal("0", slice.Cell(0, 2).Display);
    }
}
