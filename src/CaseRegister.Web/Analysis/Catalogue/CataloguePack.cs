using CaseRegister.Web.Analysis.Disclosure;

namespace CaseRegister.Web.Analysis.Catalogue;

public enum TableShape { Counts, Outcome, Retention, Themes }

public enum ChartKind { None, ColumnTotals, OutcomeMeans, Retention }

// How a catalogue table is presented: its place in the seven families, its title and note, and
// which chart (if any) the report draws from it. Titles are Dutch localisation keys; {0} is
// filled with TitleArgument (a cohort label or codebook group title, both data).
public sealed record TableLayout(string Id, int Family, string Title, TableShape Shape)
{
    public string? TitleArgument { get; init; }
    public string? Note { get; init; }
    public string? ChangeTitle { get; init; }
    public ChartKind Chart { get; init; }
}

// Category labels per dimension: Dutch localisation keys for the fixed bands, data for regions,
// cohorts and codebook codes (the translator leaves those as they are).
public sealed class PackLabels
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byDimension = new(StringComparer.Ordinal);

    public void Add(string dimension, IReadOnlyDictionary<string, string> labels) => _byDimension[dimension] = labels;

    public string Dimension(string dimension) => PackTexts.DimensionLabels.GetValueOrDefault(dimension, dimension);

    public string Category(string dimension, string code) =>
        _byDimension.TryGetValue(dimension, out var labels) && labels.TryGetValue(code, out var label) ? label : code;
}

// Figures that are the same number in different tables without the disclosure engine knowing
// (different populations or keys): e.g. a cohort's enrolment total and the start of its retention
// curve. Withheld in one and shown in another would give the withheld one away, so the pack checks
// after protection and stops rather than leak.
public sealed record SameNumber(string Description, IReadOnlyList<FigureRef> Figures);

public sealed record FigureRef(string TableId, string Wave, CategoryKey Category, bool RetentionStart = false);

public sealed record CataloguePack(
    ReleaseRequest Request,
    IReadOnlyList<TableLayout> Tables,
    PackLabels Labels,
    IReadOnlyList<SameNumber> SameNumbers,
    PackData Data);
