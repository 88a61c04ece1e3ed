namespace CaseRegister.Web.Analysis.Disclosure;

// Working state of one statistic row (a group at a wave, or a paired change). n is an ordinary
// count cell, so R1, R3, R10a and R10b treat it like any other count; withholding n withholds the
// whole row, because a statistic next to a known n gives its sum away.
internal sealed class StatisticRowState
{
    private StatisticStatus _secondaryReason = StatisticStatus.ProtectsOtherGroup;

    public StatisticRowState(CellAddress nAddress, string wave, CategoryKey category, CategoryKey? parent,
        IReadOnlyList<double> values, bool isPairedChange)
    {
        N = new CountCell(nAddress, values.Count);
        Wave = wave;
        Category = category;
        Parent = parent;
        Values = values;
        IsPairedChange = isPairedChange;
    }

    public CountCell N { get; }

    public string Wave { get; }

    public CategoryKey Category { get; }

    public CategoryKey? Parent { get; }

    // One value per youth; for a paired change, the completers' differences.
    public IReadOnlyList<double> Values { get; }

    public bool IsPairedChange { get; }

    public StatisticStatus MeanFamily { get; private set; }

    public StatisticStatus Median { get; private set; }

    public StatisticStatus Quartiles { get; private set; }

    public StatisticStatus RowStatus => N.Status switch
    {
        CellStatus.Published => StatisticStatus.Published,
        CellStatus.PrimarySuppressed => StatisticStatus.TooFewYouths,
        CellStatus.ConsistencySuppressed => StatisticStatus.WithheldElsewhere,
        CellStatus.DifferencingSuppressed => StatisticStatus.ChangedSinceLastRelease,
        _ => _secondaryReason,
    };

    public bool IsMeanFamilyPublished => N.IsPublished && MeanFamily == StatisticStatus.Published;

    // A row whose n is published can still have n = 0 (nothing to compute) or fail the n rules.
    public StatisticStatus Effective(StatisticStatus own) => N.IsPublished ? own : RowStatus;

    public bool SuppressRow(StatisticStatus reason)
    {
        if (!N.Suppress(CellStatus.SecondarySuppressed)) return false;
        _secondaryReason = reason;
        return true;
    }

    public bool SuppressMeanFamily(StatisticStatus reason)
    {
        if (MeanFamily.IsSuppressed()) return false;
        MeanFamily = reason;
        return true;
    }

    public void SetOrderStatistics(StatisticStatus median, StatisticStatus quartiles)
    {
        Median = median;
        Quartiles = quartiles;
    }
}
