using CaseRegister.Web.Analysis.Disclosure;

namespace CaseRegister.Web.Analysis.Catalogue;

// The pack's own check on top of the engine's audit: figures that are one and the same number in
// different tables (see SameNumber) must all be shown or all be withheld.
public static class SameNumberCheck
{
    public static void Verify(CataloguePack pack, ProtectedRelease release)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(release);
        var tables = release.CountTables.ToDictionary(t => t.Source.Id);
        var curves = release.RetentionCurves.ToDictionary(c => c.Source.Id);
        foreach (var same in pack.SameNumbers)
        {
            var shown = new List<bool>();
            foreach (var figure in same.Figures)
            {
                if (figure.RetentionStart)
                {
                    if (curves.TryGetValue(figure.TableId, out var curve)) shown.Add(curve.StartingCount.IsPublished);
                }
                else if (tables.TryGetValue(figure.TableId, out var table) && table.Slices.FirstOrDefault(s => s.Wave == figure.Wave) is { } slice)
                {
                    shown.Add(slice.Cells.First(c => c.Category == figure.Category).IsPublished);
                }
            }
            if (shown.Distinct().Count() > 1)
                throw new DisclosureAuditException(
                    $"Disclosure audit failed: the total for {same.Description} is withheld in one table and shown in another ({string.Join(", ", same.Figures.Select(f => f.TableId).Distinct())}). The export is stopped.");
        }
    }
}
