using CaseRegister.Web.Analysis.Disclosure;
using MathNet.Numerics.LinearAlgebra;

namespace CaseRegister.Tests.Analysis.Disclosure;

// A second, deliberately different implementation of the R2 audit for the tests: the full system
// over ALL cells (additivity rows plus a unit row for every published cell), rather than the
// production code's reduced system over the withheld cells only. The two must agree.
internal static class IndependentAudit
{
    public static IReadOnlyList<ProtectedCell> DerivableCells(ProtectedSlice slice)
    {
        if (!slice.HasMargins) return [];
        var cells = new List<ProtectedCell>();
        var index = new Dictionary<(int, int), int>();
        int rows = slice.RowCount, columns = slice.ColumnCount;
        int extendedColumns = slice.IsTwoWay ? columns + 1 : 1;
        ProtectedCell At(int r, int c) =>
            r == rows ? (slice.IsTwoWay ? (c == columns ? slice.Total : slice.ColumnTotal(c)) : slice.Total)
            : c == columns && slice.IsTwoWay ? slice.RowTotal(r) : slice.Cell(r, c);
        for (var r = 0; r <= rows; r++)
        for (var c = 0; c < extendedColumns; c++)
        {
            index[(r, c)] = cells.Count;
            cells.Add(At(r, c));
        }

        var equations = new List<double[]>();
        void Line(IEnumerable<(int, int)> members, (int, int) total)
        {
            var row = new double[cells.Count];
            foreach (var m in members) row[index[m]] = 1;
            row[index[total]] = -1;
            equations.Add(row);
        }
        if (slice.IsTwoWay)
        {
            for (var r = 0; r <= rows; r++) Line(Enumerable.Range(0, columns).Select(c => (r, c)), (r, columns));
            for (var c = 0; c <= columns; c++) Line(Enumerable.Range(0, rows).Select(r => (r, c)), (rows, c));
        }
        else
        {
            Line(Enumerable.Range(0, rows).Select(r => (r, 0)), (rows, 0));
        }
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].IsPublished)
            {
                var unit = new double[cells.Count];
                unit[i] = 1;
                equations.Add(unit);
            }

        var a = Matrix<double>.Build.DenseOfRowArrays(equations);
        var rank = a.Rank();
        var derivable = new List<ProtectedCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsPublished) continue;
            var unit = Vector<double>.Build.Dense(cells.Count);
            unit[i] = 1;
            if (a.InsertRow(a.RowCount, unit).Rank() == rank) derivable.Add(cells[i]);
        }
        return derivable;
    }
}
