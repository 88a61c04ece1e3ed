using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Study.Regions;

// One region and its expert teams. Cases record their region and team, so what cases use can be
// renamed, taken out of the study or deactivated, but never deleted.
public class EditModel(CaseRegisterDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record TeamRow(Guid Id, string Name, bool IsActive, int Cases);

    public Region? Current { get; private set; }

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public int Cases { get; private set; }

    // The team whose rename failed, so that its row shows what was typed and the message.
    public Guid? RenamingTeamId { get; private set; }

    [BindProperty]
    public RegionInput Input { get; set; } = new();

    [BindProperty]
    public string? NewTeamName { get; set; }

    public sealed class RegionInput
    {
        public string? Name { get; set; }
        public string? Landsdeel { get; set; }
        public bool InStudy { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = new RegionInput { Name = Current!.Name, Landsdeel = Current.Landsdeel, InStudy = Current.InStudy };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id);
        if (region is null) return NotFound();
        var name = Input.Name?.Trim() ?? "";
        var landsdeel = Input.Landsdeel?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError("Input.Name", l["Vul de naam van de regio in."]);
        else if (name.Length > IndexModel.NameLength) ModelState.AddModelError("Input.Name", l["Naam van de regio: gebruik hoogstens {0} tekens.", IndexModel.NameLength]);
        else if (await IndexModel.NameTakenAsync(db, name, except: id)) ModelState.AddModelError("Input.Name", l["Er bestaat al een regio met de naam {0}.", name]);
        if (landsdeel.Length == 0) ModelState.AddModelError("Input.Landsdeel", l["Vul het landsdeel van de regio in, bijvoorbeeld Zuid-West."]);
        else if (landsdeel.Length > IndexModel.NameLength) ModelState.AddModelError("Input.Landsdeel", l["Landsdeel: gebruik hoogstens {0} tekens.", IndexModel.NameLength]);
        if (!ModelState.IsValid) return await PageAsync(id);

        var changes = new List<string>();
        if (region.Name != name) changes.Add($"name {region.Name}→{name}");
        if (region.Landsdeel != landsdeel) changes.Add($"landsdeel {region.Landsdeel}→{landsdeel}");
        if (region.InStudy != Input.InStudy) changes.Add($"in study {(Input.InStudy ? "no→yes" : "yes→no")}");
        if (changes.Count == 0)
        {
            TempData["Message"] = "Er was niets gewijzigd.";
            return RedirectToPage(new { id });
        }
        region.Name = name;
        region.Landsdeel = landsdeel;
        region.InStudy = Input.InStudy;
        await db.SaveChangesAsync();
        await audit.WriteAsync(new AuditEvent("study.region.update") { Target = $"region:{id}", Details = string.Join("; ", changes) });
        TempData["Message"] = "De regio is opgeslagen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var region = await db.Regions.Include(r => r.ExpertTeams).FirstOrDefaultAsync(r => r.Id == id);
        if (region is null) return NotFound();
        var teamIds = region.ExpertTeams.Select(t => t.Id).ToList();
        var inUse = await db.Cases.CountAsync(c => c.RegionId == id || teamIds.Contains(c.ExpertTeamId));
        if (inUse > 0)
        {
            ModelState.AddModelError(string.Empty, l["De regio {0} kan niet worden verwijderd: {1} casus(sen) horen erbij. Zet 'Hoort bij de studie' uit als er geen nieuwe casussen uit deze regio meer bij mogen komen.", region.Name, inUse]);
            return await PageAsync(id, keepInput: false);
        }
        db.ExpertTeams.RemoveRange(region.ExpertTeams);
        db.Regions.Remove(region);
        await db.SaveChangesAsync();
        await audit.WriteAsync(new AuditEvent("study.region.delete") { Target = $"region:{id}", Details = $"{region.Name} with {teamIds.Count} team(s)" });
        TempData["Message"] = "De regio is verwijderd.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostAddTeamAsync(Guid id)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == id)) return NotFound();
        var name = NewTeamName?.Trim() ?? "";
        var problem = await TeamNameProblemAsync(id, name, except: null);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(NewTeamName), problem);
            return await PageAsync(id, keepInput: false);
        }
        var team = new ExpertTeam { Id = Guid.NewGuid(), RegionId = id, Name = name };
        db.ExpertTeams.Add(team);
        await db.SaveChangesAsync();
        await audit.WriteAsync(new AuditEvent("study.team.create") { Target = $"team:{team.Id}", Details = $"{name} in region {id}" });
        TempData["Message"] = "Het expertteam is toegevoegd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRenameTeamAsync(Guid id, Guid teamId, string? teamName)
    {
        // The team id comes from the form: it must belong to this region.
        var team = await db.ExpertTeams.FirstOrDefaultAsync(t => t.Id == teamId && t.RegionId == id);
        if (team is null) return NotFound();
        var name = teamName?.Trim() ?? "";
        var problem = await TeamNameProblemAsync(id, name, except: teamId);
        if (problem is not null)
        {
            RenamingTeamId = teamId;
            ModelState.AddModelError("teamName", problem);
            return await PageAsync(id, keepInput: false);
        }
        if (team.Name != name)
        {
            var old = team.Name;
            team.Name = name;
            await db.SaveChangesAsync();
            await audit.WriteAsync(new AuditEvent("study.team.update") { Target = $"team:{teamId}", Details = $"name {old}→{name}" });
        }
        TempData["Message"] = "De naam van het expertteam is opgeslagen.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDeactivateTeamAsync(Guid id, Guid teamId) => SetActiveAsync(id, teamId, false);

    public Task<IActionResult> OnPostActivateTeamAsync(Guid id, Guid teamId) => SetActiveAsync(id, teamId, true);

    public async Task<IActionResult> OnPostDeleteTeamAsync(Guid id, Guid teamId)
    {
        var team = await db.ExpertTeams.FirstOrDefaultAsync(t => t.Id == teamId && t.RegionId == id);
        if (team is null) return NotFound();
        var inUse = await db.Cases.CountAsync(c => c.ExpertTeamId == teamId);
        if (inUse > 0)
        {
            ModelState.AddModelError(string.Empty, l["Het expertteam {0} kan niet worden verwijderd: het is vastgelegd bij {1} casus(sen). Zet het team op inactief; dan kan het niet meer worden gekozen bij nieuwe inclusies.", team.Name, inUse]);
            return await PageAsync(id, keepInput: false);
        }
        db.ExpertTeams.Remove(team);
        await db.SaveChangesAsync();
        await audit.WriteAsync(new AuditEvent("study.team.delete") { Target = $"team:{teamId}", Details = team.Name });
        TempData["Message"] = "Het expertteam is verwijderd.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SetActiveAsync(Guid id, Guid teamId, bool active)
    {
        var team = await db.ExpertTeams.FirstOrDefaultAsync(t => t.Id == teamId && t.RegionId == id);
        if (team is null) return NotFound();
        if (team.IsActive != active)
        {
            team.IsActive = active;
            await db.SaveChangesAsync();
            await audit.WriteAsync(new AuditEvent(active ? "study.team.activate" : "study.team.deactivate") { Target = $"team:{teamId}", Details = team.Name });
        }
        TempData["Message"] = active ? "Het expertteam is weer actief." : "Het expertteam is op inactief gezet. Bestaande casussen houden het; bij nieuwe inclusies kan het niet meer worden gekozen.";
        return RedirectToPage(new { id });
    }

    private async Task<string?> TeamNameProblemAsync(Guid regionId, string name, Guid? except)
    {
        if (name.Length == 0) return l["Vul de naam van het expertteam in."].Value;
        if (name.Length > IndexModel.TeamNameLength) return l["Naam van het expertteam: gebruik hoogstens {0} tekens.", IndexModel.TeamNameLength].Value;
        var names = await db.ExpertTeams.AsNoTracking().Where(t => t.RegionId == regionId && t.Id != except).Select(t => t.Name).ToListAsync();
        return names.Any(n => string.Equals(n.Trim(), name, StringComparison.CurrentCultureIgnoreCase))
            ? l["Deze regio heeft al een expertteam met de naam {0}.", name].Value
            : null;
    }

    // Re-shows the page after a refusal. The region form keeps what was typed; after a refusal
    // of another form it shows the stored region.
    private async Task<IActionResult> PageAsync(Guid id, bool keepInput = true)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!keepInput)
        {
            foreach (var key in new[] { "Input.Name", "Input.Landsdeel", "Input.InStudy" }) ModelState.Remove(key);
            Input = new RegionInput { Name = Current!.Name, Landsdeel = Current.Landsdeel, InStudy = Current.InStudy };
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        Current = await db.Regions.AsNoTracking().Include(r => r.ExpertTeams).FirstOrDefaultAsync(r => r.Id == id);
        if (Current is null) return false;
        var perTeam = await db.Cases.AsNoTracking().Where(c => c.RegionId == id).GroupBy(c => c.ExpertTeamId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Cases = perTeam.Values.Sum();
        Teams = Current.ExpertTeams.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new TeamRow(t.Id, t.Name, t.IsActive, perTeam.GetValueOrDefault(t.Id))).ToList();
        return true;
    }
}
