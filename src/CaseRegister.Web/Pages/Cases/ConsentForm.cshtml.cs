using System.Globalization;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Study;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.Cases;

// A printable consent form or information letter for one person of a case, filled with the
// research code (never a name) and today's date. Printing is audited.
public class ConsentFormModel(CaseRegisterDbContext db, CaseAccess access, StudyFiles files, AuditLog audit, TimeProvider time) : PageModel
{
    public RenderedConsentForm? Form { get; private set; }
    public string Title { get; private set; } = "";
    public Guid CaseId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid person, string language = "nl", bool information = false)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return NotFound();
        var target = await db.CasePersons.AsNoTracking().Where(p => p.Id == person && p.CaseId == id).Select(p => new { p.Role }).FirstOrDefaultAsync();
        if (target is null)
        {
            await access.RefuseForeignAsync(User, id, await db.CasePersons.Where(p => p.Id == person).Select(p => (Guid?)p.CaseId).FirstOrDefaultAsync());
            return NotFound();
        }
        if (target.Role == PersonRole.Professional) return NotFound();
        CaseId = id;

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var dob = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.DateOfBirth).SingleAsync();
        var age = dob is null ? 18 : Age.InYears(DateOnly.ParseExact(dob, "yyyy-MM-dd", CultureInfo.InvariantCulture), today);
        var audience = target.Role == PersonRole.Youth ? ConsentAudiences.ForYouthAged(age) : ConsentAudience.Parents;
        var lang = ConsentAudiences.Languages.Contains(language) ? language : "nl";
        var template = audience is null ? null
            : information ? files.ConsentTemplates.CurrentInformationLetter(audience.Value, lang, today) : files.ConsentTemplates.CurrentForm(audience.Value, lang, today);
        template ??= audience is null ? null
            : information ? files.ConsentTemplates.CurrentInformationLetter(audience.Value, "nl", today) : files.ConsentTemplates.CurrentForm(audience.Value, "nl", today);
        if (template is null) return NotFound();

        var settings = await db.StudySettings.AsNoTracking().SingleAsync();
        Form = ConsentFormRenderer.Render(template, new ConsentFormValues(settings.StudyName, found.ResearchCode, settings.CoordinatorName, settings.CoordinatorContact, today, target.Role));
        Title = template.Title;
        await audit.WriteAsync(new AuditEvent("consent.print") { ResearchCode = found.ResearchCode, Details = $"{template.Id} v{template.Version} {template.Language}" });
        return Page();
    }
}
