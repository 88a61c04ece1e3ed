using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class SecondarySuppressionTests
{
    [Fact]
    public void One_way_takes_the_next_smallest_cell_and_never_a_zero()
    {
        var slice = ProtectSingle(OneWay(0, 6, 25, 19, 0));

        Assert.Equal(["0", "x", "25", "x", "0"], Enumerable.Range(0, 5).Select(r => slice.Cell(r).Display));
    }

    [Fact]
    public void One_way_with_two_small_cells_needs_nothing_more()
    {
        var slice = ProtectSingle(OneWay(25, 6, 19, 3));

        Assert.Equal(["25", "x", "20", "x"], Enumerable.Range(0, 4).Select(r => slice.Cell(r).Display));
    }

    [Fact]
    public void One_way_with_only_the_total_withheld_withholds_the_smallest_cell()
    {
        var grid = Grid(OneWay(25, 12, 19));
        grid[3, 0].Suppress(CellStatus.DifferencingSuppressed);

        SecondarySuppression.Apply(grid);

        Assert.Equal(CellStatus.SecondarySuppressed, grid[1, 0].Status);
        Assert.Empty(SuppressionAudit.FindDerivable([grid]));
    }

    [Fact]
    public void Two_way_rectangles_never_use_a_zero_corner_even_when_it_would_be_cheapest()
    {
        // The cheapest rectangle for the 3 would use the zeros beside it; it must go round them.
        var grid = Grid(TwoWay(Regions3, Settings3, new[,] { { 3, 0, 20 }, { 0, 0, 25 }, { 30, 12, 14 } }));
        PrimarySuppression.Apply(grid.Cells, 10);

        SecondarySuppression.Apply(grid);

        Assert.DoesNotContain(grid.Cells, c => c.Status == CellStatus.SecondarySuppressed && c.TrueValue == 0);
        Assert.Empty(SuppressionAudit.FindDerivable([grid]));
    }

    [Fact]
    public void Two_way_chooses_the_rectangle_with_the_smallest_added_total()
    {
        var grid = Grid(TwoWay(Regions3, Settings3, new[,] { { 4, 30, 12 }, { 40, 35, 30 }, { 15, 33, 11 } }));
        PrimarySuppression.Apply(grid.Cells, 10);

        SecondarySuppression.Apply(grid);

        // Options for the 4 include 12 + 15 + 11 = 38 (rows North/West, columns JZ+/OBC): the cheapest.
        Assert.Equal(
            [(0, 2), (2, 0), (2, 2)],
            grid.Cells.Where(c => c.Status == CellStatus.SecondarySuppressed)
                .Select(c => (Array.IndexOf(Regions3.Categories.ToArray(), c.Address.Category.Pairs().First().Category),
                    Array.IndexOf(Settings3.Categories.ToArray(), c.Address.Category.Pairs().Last().Category))));
    }

    [Fact]
    public void Each_wave_of_a_three_way_table_is_protected_on_its_own()
    {
        var table = FrequencyTable.PerWave("waves", Enrolled, Cohorts, Regions3, null,
        [
            new TableSlice("T0", new[,] { { 25 }, { 6 }, { 19 } }),
            new TableSlice("T6", new[,] { { 25 }, { 16 }, { 19 } }),
        ]);

        var result = Protect(new DisclosureParameters(), table).CountTables[0];

        Assert.Equal(["25", "x", "x"], Enumerable.Range(0, 3).Select(r => result.Slice("T0").Cell(r).Display));
        Assert.Equal(["25", "15", "20"], Enumerable.Range(0, 3).Select(r => result.Slice("T6").Cell(r).Display));
    }
}
