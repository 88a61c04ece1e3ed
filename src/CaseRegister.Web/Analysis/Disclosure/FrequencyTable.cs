namespace CaseRegister.Web.Analysis.Disclosure;

// A breakdown variable with its fixed bands (R0): the categories are codes from the catalogue,
// labels are the writers' business.
public sealed record Dimension
{
    public Dimension(string name, IReadOnlyList<string> categories)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0) throw new ArgumentException($"Dimension '{name}' has no categories.", nameof(categories));
        if (categories.Distinct(StringComparer.Ordinal).Count() != categories.Count)
            throw new ArgumentException($"Dimension '{name}' lists a category twice.", nameof(categories));
        Name = name;
        Categories = categories;
    }

    public string Name { get; }

    public IReadOnlyList<string> Categories { get; }

    public int Count => Categories.Count;
}

public enum PercentageBase { None, RowTotal, ColumnTotal, GrandTotal }

// One wave of a table. One-way tables use a single column: Counts[row, 0].
public sealed record TableSlice(string Wave, int[,] Counts);

// A frequency table of distinct youths: one or two breakdown variables (R0) and, as the third
// dimension, waves. Waves are independent slices: the same youth is counted at every wave, so
// counts do not add up across waves and no cross-wave margins exist.
public sealed class FrequencyTable
{
    public const string NoWave = "";

    private FrequencyTable(string id, string population, string cohortSet, Dimension rows, Dimension? columns,
        IReadOnlyList<TableSlice> slices, bool hasMargins, PercentageBase percentages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(population);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohortSet);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(slices);
        if (slices.Count == 0) throw new ArgumentException($"Table '{id}' has no slices.", nameof(slices));
        if (columns is not null && columns.Name == rows.Name)
            throw new ArgumentException($"Table '{id}' uses dimension '{rows.Name}' twice.", nameof(columns));
        if (slices.Select(s => s.Wave).Distinct(StringComparer.Ordinal).Count() != slices.Count)
            throw new ArgumentException($"Table '{id}' has two slices for the same wave.", nameof(slices));
        if (percentages != PercentageBase.None && !hasMargins)
            throw new ArgumentException($"Table '{id}' asks for percentages but has no totals to take them of.", nameof(percentages));
        var columnCount = columns?.Count ?? 1;
        foreach (var slice in slices)
        {
            if (slice.Counts.GetLength(0) != rows.Count || slice.Counts.GetLength(1) != columnCount)
                throw new ArgumentException(
                    $"Table '{id}', wave '{slice.Wave}': counts are {slice.Counts.GetLength(0)}×{slice.Counts.GetLength(1)}, the dimensions need {rows.Count}×{columnCount}.",
                    nameof(slices));
            foreach (var count in slice.Counts)
                if (count < 0) throw new ArgumentException($"Table '{id}', wave '{slice.Wave}': a count is negative.", nameof(slices));
        }
        Id = id;
        Population = population;
        CohortSet = cohortSet;
        Rows = rows;
        Columns = columns;
        Slices = slices;
        HasMargins = hasMargins;
        Percentages = percentages;
    }

    public string Id { get; }

    // What is counted ("enrolled youths", "youths interviewed"): two tables show the same cell only
    // when they count the same population for the same cohorts, wave and categories.
    public string Population { get; }

    // The pooled cohorts, in a canonical spelling chosen by the catalogue (e.g. "2026+2027").
    public string CohortSet { get; }

    public Dimension Rows { get; }

    public Dimension? Columns { get; }

    public IReadOnlyList<TableSlice> Slices { get; }

    // Totals are shown (row, column and grand totals). Tables without totals (a youth can have
    // several codes, so theme counts do not add up) have no additivity for R2 to protect.
    public bool HasMargins { get; }

    public PercentageBase Percentages { get; }

    public bool IsTwoWay => Columns is not null;

    public static FrequencyTable OneWay(string id, string population, string cohortSet, Dimension rows, IReadOnlyList<int> counts,
        string wave = NoWave, bool hasMargins = true, PercentageBase percentages = PercentageBase.None)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var grid = new int[counts.Count, 1];
        for (var r = 0; r < counts.Count; r++) grid[r, 0] = counts[r];
        return new FrequencyTable(id, population, cohortSet, rows, null, [new TableSlice(wave, grid)], hasMargins, percentages);
    }

    public static FrequencyTable TwoWay(string id, string population, string cohortSet, Dimension rows, Dimension columns, int[,] counts,
        string wave = NoWave, PercentageBase percentages = PercentageBase.None)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new FrequencyTable(id, population, cohortSet, rows, columns, [new TableSlice(wave, counts)], true, percentages);
    }

    // Three-dimensional: one slice per wave; columns may be null for a one-way breakdown per wave.
    public static FrequencyTable PerWave(string id, string population, string cohortSet, Dimension rows, Dimension? columns,
        IReadOnlyList<TableSlice> slices, bool hasMargins = true, PercentageBase percentages = PercentageBase.None) =>
        new(id, population, cohortSet, rows, columns, slices, hasMargins, percentages);
}
