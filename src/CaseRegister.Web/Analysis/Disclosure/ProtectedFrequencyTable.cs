namespace CaseRegister.Web.Analysis.Disclosure;

public sealed class ProtectedFrequencyTable(FrequencyTable source, IReadOnlyList<ProtectedSlice> slices)
{
    public FrequencyTable Source { get; } = source;

    public IReadOnlyList<ProtectedSlice> Slices { get; } = slices;

    public ProtectedSlice Slice(string wave) => Slices.Single(s => s.Wave == wave);

    // The one slice of a table without waves.
    public ProtectedSlice Single => Slices.Count == 1 ? Slices[0] : throw new InvalidOperationException($"Table '{Source.Id}' has {Slices.Count} waves.");
}

// One wave of a protected table. Rows and columns follow the source dimensions; one-way tables
// have a single column (index 0).
public sealed class ProtectedSlice
{
    private readonly ProtectedCell[,] _cells;

    internal ProtectedSlice(SliceGrid grid, DisclosureParameters parameters)
    {
        Wave = grid.Wave;
        RowCount = grid.RowCount;
        ColumnCount = grid.ColumnCount;
        IsTwoWay = grid.IsTwoWay;
        HasMargins = grid.HasMargins;
        _cells = new ProtectedCell[grid.ExtendedRows, grid.ExtendedColumns];
        int lastRow = grid.ExtendedRows - 1, lastColumn = grid.ExtendedColumns - 1;
        for (var r = 0; r < grid.ExtendedRows; r++)
        for (var c = 0; c < grid.ExtendedColumns; c++)
        {
            var cell = ProtectedCell.From(grid[r, c], parameters);
            var denominator = grid.Table.Percentages switch
            {
                PercentageBase.None => null,
                _ when !grid.IsTwoWay => grid[lastRow, 0],
                PercentageBase.RowTotal => grid[r, lastColumn],
                PercentageBase.ColumnTotal => grid[lastRow, c],
                _ => grid[lastRow, lastColumn],
            };
            if (denominator is not null)
            {
                var percentage = PercentageRule.Percentage(grid[r, c], denominator, parameters.Threshold);
                cell = cell with { Percentage = percentage, PercentageDisplay = PercentageRule.Display(percentage) };
            }
            _cells[r, c] = cell;
        }
    }

    public string Wave { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public bool IsTwoWay { get; }

    public bool HasMargins { get; }

    public ProtectedCell Cell(int row, int column = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return _cells[row, column];
    }

    public ProtectedCell RowTotal(int row)
    {
        RequireTwoWayMargins();
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return _cells[row, ColumnCount];
    }

    public ProtectedCell ColumnTotal(int column)
    {
        RequireTwoWayMargins();
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return _cells[RowCount, column];
    }

    public ProtectedCell Total => HasMargins
        ? _cells[RowCount, IsTwoWay ? ColumnCount : 0]
        : throw new InvalidOperationException("This table shows no totals.");

    // Every cell including the margins.
    public IEnumerable<ProtectedCell> Cells => _cells.Cast<ProtectedCell>();

    private void RequireTwoWayMargins()
    {
        if (!IsTwoWay || !HasMargins) throw new InvalidOperationException("Only two-way tables with totals have row and column totals.");
    }
}
