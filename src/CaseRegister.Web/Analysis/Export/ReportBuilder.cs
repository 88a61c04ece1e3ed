using System.Globalization;
using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Disclosure;
using CaseRegister.Web.Localization;

namespace CaseRegister.Web.Analysis.Export;

// Which release this is and in which language it is written.
public sealed record ReportContext(int ReleaseNumber, DateTime ProducedAtUtc, CultureInfo Culture, Func<string, string> Translate);

// Lays out a protected release as report tables. It reads Display strings only (and, for chart
// bars, the rounded display values); a true value never reaches a writer.
public static class ReportBuilder
{
    public static AnalysisReport Build(CataloguePack pack, ProtectedRelease release, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Translate;
        var labels = pack.Labels;
        var tables = new List<ReportTable>();
        foreach (var layout in pack.Tables)
        {
            var title = Title(layout, t, context.Culture);
            var note = layout.Note is null ? null : t(layout.Note);
            switch (layout.Shape)
            {
                case TableShape.Counts:
                    tables.Add(CountTable(layout, title, note, release.CountTable(layout.Id), labels, t));
                    break;
                case TableShape.Outcome:
                    var outcome = release.OutcomeTable(layout.Id);
                    tables.Add(OutcomeTable(layout, title, outcome, labels, t));
                    if (layout.ChangeTitle is not null && outcome.Changes.Count > 0)
                        tables.Add(ChangeTable(layout, string.Format(context.Culture, t(layout.ChangeTitle), Lower(t(layout.Title), context.Culture)), outcome, labels, t));
                    break;
                case TableShape.Retention:
                    tables.Add(RetentionTable(layout, title, note, release.RetentionCurve(layout.Id), t));
                    break;
                case TableShape.Themes:
                    tables.Add(ThemeTable(layout, title, note, release.ThemeTable(layout.Id), labels, t));
                    break;
            }
        }

        var data = pack.Data;
        var cohortLabels = string.Join(", ", data.Cohorts.Select(c => c.Label));
        var facts = new List<ReportFact>
        {
            new(t(PackTexts.Cohorts), cohortLabels.Length > 0 ? cohortLabels : string.Join(", ", data.Selection.CohortYears)),
            new(t(PackTexts.Waves), string.Join(", ", data.Waves.Select(w => w.Label))),
            new(t(PackTexts.Threshold), release.Parameters.Threshold.ToString(CultureInfo.InvariantCulture)),
            new(t(PackTexts.Release), context.ReleaseNumber.ToString(CultureInfo.InvariantCulture)),
            new(t(PackTexts.Produced), Cultures.DateTime(context.ProducedAtUtc)),
        };
        var definitions = PackTexts.DefinitionTexts.Select(t).ToList();
        if (data.DemoData) definitions.Add(t(PackTexts.DemoDefinition));
        return new AnalysisReport(t(PackTexts.ReportTitle), t(PackTexts.ReportSubtitle), facts,
            data.DemoData ? t(PackTexts.DemoWarning) : null,
            PackTexts.FamilyTitles.Select(t).ToList(), tables,
            t(AnalysisLabels.MethodsNoteTitle.Key),
            release.MethodsNote.Select(f => f.Format(t, context.Culture)).ToList(),
            t(PackTexts.Definitions), definitions, t);
    }

    private static string Title(TableLayout layout, Func<string, string> t, CultureInfo culture) =>
        layout.TitleArgument is null ? t(layout.Title) : string.Format(culture, t(layout.Title), layout.TitleArgument);

    private static string Lower(string text, CultureInfo culture) => text.Length == 0 ? text : char.ToLower(text[0], culture) + text[1..];

    private static ReportTable CountTable(TableLayout layout, string title, string? note, ProtectedFrequencyTable table, PackLabels labels, Func<string, string> t)
    {
        var source = table.Source;
        var withWave = table.Slices.Any(s => s.Wave.Length > 0);
        var percentages = source.Percentages != PercentageBase.None;
        var header = new List<string>();
        if (withWave) header.Add(t(PackTexts.Wave));
        header.Add(t(labels.Dimension(source.Rows.Name)));
        var columnLabels = source.Columns is { } columns
            ? columns.Categories.Select(c => t(labels.Category(columns.Name, c))).ToList()
            : [t(PackTexts.Count)];
        foreach (var label in columnLabels)
        {
            header.Add(label);
            if (percentages) header.Add($"{label} (%)");
        }
        var rowTotals = source.IsTwoWay && source.HasMargins;
        if (rowTotals) header.Add(t(PackTexts.Total));

        var rows = new List<ReportRow>();
        foreach (var slice in table.Slices)
        {
            var lead = withWave ? new[] { ReportCell.Label(WaveLabel(slice.Wave)) } : [];
            for (var r = 0; r < slice.RowCount; r++)
            {
                var cells = new List<ReportCell>(lead) { ReportCell.Label(t(labels.Category(source.Rows.Name, source.Rows.Categories[r]))) };
                for (var c = 0; c < slice.ColumnCount; c++) AddCount(cells, slice.Cell(r, c), percentages);
                if (rowTotals) AddCount(cells, slice.RowTotal(r), false);
                rows.Add(new ReportRow(cells));
            }
            if (!slice.HasMargins) continue;
            var totals = new List<ReportCell>(lead) { ReportCell.Label(t(PackTexts.Total)) };
            if (slice.IsTwoWay)
            {
                for (var c = 0; c < slice.ColumnCount; c++) AddCount(totals, slice.ColumnTotal(c), percentages);
                AddCount(totals, slice.Total, false);
            }
            else
            {
                AddCount(totals, slice.Total, percentages);
            }
            rows.Add(new ReportRow(totals, IsTotal: true));
        }

        ReportChart? chart = null;
        if (layout.Chart == ChartKind.ColumnTotals && source.Columns is { } dimension && table.Slices.Count == 1 && table.Single.HasMargins)
        {
            var slice = table.Single;
            var bars = Enumerable.Range(0, slice.ColumnCount).Select(c => slice.ColumnTotal(c))
                .Select((cell, c) => new ChartBar(t(labels.Category(dimension.Name, dimension.Categories[c])), cell.IsPublished ? cell.DisplayValue : null, cell.Display))
                .ToList();
            chart = new ReportChart(title, Math.Max(5, bars.Max(b => b.Value ?? 0)), t(PackTexts.Count), bars);
        }
        return new ReportTable(layout.Id, layout.Family, title, note, header, rows) { Chart = chart, LabelColumns = withWave ? 2 : 1 };
    }

    private static void AddCount(List<ReportCell> cells, ProtectedCell cell, bool withPercentage)
    {
        cells.Add(Count(cell));
        if (withPercentage)
            cells.Add(cell.PercentageDisplay.Length > 0 ? new ReportCell(cell.PercentageDisplay, CellKind.Percentage) : ReportCell.Empty);
    }

    private static ReportCell Count(ProtectedCell cell) => new(cell.Display, cell.IsPublished ? CellKind.Count : CellKind.Withheld);

    private static ReportCell Statistic(StatisticValue value) =>
        new(value.Display, value.IsPublished ? CellKind.Number : CellKind.Withheld);

    private static string GroupLabel(CategoryKey category, PackLabels labels, Func<string, string> t) =>
        category.IsAll ? t(PackTexts.AllYouths) : string.Join(", ", category.Pairs().Select(p => t(labels.Category(p.Dimension, p.Category))));

    private static ReportTable OutcomeTable(TableLayout layout, string title, ProtectedOutcomeTable table, PackLabels labels, Func<string, string> t)
    {
        var header = new List<string>
        {
            t(PackTexts.Wave), t(PackTexts.Group), t(AnalysisLabels.N.Key), t(AnalysisLabels.Mean.Key), t(AnalysisLabels.StandardDeviation.Key),
            t(PackTexts.CiLower), t(PackTexts.CiUpper), t(AnalysisLabels.Median.Key), t(AnalysisLabels.FirstQuartile.Key), t(AnalysisLabels.ThirdQuartile.Key),
        };
        var rows = table.Rows.Select(r => new ReportRow(
        [
            ReportCell.Label(WaveLabel(r.Wave)), ReportCell.Label(GroupLabel(r.Category, labels, t)), Count(r.N), Statistic(r.Mean),
            Statistic(r.StandardDeviation), Statistic(r.ConfidenceLower), Statistic(r.ConfidenceUpper), Statistic(r.Median),
            Statistic(r.FirstQuartile), Statistic(r.ThirdQuartile),
        ])).ToList();

        ReportChart? chart = null;
        if (layout.Chart == ChartKind.OutcomeMeans)
        {
            var bars = table.Rows.Where(r => r.Category.IsAll)
                .Select(r => new ChartBar(WaveLabel(r.Wave), r.Mean.IsPublished ? r.Mean.Value : null, r.Mean.Display)).ToList();
            chart = new ReportChart(title, 10, t(AnalysisLabels.Mean.Key), bars);
        }
        return new ReportTable(layout.Id, layout.Family, title, null, header, rows) { Chart = chart, LabelColumns = 2 };
    }

    private static ReportTable ChangeTable(TableLayout layout, string title, ProtectedOutcomeTable table, PackLabels labels, Func<string, string> t)
    {
        var header = new List<string>
        {
            t(PackTexts.FromWave), t(PackTexts.ToWave), t(PackTexts.Group), t(AnalysisLabels.Pairs.Key), t(AnalysisLabels.MeanChange.Key),
            t(AnalysisLabels.StandardDeviation.Key), t(PackTexts.CiLower), t(PackTexts.CiUpper),
        };
        var rows = table.Changes.Select(c => new ReportRow(
        [
            ReportCell.Label(c.FromWave), ReportCell.Label(c.ToWave), ReportCell.Label(GroupLabel(c.Category, labels, t)), Count(c.Pairs),
            Statistic(c.MeanChange), Statistic(c.StandardDeviation), Statistic(c.ConfidenceLower), Statistic(c.ConfidenceUpper),
        ])).ToList();
        return new ReportTable(layout.Id + "-change", layout.Family, title, t(PackTexts.ChangeNote), header, rows) { LabelColumns = 3 };
    }

    private static ReportTable RetentionTable(TableLayout layout, string title, string? note, ProtectedRetentionCurve curve, Func<string, string> t)
    {
        var header = new List<string> { t(PackTexts.Interval), t(PackTexts.Events), t(PackTexts.Retained) };
        var rows = new List<ReportRow> { new([ReportCell.Label(t(PackTexts.Start)), Count(curve.StartingCount), ReportCell.Empty]) };
        foreach (var interval in curve.Intervals)
        {
            var label = interval.FromWave == interval.ToWave ? interval.FromWave : $"{interval.FromWave}–{interval.ToWave}";
            var retained = interval.Retained.IsPublished ? new ReportCell(interval.Retained.Display, CellKind.Percentage) : Statistic(interval.Retained);
            rows.Add(new ReportRow([ReportCell.Label(label), Count(interval.Events), retained]));
        }
        var bars = curve.Intervals.Select(i => new ChartBar(i.FromWave == i.ToWave ? i.FromWave : $"{i.FromWave}–{i.ToWave}",
            i.Retained.IsPublished ? i.Retained.Value : null, i.Retained.Display)).ToList();
        var chart = layout.Chart == ChartKind.Retention ? new ReportChart(title, 100, t(PackTexts.Retained), bars) : null;
        return new ReportTable(layout.Id, layout.Family, title, note, header, rows) { Chart = chart };
    }

    private static ReportTable ThemeTable(TableLayout layout, string title, string? note, ProtectedThemeTable table, PackLabels labels, Func<string, string> t)
    {
        var header = new List<string> { t(PackTexts.Wave), t(PackTexts.Theme), t(PackTexts.YouthsWithTheme) };
        var rows = table.Waves.SelectMany(w => w.Themes.Select(theme => new ReportRow(
        [
            ReportCell.Label(w.Wave),
            ReportCell.Label(theme.IsOther ? t(AnalysisLabels.Other.Key) : labels.Category("code", theme.Code)),
            Count(theme.Youths),
        ]))).ToList();
        return new ReportTable(layout.Id, layout.Family, title, note, header, rows) { LabelColumns = 2 };
    }

    // Transition slices are keyed "T0->T6"; readers see an arrow.
    private static string WaveLabel(string wave) => wave.Replace("->", " → ", StringComparison.Ordinal);
}
