using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Study.Cohorts;

// Cohorts (SPEC §2.1): one per inclusion year, opened for enrolment and closed when the year's
// inclusion ends. Closing only stops new enrolments; it can be reopened.
public class IndexModel(CaseRegisterDbContext db, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record CohortRow(Guid Id, string Label, int Year, DateOnly InclusionStart, DateOnly InclusionEnd, int TargetSize, bool IsOpen, int Enrolled);

    public IReadOnlyList<CohortRow> Rows { get; private set; } = [];

    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        // A proposal for the next cohort: the first year from this year on without one.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var year = today.Year;
        while (Rows.Any(r => r.Year == year)) year++;
        Input = new CohortInput { Label = $"Cohort {year}", Year = year, InclusionStart = new DateOnly(year, 1, 1), InclusionEnd = new DateOnly(year, 12, 31), TargetSize = 50, Open = true };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var others = await db.Cohorts.AsNoTracking().ToListAsync();
        CohortInput.Validate(Input, others, ModelState, l, "Input");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var cohort = new Cohort
        {
            Id = Guid.NewGuid(),
            Label = Input.Label!.Trim(),
            Year = Input.Year!.Value,
            InclusionStart = Input.InclusionStart!.Value,
            InclusionEnd = Input.InclusionEnd!.Value,
            TargetSize = Input.TargetSize!.Value,
            IsOpen = Input.Open,
        };
        db.Cohorts.Add(cohort);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another coordinator created the same label between the check and the save.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Label", l["Er bestaat al een cohort met de naam {0}.", cohort.Label]);
            await LoadAsync();
            return Page();
        }
        await audit.WriteAsync(new AuditEvent("study.cohort.create") { Target = $"cohort:{cohort.Id}", Details = Describe(cohort) });
        TempData["Message"] = cohort.IsOpen ? "Het cohort is aangemaakt en staat open voor inclusie." : "Het cohort is aangemaakt; het is nog gesloten.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostOpenAsync(Guid cohortId) => SetOpenAsync(cohortId, true);

    public Task<IActionResult> OnPostCloseAsync(Guid cohortId) => SetOpenAsync(cohortId, false);

    private async Task<IActionResult> SetOpenAsync(Guid cohortId, bool open)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == cohortId);
        if (cohort is null) return NotFound();
        if (cohort.IsOpen != open)
        {
            cohort.IsOpen = open;
            await db.SaveChangesAsync();
            await audit.WriteAsync(new AuditEvent(open ? "study.cohort.open" : "study.cohort.close") { Target = $"cohort:{cohort.Id}", Details = cohort.Label });
        }
        TempData["Message"] = open ? "Het cohort staat open voor inclusie." : "Het cohort is gesloten: er kunnen geen casussen meer in worden geïncludeerd.";
        return RedirectToPage();
    }

    internal static string Describe(Cohort c) =>
        $"{c.Label}, year {c.Year}, inclusion {c.InclusionStart:yyyy-MM-dd}..{c.InclusionEnd:yyyy-MM-dd}, target {c.TargetSize}, {(c.IsOpen ? "open" : "closed")}";

    private async Task LoadAsync()
    {
        var enrolled = await db.Cases.AsNoTracking().GroupBy(c => c.CohortId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = (await db.Cohorts.AsNoTracking().ToListAsync())
            .OrderByDescending(c => c.Year).ThenBy(c => c.Label, StringComparer.CurrentCultureIgnoreCase)
            .Select(c => new CohortRow(c.Id, c.Label, c.Year, c.InclusionStart, c.InclusionEnd, c.TargetSize, c.IsOpen, enrolled.GetValueOrDefault(c.Id)))
            .ToList();
    }
}

// The fields a coordinator sets on a cohort, with the rules shared by creating and editing.
public sealed class CohortInput
{
    public const int LabelLength = 80;

    [Display(Name = "Naam van het cohort")]
    public string? Label { get; set; }

    [Display(Name = "Inclusiejaar")]
    public int? Year { get; set; }

    [Display(Name = "Eerste dag van de inclusieperiode")]
    public DateOnly? InclusionStart { get; set; }

    [Display(Name = "Laatste dag van de inclusieperiode")]
    public DateOnly? InclusionEnd { get; set; }

    [Display(Name = "Streefaantal casussen")]
    public int? TargetSize { get; set; }

    public bool Open { get; set; }

    public Guid Version { get; set; }

    // Checks the input against the other cohorts (excluding the one being edited). Messages name
    // the field; the keys are the form's field names under the given prefix.
    public static void Validate(CohortInput input, IReadOnlyList<Cohort> others, ModelStateDictionary state, IStringLocalizer l, string prefix)
    {
        string Key(string field) => $"{prefix}.{field}";
        bool Clean(string field) => state.GetFieldValidationState(Key(field)) != ModelValidationState.Invalid;

        var label = input.Label?.Trim() ?? "";
        if (label.Length == 0) state.AddModelError(Key(nameof(Label)), l["Vul de naam van het cohort in, bijvoorbeeld Cohort 2027."]);
        else if (label.Length > LabelLength) state.AddModelError(Key(nameof(Label)), l["Naam van het cohort: gebruik hoogstens {0} tekens.", LabelLength]);
        else if (others.Any(c => string.Equals(c.Label.Trim(), label, StringComparison.CurrentCultureIgnoreCase)))
            state.AddModelError(Key(nameof(Label)), l["Er bestaat al een cohort met de naam {0}.", label]);

        if (Clean(nameof(Year)))
        {
            if (input.Year is not { } year) state.AddModelError(Key(nameof(Year)), l["Vul het inclusiejaar van het cohort in."]);
            else if (year is < 2000 or > 2100) state.AddModelError(Key(nameof(Year)), l["Inclusiejaar: vul een jaartal tussen 2000 en 2100 in."]);
            else if (others.FirstOrDefault(c => c.Year == year) is { } sameYear)
                state.AddModelError(Key(nameof(Year)), l["Er is al een cohort voor {0}: {1}. Elk inclusiejaar heeft één cohort.", year, sameYear.Label]);
        }

        if (Clean(nameof(InclusionStart)) && input.InclusionStart is null) state.AddModelError(Key(nameof(InclusionStart)), l["Vul de eerste dag van de inclusieperiode in."]);
        if (Clean(nameof(InclusionEnd)) && input.InclusionEnd is null) state.AddModelError(Key(nameof(InclusionEnd)), l["Vul de laatste dag van de inclusieperiode in."]);
        if (input is { InclusionStart: { } start, InclusionEnd: { } end })
        {
            if (start > end)
                state.AddModelError(Key(nameof(InclusionEnd)), l["Inclusieperiode: de laatste dag ({0}) ligt vóór de eerste dag ({1}).", Cultures.Date(end), Cultures.Date(start)]);
            else if (input.Year is { } y && start.Year != y)
                state.AddModelError(Key(nameof(InclusionStart)), l["Inclusieperiode: de eerste dag moet in het inclusiejaar {0} liggen.", y]);
            else if (others.FirstOrDefault(c => c.InclusionStart <= end && start <= c.InclusionEnd) is { } overlapping)
                state.AddModelError(Key(nameof(InclusionStart)), l["Inclusieperiode: deze overlapt met die van {0} ({1} t/m {2}). Een casus hoort bij precies één cohort.", overlapping.Label, Cultures.Date(overlapping.InclusionStart), Cultures.Date(overlapping.InclusionEnd)]);
        }

        if (Clean(nameof(TargetSize)))
        {
            if (input.TargetSize is not { } target) state.AddModelError(Key(nameof(TargetSize)), l["Vul het streefaantal casussen in."]);
            else if (target is < 1 or > 100_000) state.AddModelError(Key(nameof(TargetSize)), l["Streefaantal: vul een aantal casussen van 1 tot en met 100.000 in."]);
        }
    }
}
