namespace CaseRegister.Web.Analysis.Export;

// A protected release laid out for the writers (CSV, XLSX, HTML): only display strings, already
// translated. Nothing here can hold a true value: the writers cannot leak what they never get.
public enum CellKind { Label, Count, Number, Percentage, Withheld, Empty }

public sealed record ReportCell(string Text, CellKind Kind)
{
    public static ReportCell Label(string text) => new(text, CellKind.Label);

    public static ReportCell Empty { get; } = new(string.Empty, CellKind.Empty);
}

public sealed record ReportRow(IReadOnlyList<ReportCell> Cells, bool IsTotal = false);

public sealed record ChartBar(string Label, double? Value, string Display);

public sealed record ReportChart(string Title, double AxisMaximum, string Unit, IReadOnlyList<ChartBar> Bars);

public sealed record ReportTable(
    string Id,
    int Family,
    string Title,
    string? Note,
    IReadOnlyList<string> Header,
    IReadOnlyList<ReportRow> Rows)
{
    public ReportChart? Chart { get; init; }

    // Leading columns that name the row (wave, group …) rather than hold figures.
    public int LabelColumns { get; init; } = 1;
}

public sealed record ReportFact(string Label, string Value);

public sealed record AnalysisReport(
    string Title,
    string Subtitle,
    IReadOnlyList<ReportFact> Facts,
    string? DemoWarning,
    IReadOnlyList<string> FamilyTitles,
    IReadOnlyList<ReportTable> Tables,
    string MethodsTitle,
    IReadOnlyList<string> MethodsNote,
    string DefinitionsTitle,
    IReadOnlyList<string> Definitions,
    Func<string, string> Translate);
