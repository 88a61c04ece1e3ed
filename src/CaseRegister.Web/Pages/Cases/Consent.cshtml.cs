using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Localization;
using CaseRegister.Web.Domain.Model;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Cases;

// Consent per person (SPEC §2.4): the live status under the consent policy, printable forms, and
// recording a new consent with an optional scan of the signed form (e.g. re-consent at 12 or 18).
// The request limit rejects an oversized upload before it is buffered.
[RequestSizeLimit(ScanFile.MaxBytes + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ScanFile.MaxBytes + 256 * 1024)]
public class ConsentModel(CaseRegisterDbContext db, CaseAccess access, CaseConsent caseConsent, StudyFiles files, AuditLog audit, TimeProvider time, IStringLocalizer<Localization.SharedResource> l) : PageModel
{
    public sealed record PersonRow(Guid Id, PersonRole Role, int SortOrder);

    public CaseRef Case { get; private set; } = null!;
    public ConsentStatus? Status { get; private set; }
    public IReadOnlyList<PersonRow> Persons { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies de persoon die toestemming gaf.")] public Guid? PersonId { get; set; }
        [Required(ErrorMessage = "Vul de datum van de toestemming in.")] public DateOnly? GivenOn { get; set; }
        public ConsentMethod Method { get; set; } = ConsentMethod.Paper;
        [RegularExpression("^(nl|en)$")] public string Language { get; set; } = "nl";
        public IFormFile? Scan { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input.GivenOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var person = Persons.FirstOrDefault(p => p.Id == Input.PersonId);
        if (Input.PersonId is not null && person is null)
        {
            await access.RefuseForeignAsync(User, id, await db.CasePersons.Where(p => p.Id == Input.PersonId).Select(p => (Guid?)p.CaseId).FirstOrDefaultAsync());
            return NotFound();
        }
        if (person is { Role: PersonRole.Professional }) ModelState.AddModelError("Input.PersonId", l["Een betrokken professional geeft geen toestemming voor deelname."]);
        if (Input.GivenOn > Today) ModelState.AddModelError("Input.GivenOn", l["De datum van de toestemming ligt in de toekomst."]);
        if (!ModelState.IsValid) return Page();

        var dob = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.DateOfBirth).SingleAsync();
        if (dob is null)
        {
            ModelState.AddModelError(string.Empty, l["De identiteitsgegevens van deze casus zijn gewist; er kan geen toestemming meer worden vastgelegd."]);
            return Page();
        }
        var dateOfBirth = DateOnly.ParseExact(dob, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var givenOn = Input.GivenOn!.Value;
        var ageThen = givenOn >= dateOfBirth ? Age.InYears(dateOfBirth, givenOn) : -1;
        var audience = person!.Role == PersonRole.Youth ? ConsentAudiences.ForYouthAged(ageThen) : ConsentAudience.Parents;
        var template = audience is null ? null : files.ConsentTemplates.CurrentForm(audience.Value, Input.Language, givenOn);
        if (template is null)
        {
            ModelState.AddModelError("Input.GivenOn", l["Op {0} bestond er geen passend toestemmingsformulier voor deze persoon; de toestemming kan niet eerder gegeven zijn dan het formulier.", Cultures.Date(givenOn)]);
            return Page();
        }

        ConsentScan? scan = null;
        if (Input.Scan is { Length: > 0 } file)
        {
            await using var stream = file.OpenReadStream();
            var check = await ScanFile.CheckAsync(stream, HttpContext.RequestAborted);
            if (!check.IsAccepted)
            {
                ModelState.AddModelError("Input.Scan", l[check.Error!.Format, [.. check.Error.Args]]);
                return Page();
            }
            // The stored scan gets a server-generated id; the uploaded file name is never kept.
            scan = new ConsentScan { Id = Guid.NewGuid(), CaseId = id, ContentType = check.ContentType!, SizeBytes = check.Content!.Length, Content = check.Content, UploadedAtUtc = time.GetUtcNow().UtcDateTime };
            db.ConsentScans.Add(scan);
        }

        var settings = await db.StudySettings.AsNoTracking().SingleAsync();
        var rendered = ConsentFormRenderer.Render(template, new ConsentFormValues(settings.StudyName, Case.ResearchCode, settings.CoordinatorName, settings.CoordinatorContact, givenOn, person.Role));
        db.ConsentRecords.Add(new ConsentRecord
        {
            Id = Guid.NewGuid(), CaseId = id, PersonId = person.Id, TemplateId = template.Id, TemplateVersion = template.Version, Language = template.Language,
            TemplateSha256 = rendered.Sha256, GivenOn = givenOn, AgeOfYouthAtConsent = Math.Max(ageThen, 0), Method = Input.Method,
            ObtainedByUserId = CaseAccess.UserId(User), ScanId = scan?.Id, RecordedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        await caseConsent.RefreshAsync(id, Today);
        await audit.WriteAsync(new AuditEvent("consent.record") { ResearchCode = Case.ResearchCode, Target = $"person:{person.Id}", Details = $"{template.Id} v{template.Version} {template.Language}{(scan is null ? "" : " with scan")}" });
        TempData["Message"] = "De toestemming is vastgelegd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetScanAsync(Guid id, Guid scan)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return NotFound();
        var stored = await db.ConsentScans.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scan && s.CaseId == id);
        if (stored is null)
        {
            await access.RefuseForeignAsync(User, id, await db.ConsentScans.Where(s => s.Id == scan).Select(s => (Guid?)s.CaseId).FirstOrDefaultAsync());
            return NotFound();
        }
        await audit.WriteAsync(new AuditEvent("case.read-identity") { ResearchCode = found.ResearchCode, Target = $"scan:{stored.Id}" });
        var extension = stored.ContentType switch { "application/pdf" => "pdf", "image/png" => "png", _ => "jpg" };
        return File(stored.Content, stored.ContentType, $"toestemming-{found.ResearchCode}.{extension}");
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<bool> LoadAsync(Guid id)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return false;
        Case = found;
        Status = await caseConsent.EvaluateAsync(id, Today);
        Persons = await db.CasePersons.AsNoTracking().Where(p => p.CaseId == id && p.IsActive && p.Role != PersonRole.Professional).OrderBy(p => p.SortOrder)
            .Select(p => new PersonRow(p.Id, p.Role, p.SortOrder)).ToListAsync();
        return true;
    }
}
