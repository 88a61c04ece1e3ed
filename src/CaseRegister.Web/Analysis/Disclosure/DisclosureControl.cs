using System.Globalization;

namespace CaseRegister.Web.Analysis.Disclosure;

// Everything one release shows. All tables of a release are protected together, because R10a and
// the audit look across tables.
public sealed record ReleaseRequest(DisclosureParameters Parameters)
{
    public IReadOnlyList<FrequencyTable> CountTables { get; init; } = [];

    public IReadOnlyList<OutcomeTable> OutcomeTables { get; init; } = [];

    public IReadOnlyList<RetentionTable> RetentionTables { get; init; } = [];

    public IReadOnlyList<ThemeTable> ThemeTables { get; init; } = [];

    public IEnumerable<string> TableIds => CountTables.Select(t => t.Id)
        .Concat(OutcomeTables.Select(t => t.Id))
        .Concat(RetentionTables.Select(t => t.Id))
        .Concat(ThemeTables.Select(t => t.Id));
}

public sealed record AppliedRule(string Rule, TextFragment Description);

public sealed class ProtectedRelease
{
    internal ProtectedRelease(DisclosureParameters parameters, IReadOnlyList<ProtectedFrequencyTable> countTables,
        IReadOnlyList<ProtectedOutcomeTable> outcomeTables, IReadOnlyList<ProtectedRetentionCurve> retentionCurves,
        IReadOnlyList<ProtectedThemeTable> themeTables, IReadOnlyList<AppliedRule> rulesApplied, IReadOnlyList<LedgerEntry> publishedFigures)
    {
        Parameters = parameters;
        CountTables = countTables;
        OutcomeTables = outcomeTables;
        RetentionCurves = retentionCurves;
        ThemeTables = themeTables;
        RulesApplied = rulesApplied;
        PublishedFigures = publishedFigures;
    }

    public DisclosureParameters Parameters { get; }

    public IReadOnlyList<ProtectedFrequencyTable> CountTables { get; }

    public IReadOnlyList<ProtectedOutcomeTable> OutcomeTables { get; }

    public IReadOnlyList<ProtectedRetentionCurve> RetentionCurves { get; }

    public IReadOnlyList<ProtectedThemeTable> ThemeTables { get; }

    public IReadOnlyList<AppliedRule> RulesApplied { get; }

    // The methods note: what was done to this release, in the order it was done.
    public IReadOnlyList<TextFragment> MethodsNote => RulesApplied.Select(r => r.Description).ToList();

    public IReadOnlyList<LedgerEntry> PublishedFigures { get; }

    public ProtectedFrequencyTable CountTable(string id) => CountTables.Single(t => t.Source.Id == id);

    public ProtectedOutcomeTable OutcomeTable(string id) => OutcomeTables.Single(t => t.Source.Id == id);

    public ProtectedRetentionCurve RetentionCurve(string id) => RetentionCurves.Single(t => t.Source.Id == id);

    public ProtectedThemeTable ThemeTable(string id) => ThemeTables.Single(t => t.Source.Id == id);

    // For IReleaseLedger.Record once the files have been delivered.
    public ReleaseRecord ToLedgerRecord(string releaseId, string publishedBy, DateTime publishedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(releaseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        if (publishedAtUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("The release time must be UTC.", nameof(publishedAtUtc));
        var tableIds = CountTables.Select(t => t.Source.Id)
            .Concat(OutcomeTables.Select(t => t.Source.Id))
            .Concat(RetentionCurves.Select(t => t.Source.Id))
            .Concat(ThemeTables.Select(t => t.Source.Id))
            .ToList();
        return new ReleaseRecord(releaseId, publishedAtUtc, publishedBy, Parameters.Threshold, tableIds, PublishedFigures);
    }
}

// Applies SPEC §3.2 to a release, in the spec's order, so that callers never re-implement the
// ordering. R1 … R9 run once in order; R10 then adds suppressions of its own, and every rule that
// protects withheld cells (R2, the curve rules of R8, R10a, R10c) is repeated until nothing
// changes. Suppression only ever grows, so this ends. Then the audit runs; if any withheld cell
// can be computed, DisclosureAuditException stops the export. R3 and R4 shape what is displayed
// and are applied when the output is built, after the suppression pattern is final.
public static class DisclosureControl
{
    public static ProtectedRelease Protect(ReleaseRequest request, IReleaseLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ledger);
        var parameters = request.Parameters;
        var duplicate = request.TableIds.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Table id '{duplicate.Key}' occurs twice in the release.", nameof(request));

        // R8 (merging waves) and R9 (folding small themes) shape the tables themselves, so they
        // happen while the working state is built; they are listed in their place below.
        var grids = request.CountTables.SelectMany(t => t.Slices.Select(s => new SliceGrid(t, s))).ToList();
        var outcomes = request.OutcomeTables.Select(t => new OutcomeState(t)).ToList();
        var curves = request.RetentionTables.Select(t => new RetentionState(t, parameters)).ToList();
        var themes = request.ThemeTables.Select(t => (Table: t, Waves: ThemeCounts.Build(t, parameters))).ToList();
        var counts = grids.SelectMany(g => g.Cells)
            .Concat(outcomes.SelectMany(o => o.AllRows.Select(r => r.N)))
            .Concat(curves.SelectMany(c => c.Cells))
            .Concat(themes.SelectMany(t => t.Waves.SelectMany(w => w.Lines.Select(l => l.Cell))))
            .ToList();
        Consistency.Validate(counts);
        foreach (var outcome in outcomes) outcome.Validate();

        var hasCounts = counts.Count > 0;
        var rules = new List<AppliedRule> { new("R0", DisclosureTexts.FixedCatalogue) };

        // R1
        PrimarySuppression.Apply(counts, parameters.Threshold);
        foreach (var grid in grids) GroupDisclosure.Apply(grid);
        if (hasCounts) rules.Add(new("R1", DisclosureTexts.SmallCounts(parameters)));
        if (grids.Any(g => g.HasMargins)) rules.Add(new("R1", DisclosureTexts.GroupDisclosure));

        // R2
        foreach (var grid in grids) SecondarySuppression.Apply(grid);
        if (grids.Any(g => g.HasMargins)) rules.Add(new("R2", DisclosureTexts.SecondarySuppression));

        // R3, R4: applied to the display, see Build below.
        if (hasCounts) rules.Add(new("R3", DisclosureTexts.Rounding(parameters)));
        if (request.CountTables.Any(t => t.Percentages != PercentageBase.None) || curves.Count > 0)
            rules.Add(new("R4", DisclosureTexts.Percentages(parameters)));

        // R5, R6, R7
        foreach (var outcome in outcomes) outcome.ApplyStatisticRules(parameters);
        if (outcomes.Any(o => o.Rows.Count > 0))
        {
            rules.Add(new("R5", DisclosureTexts.MeansAndDominance(parameters)));
            rules.Add(new("R6", DisclosureTexts.Quantiles(parameters)));
            rules.Add(new("R6", Descriptives.QuantileMethodsNote));
        }
        if (outcomes.Any(o => o.Changes.Count > 0)) rules.Add(new("R7", DisclosureTexts.PairedChange(parameters)));

        // R8
        foreach (var curve in curves) RetentionRules.Apply(curve, parameters);
        if (curves.Count > 0) rules.Add(new("R8", DisclosureTexts.Retention(parameters)));

        // R9
        if (themes.Count > 0) rules.Add(new("R9", DisclosureTexts.Themes(parameters)));

        // R10: consistency within the release, differences with earlier releases, complements.
        Consistency.Apply(counts);
        Differencing.Apply(counts, ledger, parameters.Threshold);
        foreach (var outcome in outcomes) outcome.ApplyComplementRule(parameters);
        rules.Add(new("R10", DisclosureTexts.Differencing(parameters)));

        int changed;
        do
        {
            changed = grids.Sum(SecondarySuppression.Apply)
                + outcomes.Sum(o => o.ApplyComplementRule(parameters))
                + curves.Sum(c => RetentionRules.Apply(c, parameters))
                + Consistency.Apply(counts);
        }
        while (changed > 0);

        SuppressionAudit.Verify(grids);

        var countTables = request.CountTables.Select(t => new ProtectedFrequencyTable(t,
            grids.Where(g => g.Table == t).Select(g => new ProtectedSlice(g, parameters)).ToList())).ToList();
        var outcomeTables = outcomes.Select(o => o.Protect(parameters)).ToList();
        var retentionCurves = curves.Select(c => RetentionRules.Protect(c, parameters)).ToList();
        var themeTables = themes.Select(t => new ProtectedThemeTable(t.Table, t.Waves.Select(w => new ProtectedThemeWave(w.Wave,
            w.Lines.Select(l => new ThemeCount(l.Code, l.IsOther, ProtectedCell.From(l.Cell, parameters))).ToList())).ToList())).ToList();

        var published = new List<LedgerEntry>();
        published.AddRange(grids.SelectMany(g => g.Cells).Where(c => c.IsPublished).Select(c => CountEntry(c, parameters)));
        published.AddRange(outcomeTables.SelectMany(OutcomeEntries));
        published.AddRange(curves.SelectMany(c => RetentionEntries(c, retentionCurves.Single(p => p.Source == c.Table), parameters)));
        published.AddRange(themes.SelectMany(t => t.Waves.SelectMany(w => w.Lines)).Where(l => l.Cell.IsPublished).Select(l => CountEntry(l.Cell, parameters)));

        return new ProtectedRelease(parameters, countTables, outcomeTables, retentionCurves, themeTables, rules, published);
    }

    private static LedgerEntry CountEntry(CountCell cell, DisclosureParameters parameters) =>
        new(cell.Address.LedgerKey, true, cell.TrueValue, ProtectedCell.From(cell, parameters).Display);

    private static IEnumerable<LedgerEntry> OutcomeEntries(ProtectedOutcomeTable table)
    {
        var source = table.Source;
        LedgerKey Key(string wave, CategoryKey category, string statistic) =>
            new(source.Id, source.CohortSet, wave, category.With("statistic", statistic).Value);
        IEnumerable<LedgerEntry> Entries(string wave, CategoryKey category, ProtectedCell n, params (string Name, StatisticValue Value)[] statistics)
        {
            if (n.IsPublished) yield return new LedgerEntry(Key(wave, category, "n"), true, n.TrueValue, n.Display);
            foreach (var (name, value) in statistics)
                if (value.IsPublished) yield return new LedgerEntry(Key(wave, category, name), false, value.Value!.Value, value.Display);
        }
        foreach (var row in table.Rows)
            foreach (var entry in Entries(row.Wave, row.Category, row.N, ("mean", row.Mean), ("sd", row.StandardDeviation),
                         ("ci-lower", row.ConfidenceLower), ("ci-upper", row.ConfidenceUpper), ("median", row.Median),
                         ("q1", row.FirstQuartile), ("q3", row.ThirdQuartile)))
                yield return entry;
        foreach (var change in table.Changes)
            foreach (var entry in Entries($"{change.FromWave}->{change.ToWave}", change.Category, change.Pairs, ("mean-change", change.MeanChange),
                         ("sd", change.StandardDeviation), ("ci-lower", change.ConfidenceLower), ("ci-upper", change.ConfidenceUpper)))
                yield return entry;
    }

    private static IEnumerable<LedgerEntry> RetentionEntries(RetentionState state, ProtectedRetentionCurve curve, DisclosureParameters parameters)
    {
        if (state.Start.IsPublished) yield return CountEntry(state.Start, parameters);
        for (var i = 0; i < state.Intervals.Count; i++)
        {
            var interval = state.Intervals[i];
            if (interval.Events.IsPublished) yield return CountEntry(interval.Events, parameters);
            var retained = curve.Intervals[i].Retained;
            if (retained.IsPublished)
                yield return new LedgerEntry(interval.Events.Address.LedgerKey with
                {
                    CategoryKey = interval.Events.Address.Category.With("statistic", "retained").Value,
                }, false, retained.Value!.Value, retained.Display);
        }
    }
}

// The working state of one outcome table: a statistic row per group and per paired change.
internal sealed class OutcomeState
{
    public OutcomeState(OutcomeTable table)
    {
        Table = table;
        var population = "measure:" + table.Measure.Id;
        CellAddress Address(string wave, CategoryKey category) =>
            new(table.Id, population, table.CohortSet, wave, category.With("statistic", "n"));
        Rows = table.Groups.Select(g =>
            new StatisticRowState(Address(g.Wave, g.Category), g.Wave, g.Category, g.Parent, g.Values, isPairedChange: false)).ToList();
        Changes = table.Changes.Select(c => new StatisticRowState(Address(c.WaveKey, c.Category), c.WaveKey, c.Category, c.Parent,
            Descriptives.CompleterDifferences(c.Youths), isPairedChange: true)).ToList();
    }

    public OutcomeTable Table { get; }

    public List<StatisticRowState> Rows { get; }

    public List<StatisticRowState> Changes { get; }

    public IEnumerable<StatisticRowState> AllRows => Rows.Concat(Changes);

    public void Validate()
    {
        ComplementRule.Validate(Table.Id, Rows);
        ComplementRule.Validate(Table.Id, Changes);
    }

    public void ApplyStatisticRules(DisclosureParameters parameters)
    {
        foreach (var row in AllRows) StatisticRules.Apply(row, parameters, Table.Measure.IsSkewedCount);
    }

    public int ApplyComplementRule(DisclosureParameters parameters) =>
        ComplementRule.Apply(Rows, parameters, Table.Measure.IsSkewedCount) +
        ComplementRule.Apply(Changes, parameters, Table.Measure.IsSkewedCount);

    public ProtectedOutcomeTable Protect(DisclosureParameters parameters)
    {
        var decimals = Table.Measure.Decimals;
        var rows = Rows.Select(r =>
        {
            var ci = CanCompute(r, r.MeanFamily) ? Descriptives.MeanConfidenceInterval(r.Values) : default;
            return new StatisticRow(r.Wave, r.Category, ProtectedCell.From(r.N, parameters),
                Value(r, r.MeanFamily, () => Descriptives.Mean(r.Values), decimals),
                Value(r, r.MeanFamily, () => Descriptives.StandardDeviation(r.Values), decimals),
                Value(r, r.MeanFamily, () => ci.Lower, decimals),
                Value(r, r.MeanFamily, () => ci.Upper, decimals),
                Value(r, r.Median, () => Descriptives.Median(r.Values), decimals),
                Value(r, r.Quartiles, () => Descriptives.Quantile(r.Values, 0.25), decimals),
                Value(r, r.Quartiles, () => Descriptives.Quantile(r.Values, 0.75), decimals));
        }).ToList();
        var changes = Changes.Zip(Table.Changes, (r, source) =>
        {
            var ci = CanCompute(r, r.MeanFamily) ? Descriptives.MeanConfidenceInterval(r.Values) : default;
            return new PairedChangeRow(source.FromWave, source.ToWave, r.Category, ProtectedCell.From(r.N, parameters),
                Value(r, r.MeanFamily, () => Descriptives.Mean(r.Values), decimals),
                Value(r, r.MeanFamily, () => Descriptives.StandardDeviation(r.Values), decimals),
                Value(r, r.MeanFamily, () => ci.Lower, decimals),
                Value(r, r.MeanFamily, () => ci.Upper, decimals));
        }).ToList();
        return new ProtectedOutcomeTable(Table, rows, changes);
    }

    private static bool CanCompute(StatisticRowState row, StatisticStatus own) => row.Effective(own) == StatisticStatus.Published;

    private static StatisticValue Value(StatisticRowState row, StatisticStatus own, Func<double> compute, int decimals)
    {
        var status = row.Effective(own);
        if (status.IsSuppressed()) return new StatisticValue(null, status, DisclosureParameters.WithheldLabel);
        // + 0.0 turns a rounded −0.0 into 0.0, which would otherwise be shown as "-0.0".
        var value = Math.Round(compute(), decimals, MidpointRounding.AwayFromZero) + 0.0;
        return new StatisticValue(value, status, value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }
}
