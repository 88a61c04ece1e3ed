namespace CaseRegister.Web.Analysis.Disclosure;

// R2: withhold more cells so that no withheld cell can be computed from totals and other cells.
// Cells withheld here are never zero: a withheld zero would itself reveal that nobody is in it.
internal static class SecondarySuppression
{
    // Runs the rule for the table's shape until nothing changes; returns the number of cells added.
    public static int Apply(SliceGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (!grid.HasMargins) return 0; // no totals, nothing to compute a withheld cell from
        return grid.IsTwoWay ? CompleteRectangles(grid) : ProtectLine(grid.Lines.Single());
    }

    // 1-D: a line whose members and total contain exactly one withheld cell gives that cell away
    // (total minus the rest). Withhold the smallest non-zero published member (or, if there is
    // none, the total) and look again.
    internal static int ProtectLine(Line line)
    {
        var added = 0;
        while (line.Cells.Count(c => c.IsSuppressed) == 1)
        {
            var partner = line.Members
                .Where(c => c.IsPublished && c.TrueValue > 0)
                .OrderBy(c => c.TrueValue)
                .FirstOrDefault();
            partner ??= line.Total.IsPublished && line.Total.TrueValue > 0 ? line.Total : null;
            if (partner is null) break; // only zeros left: the audit will stop the export
            partner.Suppress(CellStatus.SecondarySuppressed);
            added++;
        }
        return added;
    }

    // 2-D: every withheld cell must be a corner of a rectangle of withheld cells (the cell, a
    // partner in its row, one in its column and the opposite corner), margins included. Then every
    // row and column holds either none or at least two unknowns of each rectangle, and no cell
    // can be computed. Among the rectangles that would complete it, take the one whose newly
    // withheld cells have the smallest total, so as little information as possible is lost.
    internal static int CompleteRectangles(SliceGrid grid)
    {
        var added = 0;
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < grid.ExtendedRows; r++)
            for (var c = 0; c < grid.ExtendedColumns; c++)
            {
                if (!grid[r, c].IsSuppressed) continue;
                var corners = CheapestRectangle(grid, r, c);
                if (corners is null) continue; // no rectangle at all: the audit will stop the export
                foreach (var corner in corners)
                    if (corner.Suppress(CellStatus.SecondarySuppressed))
                    {
                        added++;
                        changed = true;
                    }
            }
        }
        while (changed);
        return added;
    }

    private static IReadOnlyList<CountCell>? CheapestRectangle(SliceGrid grid, int r, int c)
    {
        IReadOnlyList<CountCell>? best = null;
        (long Cost, int NewCells, int NewMargins) bestScore = (long.MaxValue, int.MaxValue, int.MaxValue);
        for (var r2 = 0; r2 < grid.ExtendedRows; r2++)
        {
            if (r2 == r) continue;
            for (var c2 = 0; c2 < grid.ExtendedColumns; c2++)
            {
                if (c2 == c) continue;
                CountCell[] corners = [grid[r, c2], grid[r2, c], grid[r2, c2]];
                if (corners.Any(k => k.IsPublished && k.TrueValue == 0)) continue;
                var added = corners.Where(k => k.IsPublished).ToList();
                if (added.Count == 0) return []; // already protected
                var score = (added.Sum(k => (long)k.TrueValue), added.Count, added.Count(k => k.IsMargin));
                if (score.CompareTo(bestScore) < 0)
                {
                    bestScore = score;
                    best = corners;
                }
            }
        }
        return best;
    }
}
