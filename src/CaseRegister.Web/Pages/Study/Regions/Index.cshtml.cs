using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Study.Regions;

// Youth-care regions and their regional expert teams (SPEC §2.1): reference data the coordinator
// maintains. Any landsdeel can be added; which regions take part is a per-region choice.
public class IndexModel(CaseRegisterDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int NameLength = 120;
    public const int TeamNameLength = 160;

    public sealed record TeamRow(Guid Id, string Name, bool IsActive);

    public sealed record RegionRow(Guid Id, string Name, string Landsdeel, bool InStudy, IReadOnlyList<TeamRow> Teams, int Cases);

    public IReadOnlyList<RegionRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Landsdelen { get; private set; } = [];

    [BindProperty]
    public NewRegionInput NewRegion { get; set; } = new();

    public sealed class NewRegionInput
    {
        public string? Name { get; set; }
        public string? Landsdeel { get; set; }
        public bool InStudy { get; set; } = true;
        public string? TeamName { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = NewRegion.Name?.Trim() ?? "";
        var landsdeel = NewRegion.Landsdeel?.Trim() ?? "";
        var teamName = string.IsNullOrWhiteSpace(NewRegion.TeamName) ? $"Regionaal expertteam {name}" : NewRegion.TeamName.Trim();
        if (name.Length == 0) ModelState.AddModelError("NewRegion.Name", l["Vul de naam van de regio in."]);
        else if (name.Length > NameLength) ModelState.AddModelError("NewRegion.Name", l["Naam van de regio: gebruik hoogstens {0} tekens.", NameLength]);
        else if (await NameTakenAsync(db, name, except: null)) ModelState.AddModelError("NewRegion.Name", l["Er bestaat al een regio met de naam {0}.", name]);
        if (landsdeel.Length == 0) ModelState.AddModelError("NewRegion.Landsdeel", l["Vul het landsdeel van de regio in, bijvoorbeeld Zuid-West."]);
        else if (landsdeel.Length > NameLength) ModelState.AddModelError("NewRegion.Landsdeel", l["Landsdeel: gebruik hoogstens {0} tekens.", NameLength]);
        if (teamName.Length > TeamNameLength) ModelState.AddModelError("NewRegion.TeamName", l["Naam van het expertteam: gebruik hoogstens {0} tekens.", TeamNameLength]);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var region = new Region { Id = Guid.NewGuid(), Name = name, Landsdeel = landsdeel, InStudy = NewRegion.InStudy };
        region.ExpertTeams.Add(new ExpertTeam { Id = Guid.NewGuid(), RegionId = region.Id, Name = teamName });
        db.Regions.Add(region);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone else added the same name between the check and the save.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("NewRegion.Name", l["Er bestaat al een regio met de naam {0}.", name]);
            await LoadAsync();
            return Page();
        }
        await audit.WriteAsync(new AuditEvent("study.region.create") { Target = $"region:{region.Id}", Details = $"{name} ({landsdeel}), in study: {(region.InStudy ? "yes" : "no")}, team {region.ExpertTeams[0].Id}" });
        TempData["Message"] = "De regio is toegevoegd, met een regionaal expertteam.";
        return RedirectToPage("Edit", new { id = region.Id });
    }

    // Names are compared without regard to case: "Haaglanden" and "haaglanden" are one region.
    internal static async Task<bool> NameTakenAsync(CaseRegisterDbContext db, string name, Guid? except)
    {
        var names = await db.Regions.AsNoTracking().Where(r => r.Id != except).Select(r => r.Name).ToListAsync();
        return names.Any(n => string.Equals(n.Trim(), name, StringComparison.CurrentCultureIgnoreCase));
    }

    private async Task LoadAsync()
    {
        var cases = await db.Cases.AsNoTracking().GroupBy(c => c.RegionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var regions = await db.Regions.AsNoTracking().Include(r => r.ExpertTeams).ToListAsync();
        Rows = regions
            .OrderBy(r => r.Landsdeel, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new RegionRow(r.Id, r.Name, r.Landsdeel, r.InStudy,
                r.ExpertTeams.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).Select(t => new TeamRow(t.Id, t.Name, t.IsActive)).ToList(),
                cases.GetValueOrDefault(r.Id)))
            .ToList();
        Landsdelen = regions.Select(r => r.Landsdeel).Where(x => x.Length > 0).Distinct(StringComparer.CurrentCultureIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
