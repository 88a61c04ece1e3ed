using CaseRegister.Web.Analysis.Disclosure;
using static CaseRegister.Tests.Analysis.Disclosure.TestTables;

namespace CaseRegister.Tests.Analysis.Disclosure;

public class SuppressionAuditTests
{
    [Fact]
    public void A_single_withheld_cell_in_a_line_with_its_total_is_derivable()
    {
        var grid = Grid(OneWay(25, 6, 19));
        PrimarySuppression.Apply(grid.Cells, 10);

        var derivable = Assert.Single(SuppressionAudit.FindDerivable([grid]));

        Assert.Equal("band=B", derivable.Category.Value);
    }

    [Fact]
    public void Two_withheld_cells_in_a_line_cannot_be_separated()
    {
        var grid = Grid(OneWay(25, 6, 19));
        grid[1, 0].Suppress(CellStatus.PrimarySuppressed);
        grid[2, 0].Suppress(CellStatus.SecondarySuppressed);

        Assert.Empty(SuppressionAudit.FindDerivable([grid]));
    }

    [Fact]
    public void A_withheld_cell_reachable_only_through_a_chain_of_lines_is_found()
    {
        // N-B and S-B withheld with S-C: N-B's column has two unknowns, but S's row has only S-B and
        // S-C, and C's column only S-C, so S-C, then S-B, then N-B follow one after another.
        var grid = Grid(TwoWay(new Dimension("region", ["North", "South"]), new Dimension("setting", ["A", "B", "C"]),
            new[,] { { 14, 3, 16 }, { 12, 11, 15 } }));
        grid[0, 1].Suppress(CellStatus.PrimarySuppressed);
        grid[1, 1].Suppress(CellStatus.SecondarySuppressed);
        grid[1, 2].Suppress(CellStatus.SecondarySuppressed);

        Assert.Equal(3, SuppressionAudit.FindDerivable([grid]).Count);
    }

    [Fact]
    public void A_cell_withheld_in_one_table_but_shown_in_another_is_a_leak()
    {
        var (byRegion, bySex) = TablesThatChooseDifferentPartners();
        foreach (var grid in new[] { byRegion, bySex })
        {
            PrimarySuppression.Apply(grid.Cells, 10);
            SecondarySuppression.Apply(grid);
        }
        // One-way protects A (4) with B (20); the two-way table protects A with C (22 = 20 + a small 2).
        Assert.True(byRegion[1, 0].IsSuppressed && bySex[1, 2].IsPublished);
        Assert.Empty(SuppressionAudit.FindDerivable([byRegion]));
        Assert.Empty(SuppressionAudit.FindDerivable([bySex]));

        var leaks = SuppressionAudit.FindDerivable([byRegion, bySex]);

        Assert.Contains(leaks, a => a.Category.Value == "region=B");
    }

    [Fact]
    public void Protecting_the_same_tables_as_one_release_withholds_the_shared_cells_in_both()
    {
        var (byRegion, bySex) = TablesThatChooseDifferentPartners();

        var release = Protect(new DisclosureParameters(), byRegion.Table, bySex.Table);

        var oneWay = release.CountTable("by-region").Single;
        var twoWay = release.CountTable("t2").Single;
        Assert.Equal(CellStatus.ConsistencySuppressed, twoWay.RowTotal(1).Status);
        Assert.Equal(CellStatus.ConsistencySuppressed, oneWay.Cell(2).Status);
        Assert.Empty(IndependentAudit.DerivableCells(oneWay));
        Assert.Empty(IndependentAudit.DerivableCells(twoWay));
    }

    private static (SliceGrid ByRegion, SliceGrid BySex) TablesThatChooseDifferentPartners()
    {
        var regions = Categories("region", 4);
        return (Grid(FrequencyTable.OneWay("by-region", Enrolled, Cohorts, regions, [4, 20, 22, 40])),
            Grid(TwoWay(regions, new Dimension("sex", ["F", "M"]), new[,] { { 2, 2 }, { 10, 10 }, { 20, 2 }, { 20, 20 } })));
    }

    [Fact]
    public void The_audit_exception_names_the_table_wave_and_cell()
    {
        var table = FrequencyTable.PerWave("waves", Enrolled, Cohorts, Regions3, null, [new TableSlice("T6", new[,] { { 25 }, { 6 }, { 19 } })]);
        var grid = new SliceGrid(table, table.Slices[0]);
        PrimarySuppression.Apply(grid.Cells, 10);

        var leak = Assert.Throws<DisclosureAuditException>(() => SuppressionAudit.Verify([grid]));

        Assert.Equal(("waves", "T6", "region=South"), (leak.TableId, leak.Wave, leak.Category));
        Assert.Contains("region=South", leak.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_that_disagree_on_the_same_cell_are_refused()
    {
        var a = FrequencyTable.OneWay("a", Enrolled, Cohorts, Regions3, [4, 20, 30]);
        var b = FrequencyTable.OneWay("b", Enrolled, Cohorts, Regions3, [4, 21, 30]);

        Assert.Throws<ArgumentException>(() => Protect(new DisclosureParameters(), a, b));
    }
}
