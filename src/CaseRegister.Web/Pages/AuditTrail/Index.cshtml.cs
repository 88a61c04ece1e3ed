using CaseRegister.Web.Accounts;
using CaseRegister.Web.Audit;
using CaseRegister.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Pages.AuditTrail;

public class IndexModel(CaseRegisterDbContext db, AuditVerifier verifier, AuditLog audit) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "code")]
    public string? Code { get; set; }

    [FromQuery(Name = "action")]
    public string? ActionFilter { get; set; }

    [FromQuery(Name = "before")]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Code)) query = query.Where(e => e.ResearchCode == Code.Trim());
        if (!string.IsNullOrWhiteSpace(ActionFilter)) query = query.Where(e => e.Action.StartsWith(ActionFilter.Trim()));
        if (Before is { } before) query = query.Where(e => e.Sequence < before);
        Entries = await query.OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync();
        await audit.WriteAsync(new AuditEvent("audit.read") { Details = string.IsNullOrWhiteSpace(Code) ? null : "filtered by research code" , ResearchCode = Code?.Trim() });
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (!User.IsInRole(Roles.Admin)) return Forbid();
        Verification = await verifier.VerifyAsync();
        await audit.WriteAsync(new AuditEvent("audit.verify", Verification.IsIntact ? AuditOutcome.Success : AuditOutcome.Failure));
        await OnGetAsync();
        return Page();
    }
}
