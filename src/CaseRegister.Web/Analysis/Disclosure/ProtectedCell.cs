using System.Globalization;

namespace CaseRegister.Web.Analysis.Disclosure;

// A count as it leaves disclosure control. Writers show Display (and PercentageDisplay); TrueValue
// is confidential and only there for the release ledger and for tests.
public sealed record ProtectedCell(
    CategoryKey Category,
    bool IsMargin,
    int TrueValue,
    CellStatus Status,
    int? DisplayValue,
    string Display)
{
    public double? Percentage { get; init; }

    public string PercentageDisplay { get; init; } = string.Empty;

    public bool IsPublished => Status == CellStatus.Published;

    internal static ProtectedCell From(CountCell cell, DisclosureParameters parameters)
    {
        if (cell.IsPublished)
        {
            var rounded = Rounding.ToNearest(cell.TrueValue, parameters.RoundingBase);
            return new ProtectedCell(cell.Address.Category, cell.IsMargin, cell.TrueValue, cell.Status, rounded,
                rounded.ToString(CultureInfo.InvariantCulture));
        }
        // One mark for every reason: the output must not tell small withheld counts from large ones.
        return new ProtectedCell(cell.Address.Category, cell.IsMargin, cell.TrueValue, cell.Status, null, DisclosureParameters.WithheldLabel);
    }
}
