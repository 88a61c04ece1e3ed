using System.ComponentModel.DataAnnotations;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Cases;

// Identity and contact data, shown only after an explicit action that is audited (NEN 7513:
// reads of identity are logged, not just changes). Contact details can be updated when a youth
// or parent moves.
public class IdentityModel(CaseRegisterDbContext db, CaseAccess access, AuditLog audit) : PageModel
{
    public sealed record PersonView(Guid Id, PersonRole Role, int SortOrder, string? Name, string? Relation, string? Address, string? Phone, string? Email);

    public CaseRef? Case { get; private set; }
    public string? DateOfBirth { get; private set; }
    public IReadOnlyList<PersonView>? Persons { get; private set; }

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    public sealed class ContactInput
    {
        public Guid PersonId { get; set; }
        [StringLength(300, ErrorMessage = "Het adres is te lang (maximaal 300 tekens).")] public string? Address { get; set; }
        [StringLength(40, ErrorMessage = "Het telefoonnummer is te lang (maximaal 40 tekens).")] public string? Phone { get; set; }
        [StringLength(256)][EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")] public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Case = await access.FindAsync(User, id);
        return Case is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostShowAsync(Guid id)
    {
        Case = await access.FindAsync(User, id);
        if (Case is null) return NotFound();
        await ShowAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateContactAsync(Guid id)
    {
        Case = await access.FindAsync(User, id);
        if (Case is null) return NotFound();
        // The person id comes from a hidden field: it must belong to this case.
        var person = await db.CasePersons.FirstOrDefaultAsync(p => p.Id == Contact.PersonId && p.CaseId == Case.Id);
        if (person is null)
        {
            await access.RefuseForeignAsync(User, Case.Id, await db.CasePersons.Where(p => p.Id == Contact.PersonId).Select(p => (Guid?)p.CaseId).FirstOrDefaultAsync());
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            await ShowAsync();
            return Page();
        }
        person.Address = Clean(Contact.Address);
        person.Phone = Clean(Contact.Phone);
        person.Email = Clean(Contact.Email);
        await db.SaveChangesAsync();
        await audit.WriteAsync(new AuditEvent("case.update-identity") { ResearchCode = Case.ResearchCode, Target = $"person:{person.Id}", Details = "contact details" });
        TempData["Message"] = "De contactgegevens zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    private async Task ShowAsync()
    {
        var entity = await db.Cases.AsNoTracking().Where(c => c.Id == Case!.Id).Select(c => new { c.DateOfBirth }).SingleAsync();
        DateOfBirth = entity.DateOfBirth is { } dob ? Cultures.Date(DateOnly.ParseExact(dob, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null;
        Persons = await db.CasePersons.AsNoTracking().Where(p => p.CaseId == Case!.Id).OrderBy(p => p.SortOrder)
            .Select(p => new PersonView(p.Id, p.Role, p.SortOrder, p.Name, p.Relation, p.Address, p.Phone, p.Email)).ToListAsync();
        await audit.WriteAsync(new AuditEvent("case.read-identity") { ResearchCode = Case!.ResearchCode });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
