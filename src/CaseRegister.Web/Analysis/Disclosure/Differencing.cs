namespace CaseRegister.Web.Analysis.Disclosure;

// R10a: the same cell (same population, cohorts, wave and categories) withheld in one table of a
// release is withheld in every table of the release; otherwise the other table simply shows it.
internal static class Consistency
{
    public static int Apply(IEnumerable<CountCell> cells)
    {
        var changed = 0;
        foreach (var same in cells.GroupBy(c => c.Address.SameCellKey))
        {
            if (!same.Any(c => c.IsSuppressed)) continue;
            foreach (var cell in same)
                if (cell.Suppress(CellStatus.ConsistencySuppressed)) changed++;
        }
        return changed;
    }

    // Cells that count the same youths must hold the same number; if not, the tables were given
    // different populations under one name, and both consistency and the audit would be wrong.
    public static void Validate(IEnumerable<CountCell> cells)
    {
        foreach (var same in cells.GroupBy(c => c.Address.SameCellKey))
            if (same.Select(c => c.TrueValue).Distinct().Count() > 1)
                throw new ArgumentException(
                    $"Two tables disagree on the same cell ({same.First().Address}): {string.Join(" and ", same.Select(c => c.TrueValue).Distinct())}. Give them different populations.");
    }
}

// R10b: a count that differs from its last published value by 0 < |Δ| < threshold would let a
// reader subtract the two releases and look at the few youths who made the difference (12 in
// release 1, 13 in release 2: one youth). Such a cell is WITHHELD, not shown at its old value:
// an old value next to current totals would be false, and the current totals minus the other
// current cells would give the new value back anyway. R2 then protects the withheld cell.
internal static class Differencing
{
    public static bool IsTooClose(int current, double previous, int threshold)
    {
        var difference = Math.Abs(current - previous);
        return difference > 0 && difference < threshold;
    }

    public static int Apply(IEnumerable<CountCell> cells, IReleaseLedger ledger, int threshold)
    {
        var published = cells.Where(c => c.IsPublished).ToList();
        var previous = ledger.FindPublished(published.Select(c => c.Address.LedgerKey).Distinct().ToList());
        var changed = 0;
        foreach (var cell in published)
            if (previous.TryGetValue(cell.Address.LedgerKey, out var entry) && entry.IsCount &&
                IsTooClose(cell.TrueValue, entry.TrueValue, threshold) && cell.Suppress(CellStatus.DifferencingSuppressed))
                changed++;
        return changed;
    }
}
