namespace CaseRegister.Web.Analysis.Disclosure;

// A measure from the protocol. Skewed counts (days in care, number of placements) get the R5
// dominance rule, because one youth with a long stay can make a mean say almost exactly what that
// youth's value is.
public sealed record OutcomeMeasure(string Id, bool IsSkewedCount, int Decimals = 1);

// The values of one group at one wave, one value per youth (the unit is the distinct youth). A
// group may name its parent group (same wave, same table): the subgroup must be part of the parent,
// and siblings under one parent must not overlap. R10c protects the parent-minus-subgroup remainder.
public sealed record OutcomeGroup(string Wave, CategoryKey Category, IReadOnlyList<double> Values, CategoryKey? Parent = null);

// Change between two waves for one group, one observation per youth; youths without a value at
// either wave are left out (R7: completers only).
public sealed record PairedChangeGroup(
    string FromWave, string ToWave, CategoryKey Category, IReadOnlyList<PairedObservation> Youths, CategoryKey? Parent = null)
{
    public string WaveKey => $"{FromWave}->{ToWave}";
}

public sealed class OutcomeTable
{
    public OutcomeTable(string id, string cohortSet, OutcomeMeasure measure, IReadOnlyList<OutcomeGroup> groups,
        IReadOnlyList<PairedChangeGroup>? changes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohortSet);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(groups);
        changes ??= [];
        CheckFamilies(id, groups.Select(g => (g.Wave, g.Category, g.Parent)).ToList());
        CheckFamilies(id, changes.Select(g => (g.WaveKey, g.Category, g.Parent)).ToList());
        Id = id;
        CohortSet = cohortSet;
        Measure = measure;
        Groups = groups;
        Changes = changes;
    }

    public string Id { get; }

    public string CohortSet { get; }

    public OutcomeMeasure Measure { get; }

    public IReadOnlyList<OutcomeGroup> Groups { get; }

    public IReadOnlyList<PairedChangeGroup> Changes { get; }

    private static void CheckFamilies(string id, IReadOnlyList<(string Wave, CategoryKey Category, CategoryKey? Parent)> groups)
    {
        var keys = new HashSet<(string, CategoryKey)>();
        foreach (var (wave, category, _) in groups)
            if (!keys.Add((wave, category)))
                throw new ArgumentException($"Outcome table '{id}' has two groups '{category}' at wave '{wave}'.");
        foreach (var (wave, category, parent) in groups)
            if (parent is not null && !keys.Contains((wave, parent)))
                throw new ArgumentException($"Outcome table '{id}': the parent '{parent}' of group '{category}' at wave '{wave}' is not in the table.");
        foreach (var (wave, category, parent) in groups)
        {
            // Follow the parents: a cycle would make the complement rule meaningless.
            var seen = new HashSet<CategoryKey> { category };
            for (CategoryKey? p = parent; p is not null; p = groups.First(g => g.Wave == wave && g.Category == p).Parent)
                if (!seen.Add(p))
                    throw new ArgumentException($"Outcome table '{id}': the parents of group '{category}' at wave '{wave}' form a cycle.");
        }
    }
}

// A mean, SD, quantile … as it leaves disclosure control.
public sealed record StatisticValue(double? Value, StatisticStatus Status, string Display)
{
    public bool IsPublished => Status == StatisticStatus.Published;
}

public sealed record StatisticRow(
    string Wave,
    CategoryKey Category,
    ProtectedCell N,
    StatisticValue Mean,
    StatisticValue StandardDeviation,
    StatisticValue ConfidenceLower,
    StatisticValue ConfidenceUpper,
    StatisticValue Median,
    StatisticValue FirstQuartile,
    StatisticValue ThirdQuartile);

public sealed record PairedChangeRow(
    string FromWave,
    string ToWave,
    CategoryKey Category,
    ProtectedCell Pairs,
    StatisticValue MeanChange,
    StatisticValue StandardDeviation,
    StatisticValue ConfidenceLower,
    StatisticValue ConfidenceUpper);

public sealed class ProtectedOutcomeTable(OutcomeTable source, IReadOnlyList<StatisticRow> rows, IReadOnlyList<PairedChangeRow> changes)
{
    public OutcomeTable Source { get; } = source;

    public IReadOnlyList<StatisticRow> Rows { get; } = rows;

    public IReadOnlyList<PairedChangeRow> Changes { get; } = changes;

    public StatisticRow Row(string wave, CategoryKey category) => Rows.Single(r => r.Wave == wave && r.Category == category);

    public PairedChangeRow Change(string fromWave, string toWave, CategoryKey category) =>
        Changes.Single(r => r.FromWave == fromWave && r.ToWave == toWave && r.Category == category);
}
