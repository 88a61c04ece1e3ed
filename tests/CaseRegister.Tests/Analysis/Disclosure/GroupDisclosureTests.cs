using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class GroupDisclosureTests
{
    [Fact]
    public void A_one_way_table_with_everyone_in_one_category_shows_only_its_total()
    {
        var slice = ProtectSingle(OneWay(0, 25, 0));

        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal(CellStatus.GroupDisclosureCollapsed, slice.Cell(r).Status));
        Assert.Equal("25", slice.Total.Display);
    }

    [Fact]
    public void A_zero_in_a_category_nobody_in_the_slice_has_stays_visible()
    {
        // OBC is empty for every region: its zero says nothing about North.
        var grid = Grid(TwoWay(Regions3, Settings3, new[,] { { 11, 0, 0 }, { 12, 11, 0 }, { 20, 14, 0 } }));

        GroupDisclosure.Apply(grid);

        Assert.Equal(CellStatus.GroupDisclosureCollapsed, grid[0, 0].Status);
        Assert.Equal(CellStatus.GroupDisclosureCollapsed, grid[0, 1].Status);
        Assert.Equal(CellStatus.Published, grid[0, 2].Status);
        Assert.Equal(CellStatus.Published, grid[0, 3].Status);
    }

    [Fact]
    public void A_setting_whose_youths_all_come_from_one_region_is_collapsed_too()
    {
        var grid = Grid(TwoWay(Regions3, Settings3, new[,] { { 11, 12, 15 }, { 12, 0, 15 }, { 20, 0, 18 } }));

        GroupDisclosure.Apply(grid);

        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal(CellStatus.GroupDisclosureCollapsed, grid[r, 1].Status));
        Assert.Equal(CellStatus.Published, grid[3, 1].Status);
    }

    [Fact]
    public void When_every_youth_is_in_one_setting_the_slice_is_reduced_to_its_region_totals()
    {
        var slice = ProtectSingle(TwoWay(Regions3, Settings3, new[,] { { 11, 0, 0 }, { 12, 0, 0 }, { 20, 0, 0 } }));

        Assert.All(Enumerable.Range(0, 3).SelectMany(r => Enumerable.Range(0, 3).Select(c => slice.Cell(r, c))),
            cell => Assert.False(cell.IsPublished));
        Assert.All(Enumerable.Range(0, 3), c => Assert.False(slice.ColumnTotal(c).IsPublished));
        Assert.Equal(["10", "10", "20"], Enumerable.Range(0, 3).Select(r => slice.RowTotal(r).Display));
        Assert.Empty(IndependentAudit.DerivableCells(slice));
    }

    [Fact]
    public void A_line_with_one_category_or_without_youths_is_left_alone()
    {
        var grid = Grid(TwoWay(new Dimension("region", ["North"]), Settings3, new[,] { { 0, 0, 0 } }));

        Assert.Equal(0, GroupDisclosure.Apply(grid));
        Assert.Equal(0, GroupDisclosure.Apply(Grid(OneWay(0, 0, 0))));
    }

    [Fact]
    public void Tables_without_totals_are_left_alone()
    {
        var table = FrequencyTable.OneWay("themes", "coded youths", Cohorts, Categories("code", 3), [0, 25, 0], hasMargins: false);

        Assert.Equal(0, GroupDisclosure.Apply(Grid(table)));
    }
}
