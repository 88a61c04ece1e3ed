using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseRegister.Web.Pages.Cases;

// (Re)assigning the interviewer; the assignment history is kept.
public class AssignModel(CaseRegisterDbContext db, CaseAccess access, AuditLog audit, TimeProvider time, IStringLocalizer<Localization.SharedResource> l) : PageModel
{
    public sealed record Option(Guid Id, string Name);

    public CaseRef Case { get; private set; } = null!;
    public IReadOnlyList<Option> Interviewers { get; private set; } = [];
    public Guid? Current { get; private set; }

    [BindProperty]
    public Guid? InterviewerId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        InterviewerId = Current;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (InterviewerId is null || Interviewers.All(i => i.Id != InterviewerId))
        {
            ModelState.AddModelError(nameof(InterviewerId), l["Kies een actieve onderzoeker."]);
            return Page();
        }
        if (InterviewerId == Current) return RedirectToPage("/Cases/Details", new { id });

        var now = time.GetUtcNow().UtcDateTime;
        await db.Assignments.Where(a => a.CaseId == id && a.EndedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.EndedAtUtc, now));
        db.Assignments.Add(new Assignment { Id = Guid.NewGuid(), CaseId = id, InterviewerId = InterviewerId.Value, AssignedAtUtc = now, AssignedByUserId = CaseAccess.UserId(User) });
        var entity = await db.Cases.SingleAsync(c => c.Id == id);
        entity.AssignedInterviewerId = InterviewerId;
        await db.SaveChangesAsync();
        await audit.WriteAsync(new AuditEvent("case.assign") { ResearchCode = Case.ResearchCode, Target = $"user:{InterviewerId}" });
        TempData["Message"] = "De toewijzing is opgeslagen.";
        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var found = await access.FindAsync(User, id);
        if (found is null) return false;
        Case = found;
        Current = await db.Cases.Where(c => c.Id == id).Select(c => c.AssignedInterviewerId).SingleAsync();
        Interviewers = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id
                              where r.Name == Roles.Interviewer && !u.IsDisabled orderby u.DisplayName select new Option(u.Id, u.DisplayName)).ToListAsync();
        return true;
    }
}
