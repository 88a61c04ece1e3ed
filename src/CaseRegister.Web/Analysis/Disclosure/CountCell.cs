namespace CaseRegister.Web.Analysis.Disclosure;

// The working state of one count during protection. Statuses only ever move from Published to a
// suppressed status, never back: that makes every rule monotone, so repeating the rules until
// nothing changes always ends.
internal sealed class CountCell
{
    public CountCell(CellAddress address, int trueValue, bool isMargin = false)
    {
        if (trueValue < 0) throw new ArgumentOutOfRangeException(nameof(trueValue), trueValue, "Counts are never negative.");
        Address = address;
        TrueValue = trueValue;
        IsMargin = isMargin;
    }

    public CellAddress Address { get; }

    public int TrueValue { get; }

    public bool IsMargin { get; }

    public CellStatus Status { get; private set; }

    public bool IsSuppressed => Status.IsSuppressed();

    public bool IsPublished => !IsSuppressed;

    // True when the status changed, so that the fixed-point loops can tell whether to go round again.
    public bool Suppress(CellStatus reason)
    {
        if (reason == CellStatus.Published) throw new ArgumentOutOfRangeException(nameof(reason));
        if (IsSuppressed) return false;
        Status = reason;
        return true;
    }

    public override string ToString() => $"{Address} = {TrueValue} ({Status})";
}

// Where a count lives: the release ledger key (table, cohort set, wave, category) plus the
// population counted, which decides whether two tables show the same cell (R10a).
internal sealed record CellAddress(string TableId, string Population, string CohortSet, string Wave, CategoryKey Category)
{
    public LedgerKey LedgerKey => new(TableId, CohortSet, Wave, Category.Value);

    public (string Population, string CohortSet, string Wave, CategoryKey Category) SameCellKey => (Population, CohortSet, Wave, Category);

    public override string ToString() =>
        $"table '{TableId}', cohorts '{CohortSet}'{(Wave.Length == 0 ? string.Empty : $", wave '{Wave}'")}, cell '{Category}'";
}
