using CaseRegister.Web.Analysis.Catalogue;
using CaseRegister.Web.Analysis.Microdata;
using CaseRegister.Web.Data;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Microdata;

// SPEC §3.3: the pseudonymised microdata export, for the coordinator only (the folder policy).
// A reason is required and audited with every export; free text is left out unless asked for.
public class IndexModel(CaseRegisterDbContext db, MicrodataExport export, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<CohortInfo> Cohorts { get; private set; } = [];

    public sealed class InputModel
    {
        public List<int> Cohorts { get; set; } = [];
        public bool IncludeFreeText { get; set; }
        public bool ShiftDates { get; set; } = true;
        public string? Reason { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new InputModel { Cohorts = Cohorts.Select(c => c.Year).Distinct().ToList() };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var cohorts = Input.Cohorts.Where(y => Cohorts.Any(c => c.Year == y)).Distinct().ToList();
        if (cohorts.Count == 0) ModelState.AddModelError("Input.Cohorts", localizer["Kies ten minste één cohort."]);
        if ((Input.Reason?.Trim().Length ?? 0) < MicrodataExport.MinimumReasonLength)
            ModelState.AddModelError("Input.Reason", localizer["Geef de reden voor deze export (ten minste {0} tekens); die wordt in de auditlog vastgelegd.", MicrodataExport.MinimumReasonLength]);
        if (!ModelState.IsValid) return Page();

        // Large exports go through a temporary file that disappears when the download is closed.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            var result = await export.WriteAsync(new MicrodataOptions(cohorts, Input.IncludeFreeText, Input.ShiftDates, Input.Reason!.Trim()), file, ct);
            file.Position = 0;
            return File(file, "application/zip", result.FileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Cohorts = await db.Cohorts.AsNoTracking().OrderBy(c => c.Year).ThenBy(c => c.Label)
            .Select(c => new CohortInfo(c.Id, c.Year, c.Label)).ToListAsync(ct);
}
