namespace CaseRegister.Web.Analysis.Disclosure;

public enum CellStatus
{
    Published,
    // R1: a count of 1 … threshold − 1.
    PrimarySuppressed,
    // R1: a row or column whose youths all fall in one category is reduced to its total.
    GroupDisclosureCollapsed,
    // R2: withheld so that another withheld cell cannot be computed from totals.
    SecondarySuppressed,
    // R10a: withheld because the same cell is withheld in another table of the release.
    ConsistencySuppressed,
    // R10b: the count moved by less than the threshold since it was last published.
    DifferencingSuppressed,
}

// Why a statistic (mean, SD, median …) is not shown.
public enum StatisticStatus
{
    Published,
    // R5/R6/R7: fewer youths (or pairs) than the threshold.
    TooFewYouths,
    // R6: quartiles need twice the threshold.
    TooFewForQuartiles,
    // R5: one or two youths dominate the sum of a skewed count.
    Dominated,
    // R10c: parent minus this subgroup has fewer youths than the threshold.
    ComplementTooSmall,
    // R10c: withheld so that a withheld sibling cannot be computed from the parent.
    ProtectsOtherGroup,
    // R10b: the number of youths moved by less than the threshold since the last release.
    ChangedSinceLastRelease,
    // R10a: the same group is withheld in another table of the release.
    WithheldElsewhere,
}

public static class DisclosureStatusExtensions
{
    public static bool IsSuppressed(this CellStatus status) => status != CellStatus.Published;

    public static bool IsSuppressed(this StatisticStatus status) => status != StatisticStatus.Published;
}
