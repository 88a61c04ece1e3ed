namespace CaseRegister.Web.Analysis.Disclosure;

// R1, group disclosure: when every youth of a row or column falls in one category, the zeros beside
// that category tell a reader the category of every youth in the row ("all North youths are in
// JZ+"). Suppressing the one non-zero cell does not help, because the zeros still say it. So the
// line is COLLAPSED: it is shown as its total only, and all its category cells, zeros included,
// are withheld. R2 then protects these cells like any other withheld cell.
//
// A category that is empty in the whole slice (its column total is a published zero) is no
// information about this row, and its zero can be read off that total anyway; such "structural"
// zeros stay visible and the category does not count towards the line's categories.
//
// When the totals row itself shows everyone in one column, the slice is reduced to its other
// margin (the row totals): all internal cells and the column totals are withheld.
internal static class GroupDisclosure
{
    public static int Apply(SliceGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (!grid.HasMargins) return 0; // without a total a line's concentration is not visible
        var collapsed = 0;
        if (!grid.IsTwoWay)
        {
            var line = grid.Lines.Single();
            if (IsConcentrated(line.Members, line.Total)) collapsed += Collapse(line.Members);
            return collapsed;
        }

        int rows = grid.RowCount, columns = grid.ColumnCount;
        var columnTotals = Enumerable.Range(0, columns).Select(c => grid[rows, c]).ToList();
        var rowTotals = Enumerable.Range(0, rows).Select(r => grid[r, columns]).ToList();
        var grandTotal = grid[rows, columns];

        if (IsConcentrated(columnTotals, grandTotal))
            collapsed += Collapse(grid.InternalCells.Concat(columnTotals));
        if (IsConcentrated(rowTotals, grandTotal))
            collapsed += Collapse(grid.InternalCells.Concat(rowTotals));

        for (var r = 0; r < rows; r++)
        {
            var members = Enumerable.Range(0, columns).Where(c => grid[rows, c].TrueValue > 0).Select(c => grid[r, c]).ToList();
            if (IsConcentrated(members, grid[r, columns])) collapsed += Collapse(members);
        }
        for (var c = 0; c < columns; c++)
        {
            var members = Enumerable.Range(0, rows).Where(r => grid[r, columns].TrueValue > 0).Select(r => grid[r, c]).ToList();
            if (IsConcentrated(members, grid[rows, c])) collapsed += Collapse(members);
        }
        return collapsed;
    }

    // At least two categories, some youths, and all of them in one category.
    internal static bool IsConcentrated(IReadOnlyCollection<CountCell> members, CountCell total) =>
        members.Count >= 2 && total.TrueValue > 0 && members.Count(m => m.TrueValue > 0) == 1;

    private static int Collapse(IEnumerable<CountCell> cells) =>
        cells.Count(cell => cell.Suppress(CellStatus.GroupDisclosureCollapsed));
}
