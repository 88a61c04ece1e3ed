namespace CaseRegister.Web.Analysis.Disclosure;

internal enum LineKind { OneWay, Row, Column, ColumnTotals, RowTotals }

// An additivity constraint: the members add up to the total.
internal sealed record Line(LineKind Kind, IReadOnlyList<CountCell> Members, CountCell Total)
{
    public IEnumerable<CountCell> Cells => Members.Append(Total);
}

// One slice of a frequency table as an extended grid: the internal cells plus, when the table has
// margins, a totals row at index RowCount and (two-way) a totals column at index ColumnCount.
// Treating the margins as ordinary cells of the grid lets one rectangle search protect internal
// cells and totals alike.
internal sealed class SliceGrid
{
    private readonly CountCell[,] _cells;

    public SliceGrid(FrequencyTable table, TableSlice slice)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(slice);
        Table = table;
        Wave = slice.Wave;
        RowCount = table.Rows.Count;
        ColumnCount = table.Columns?.Count ?? 1;
        IsTwoWay = table.IsTwoWay;
        HasMargins = table.HasMargins;
        ExtendedRows = RowCount + (HasMargins ? 1 : 0);
        ExtendedColumns = ColumnCount + (HasMargins && IsTwoWay ? 1 : 0);
        _cells = new CountCell[ExtendedRows, ExtendedColumns];

        for (var r = 0; r < ExtendedRows; r++)
        for (var c = 0; c < ExtendedColumns; c++)
        {
            var isMarginRow = r == RowCount;
            var isMarginColumn = IsTwoWay && c == ColumnCount;
            var value = 0;
            for (var i = 0; i < RowCount; i++)
            for (var j = 0; j < ColumnCount; j++)
                if ((isMarginRow || i == r) && (isMarginColumn || j == c))
                    value += slice.Counts[i, j];
            _cells[r, c] = new CountCell(Address(r, c), value, isMarginRow || isMarginColumn);
        }
    }

    public FrequencyTable Table { get; }

    public string Wave { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public bool IsTwoWay { get; }

    public bool HasMargins { get; }

    public int ExtendedRows { get; }

    public int ExtendedColumns { get; }

    public CountCell this[int row, int column] => _cells[row, column];

    public IEnumerable<CountCell> Cells => _cells.Cast<CountCell>();

    public IEnumerable<CountCell> InternalCells
    {
        get
        {
            for (var r = 0; r < RowCount; r++)
            for (var c = 0; c < ColumnCount; c++)
                yield return _cells[r, c];
        }
    }

    public IEnumerable<Line> Lines
    {
        get
        {
            if (!HasMargins) yield break;
            if (!IsTwoWay)
            {
                yield return new Line(LineKind.OneWay, Column(0).ToList(), _cells[RowCount, 0]);
                yield break;
            }
            for (var r = 0; r <= RowCount; r++)
                yield return new Line(r == RowCount ? LineKind.ColumnTotals : LineKind.Row, Row(r).ToList(), _cells[r, ColumnCount]);
            for (var c = 0; c <= ColumnCount; c++)
                yield return new Line(c == ColumnCount ? LineKind.RowTotals : LineKind.Column, Column(c).ToList(), _cells[RowCount, c]);
        }
    }

    // The members of extended row r (without its total).
    private IEnumerable<CountCell> Row(int r)
    {
        for (var c = 0; c < ColumnCount; c++) yield return _cells[r, c];
    }

    // The members of extended column c (without its total).
    private IEnumerable<CountCell> Column(int c)
    {
        for (var r = 0; r < RowCount; r++) yield return _cells[r, c];
    }

    private CellAddress Address(int r, int c)
    {
        var key = CategoryKey.All;
        if (r < RowCount) key = key.With(Table.Rows.Name, Table.Rows.Categories[r]);
        if (IsTwoWay && c < ColumnCount) key = key.With(Table.Columns!.Name, Table.Columns.Categories[c]);
        return new CellAddress(Table.Id, Table.Population, Table.CohortSet, Wave, key);
    }
}
