using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Study.Cohorts;

// Changing a cohort's name, period or target. Enrolled cases pin the year (it is in their research
// codes) and the period (it must keep containing their inclusion dates). Optimistic concurrency
// on the cohort's version, as on the study settings.
public class EditModel(CaseRegisterDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public Cohort? Current { get; private set; }

    public int Enrolled { get; private set; }

    public DateOnly? FirstInclusion { get; private set; }

    public DateOnly? LastInclusion { get; private set; }

    // The stored cohort when a save ran into a newer version.
    public Cohort? Stored { get; private set; }

    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = From(Current!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == id);
        if (cohort is null) return NotFound();
        await LoadAsync(id);

        var others = await db.Cohorts.AsNoTracking().Where(c => c.Id != id).ToListAsync();
        CohortInput.Validate(Input, others, ModelState, l, "Input");
        if (Enrolled > 0 && Input.Year is { } year && year != cohort.Year)
            ModelState.AddModelError("Input.Year", l["Inclusiejaar: er zijn al {0} casus(sen) in dit cohort geïncludeerd met {1} in hun onderzoekscode; het jaar kan niet meer veranderen.", Enrolled, cohort.Year]);
        if (FirstInclusion is { } first && LastInclusion is { } last && Input is { InclusionStart: { } start, InclusionEnd: { } end } && (start > first || end < last))
            ModelState.AddModelError("Input.InclusionStart", l["Inclusieperiode: er zijn al casussen geïncludeerd van {0} t/m {1}; de periode moet die data blijven omvatten.", Cultures.Date(first), Cultures.Date(last)]);
        if (!ModelState.IsValid) return Page();

        if (cohort.Version != Input.Version) return Conflict(cohort);
        var before = IndexModel.Describe(cohort);
        cohort.Label = Input.Label!.Trim();
        cohort.Year = Input.Year!.Value;
        cohort.InclusionStart = Input.InclusionStart!.Value;
        cohort.InclusionEnd = Input.InclusionEnd!.Value;
        cohort.TargetSize = Input.TargetSize!.Value;
        if (IndexModel.Describe(cohort) == before)
        {
            TempData["Message"] = "Er was niets gewijzigd.";
            return RedirectToPage("Index");
        }
        db.Entry(cohort).Property(c => c.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(cohort).ReloadAsync();
            return Conflict(cohort);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Label", l["Er bestaat al een cohort met de naam {0}.", Input.Label!.Trim()]);
            return Page();
        }
        await audit.WriteAsync(new AuditEvent("study.cohort.update") { Target = $"cohort:{id}", Details = $"{before} → {IndexModel.Describe(cohort)}" });
        TempData["Message"] = "Het cohort is opgeslagen.";
        return RedirectToPage("Index");
    }

    private PageResult Conflict(Cohort stored)
    {
        Stored = stored;
        ModelState.Remove("Input.Version");
        Input.Version = stored.Version;
        ModelState.AddModelError(string.Empty, l["Iemand anders heeft dit cohort gewijzigd nadat u dit formulier opende. Uw wijzigingen zijn nog niet opgeslagen en staan hieronder in het formulier. Vergelijk ze met de opgeslagen waarden en sla opnieuw op."]);
        return Page();
    }

    private static CohortInput From(Cohort c) => new()
    {
        Label = c.Label, Year = c.Year, InclusionStart = c.InclusionStart, InclusionEnd = c.InclusionEnd, TargetSize = c.TargetSize, Open = c.IsOpen, Version = c.Version,
    };

    private async Task<bool> LoadAsync(Guid id)
    {
        Current = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (Current is null) return false;
        var dates = await db.Cases.AsNoTracking().Where(c => c.CohortId == id).Select(c => c.InclusionDate).ToListAsync();
        Enrolled = dates.Count;
        FirstInclusion = dates.Count > 0 ? dates.Min() : null;
        LastInclusion = dates.Count > 0 ? dates.Max() : null;
        return true;
    }
}
